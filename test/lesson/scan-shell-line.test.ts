import { describe, expect, it } from 'vitest';
import { initialScanState, scanShellLine } from '../../src/lesson/scan-shell-line.js';

const heredocs = (line: string) => scanShellLine(line, initialScanState).heredocs.map((h) => `${h.stripTabs ? '-' : ''}${h.delimiter}`);

describe('scanShellLine', () => {
  it('finds heredoc operators and their delimiters, quotes removed', () => {
    expect(heredocs(`cat <<EOF <<-'A B' << "C" <<\\D <<E"F"G >out`)).toEqual(['EOF', '-A B', 'C', 'D', 'EFG']);
  });

  it('ignores << in quotes, comments, arithmetic, here-strings and escapes', () => {
    expect(heredocs(`echo "<<A" '<<B' $'<<C' $((1 << 2)) $(( (1) << 3 )) <<<D \\<<E # <<F`)).toEqual([]);
    expect(heredocs('(( x <<= 1 )); cat <<G')).toEqual(['G']);
  });

  it('sees a trailing backslash as a continuation, except in a comment', () => {
    expect(scanShellLine('kubectl get \\', initialScanState).continues).toBe(true);
    expect(scanShellLine('echo \\\\', initialScanState).continues).toBe(false);
    expect(scanShellLine('echo # note \\', initialScanState).continues).toBe(false);
  });

  it('carries an open quote to the next line', () => {
    const first = scanShellLine(`echo "a <<NOT`, initialScanState);
    expect(first.state.quote).toBe('"');
    expect(first.heredocs).toEqual([]);
    const second = scanShellLine(`b" <<YES`, first.state);
    expect(second.state.quote).toBe('');
    expect(second.heredocs.map((h) => h.delimiter)).toEqual(['YES']);
  });
});
