import { describe, expect, it } from 'vitest';
import { TabWriter, tabwrite } from '../../../src/sim/printers/tabwriter.js';

const GET = { minwidth: 6, tabwidth: 4, padding: 3 };
const DESCRIBE = { minwidth: 0, tabwidth: 8, padding: 2 };

describe('tabwriter', () => {
  it('pads each column to its widest cell plus padding, never below minwidth, and leaves the last cell unpadded', () => {
    expect(tabwrite('A\tBB\tC\nlonger\tx\ty\n', GET)).toBe('A        BB    C\nlonger   x     y\n');
  });

  it('counts width in runes, not bytes', () => {
    expect(tabwrite('é\tx\nab\ty\n', DESCRIBE)).toBe('é   x\nab  y\n');
  });

  it('ends every column block at a line without tabs', () => {
    expect(tabwrite('a:\t1\nheader\nlong-key:\t2\n', DESCRIBE)).toBe('a:  1\nheader\nlong-key:  2\n');
  });

  it('aligns a column only across consecutive lines that have it', () => {
    const text = 'Name:\tx\n  Type\tStatus\n  Ready \tTrue \nQoS Class:\tBestEffort\n';
    expect(tabwrite(text, DESCRIBE)).toBe('Name:       x\n  Type      Status\n  Ready     True \nQoS Class:  BestEffort\n');
  });

  it('pads empty cells, leaving trailing spaces', () => {
    expect(tabwrite('Container ID:\t\nImage:\tbusybox\n', DESCRIBE)).toBe('Container ID:  \nImage:         busybox\n');
  });

  it('keeps columns at least as wide as before across flushes when remembering widths', () => {
    let out = '';
    const w = new TabWriter({ ...GET, rememberWidths: true }, (c) => {
      out += c;
    });
    w.write('NAME\tSTATUS\nlong-pod-name\tRunning\n');
    w.flush();
    w.write('p\tx\n');
    w.flush();
    expect(out).toBe('NAME            STATUS\nlong-pod-name   Running\np               x\n');
    w.setRememberedWidths(null);
    w.write('p\tx\n');
    w.flush();
    expect(out.endsWith('\np     x\n')).toBe(true);
  });

  it('flushes at a single-cell line and at a form feed', () => {
    const chunks: string[] = [];
    const w = new TabWriter(DESCRIBE, (c) => chunks.push(c));
    w.write('a\tb\nplain\n');
    expect(chunks.join('')).toBe('a  b\nplain\n');
    w.write('x\ty\fz\tw\n');
    expect(chunks.join('')).toBe('a  b\nplain\nx  y\n');
    w.flush();
    expect(chunks.join('')).toBe('a  b\nplain\nx  y\nz  w\n');
  });
});
