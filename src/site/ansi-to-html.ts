// Terminal output -> HTML, as a terminal would show it. SGR colours and weights become
// `<span class="ansi-...">`; `\r` and backspace overwrite the line like a terminal does; every
// other escape sequence (cursor moves, OSC titles, charset switches) and control byte is dropped,
// so no raw ESC ever reaches the page. Spans never cross a newline.
import { escapeHtml } from './escape-html.js';

const COLORS = ['black', 'red', 'green', 'yellow', 'blue', 'magenta', 'cyan', 'white'] as const;

interface Style {
  fg: string | null;
  bg: string | null;
  bold: boolean;
  dim: boolean;
  italic: boolean;
  underline: boolean;
}

const PLAIN: Readonly<Style> = { fg: null, bg: null, bold: false, dim: false, italic: false, underline: false };

/** SGR parameter -> how it changes the style. Colours by number range are added below. */
const SGR: Record<number, (s: Style) => void> = {
  0: (s) => Object.assign(s, PLAIN),
  1: (s) => (s.bold = true),
  2: (s) => (s.dim = true),
  3: (s) => (s.italic = true),
  4: (s) => (s.underline = true),
  22: (s) => ((s.bold = false), (s.dim = false)),
  23: (s) => (s.italic = false),
  24: (s) => (s.underline = false),
  39: (s) => (s.fg = null),
  49: (s) => (s.bg = null),
};
COLORS.forEach((name, i) => {
  SGR[30 + i] = (s) => (s.fg = name);
  SGR[90 + i] = (s) => (s.fg = `bright-${name}`);
  SGR[40 + i] = (s) => (s.bg = name);
  SGR[100 + i] = (s) => (s.bg = `bright-${name}`);
});

function classOf(s: Style): string {
  const classes: string[] = [];
  if (s.fg !== null) classes.push(`ansi-${s.fg}`);
  if (s.bg !== null) classes.push(`ansi-bg-${s.bg}`);
  if (s.bold) classes.push('ansi-bold');
  if (s.dim) classes.push('ansi-dim');
  if (s.italic) classes.push('ansi-italic');
  if (s.underline) classes.push('ansi-underline');
  return classes.join(' ');
}

/** Applies an SGR parameter string (`1;31`, ``, `38;5;208`) to the style. */
function applySgr(style: Style, params: string): void {
  const codes = params === '' ? ['0'] : params.split(';');
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i] ?? '';
    const n = code === '' ? 0 : Number(code);
    // 38/48 carry 256-colour (5;n) or true-colour (2;r;g;b) arguments: skip them, keep the default colour.
    if (n === 38 || n === 48) {
      const mode = codes[i + 1];
      i += mode === '5' ? 2 : mode === '2' ? 4 : 0;
      continue;
    }
    SGR[n]?.(style);
  }
}

interface Cell {
  ch: string;
  cls: string;
}

const ESC = '\x1b';
const BEL = '\x07';

/** Where a string-type sequence (OSC, DCS, ...) ends: after BEL or ST, or before a newline. */
function endOfStringSequence(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === BEL || c === '\x9c') return i + 1;
    if (c === ESC && text[i + 1] === '\\') return i + 2;
    if (c === '\n') return i;
  }
  return text.length;
}

/** Reads a CSI sequence starting at `from` (just after `ESC [`); applies it if it is SGR. */
function readCsi(text: string, from: number, style: Style): number {
  let i = from;
  while (i < text.length && /[\x30-\x3f]/.test(text[i] ?? '')) i++;
  const params = text.slice(from, i);
  const paramsEnd = i;
  while (i < text.length && /[\x20-\x2f]/.test(text[i] ?? '')) i++;
  const final = text[i];
  if (final === undefined || !/[\x40-\x7e]/.test(final)) return i;
  if (final === 'm' && i === paramsEnd && /^[0-9;]*$/.test(params)) applySgr(style, params);
  return i + 1;
}

/** Reads an escape sequence starting at ESC; returns the index after it. */
function readEscape(text: string, at: number, style: Style): number {
  const next = text[at + 1];
  if (next === undefined) return at + 1;
  if (next === '[') return readCsi(text, at + 2, style);
  if (']P^_X'.includes(next)) return endOfStringSequence(text, at + 2);
  let i = at + 1;
  while (i < text.length && /[\x20-\x2f]/.test(text[i] ?? '')) i++;
  return i < text.length && /[\x30-\x7e]/.test(text[i] ?? '') ? i + 1 : i;
}

function renderLine(cells: readonly (Cell | undefined)[]): string {
  let html = '';
  let open = '';
  let run = '';
  const flush = (): void => {
    if (run === '') return;
    html += open === '' ? escapeHtml(run) : `<span class="${open}">${escapeHtml(run)}</span>`;
    run = '';
  };
  for (const cell of cells) {
    const { ch, cls } = cell ?? { ch: ' ', cls: '' };
    if (cls !== open) {
      flush();
      open = cls;
    }
    run += ch;
  }
  flush();
  return html;
}

/** Converts captured terminal output into escaped HTML with ANSI colours as classed spans. */
export function ansiToHtml(text: string): string {
  const style: Style = { ...PLAIN };
  const lines: string[] = [];
  let line: (Cell | undefined)[] = [];
  let col = 0;
  let i = 0;
  while (i < text.length) {
    const c = text[i] ?? '';
    const code = c.charCodeAt(0);
    if (c === ESC) {
      i = readEscape(text, i, style);
      continue;
    }
    if (c === '\x9b') {
      i = readCsi(text, i + 1, style);
      continue;
    }
    if (c === '\x9d' || c === '\x90') {
      i = endOfStringSequence(text, i + 1);
      continue;
    }
    i++;
    if (c === '\n') {
      lines.push(renderLine(line));
      line = [];
      col = 0;
    } else if (c === '\r') {
      col = 0;
    } else if (c === '\b') {
      col = Math.max(0, col - 1);
    } else if (c === '\t' || (code >= 0x20 && code !== 0x7f && (code < 0x80 || code > 0x9f))) {
      // A surrogate pair is one cell.
      let ch = c;
      if (code >= 0xd800 && code <= 0xdbff && i < text.length) ch += text[i++] ?? '';
      line[col++] = { ch, cls: classOf(style) };
    }
  }
  lines.push(renderLine(line));
  return lines.join('\n');
}
