import { describe, expect, it } from 'vitest';
import { LineEditor, splitKeys } from '../../src/playground/line-editor.js';

function editor() {
  let screen = '';
  const e = new LineEditor((text) => (screen += text));
  return { e, screen: () => screen };
}

describe('LineEditor', () => {
  it('splits terminal input into keys, escape sequences whole', () => {
    expect(splitKeys('ab\x1b[Dc\r')).toEqual(['ab', '\x1b[D', 'c', '\r']);
  });

  it('edits with the cursor keys and returns the line on Enter', () => {
    const { e } = editor();
    e.start('$ ');
    expect(e.input('kubectl gt pods\x1b[D\x1b[D\x1b[D\x1b[D\x1b[D\x1b[De').actions).toEqual([]);
    expect(e.input('\r').actions).toEqual([{ kind: 'line', text: 'kubectl get pods' }]);
    expect(e.active).toBe(false);
  });

  it('recalls earlier lines with Up and Down, keeping the line being typed', () => {
    const { e } = editor();
    for (const line of ['one', 'two']) {
      e.start('$ ');
      e.input(`${line}\r`);
    }
    e.start('$ ');
    e.input('dra');
    e.input('\x1b[A');
    expect(e.line).toBe('two');
    e.input('\x1b[A\x1b[A');
    expect(e.line).toBe('one');
    e.input('\x1b[B\x1b[B');
    expect(e.line).toBe('dra');
  });

  it('kills words and lines with Ctrl-W, Ctrl-U and Ctrl-K', () => {
    const { e } = editor();
    e.start('$ ');
    e.input('kubectl get pods\x17');
    expect(e.line).toBe('kubectl get ');
    e.input('\x01\x0b');
    expect(e.line).toBe('');
    e.input('abc\x1b[D\x15');
    expect(e.line).toBe('c');
  });

  it('reports Tab with the cursor and Ctrl-C, and leaves pasted lines after the first for the next prompt', () => {
    const { e, screen } = editor();
    e.start('$ ');
    expect(e.input('kubectl g\t').actions).toEqual([{ kind: 'complete', line: 'kubectl g', cursor: 9 }]);
    e.replace(8, 'get ');
    expect(e.line).toBe('kubectl get ');
    expect(e.input('\x03').actions).toEqual([{ kind: 'interrupt' }]);
    expect(screen()).toContain('^C\r\n');
    e.start('$ ');
    expect(e.input('echo a\recho b\r')).toEqual({ actions: [{ kind: 'line', text: 'echo a' }], rest: 'echo b\r' });
  });
});
