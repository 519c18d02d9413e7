// Splits the attribute part of a fence info string into `key=value` and flag tokens, with
// their file columns. Values: bare, "double quoted" (\" and \\ escapes), 'single quoted'
// (literal), or /slash delimited/flags (kept whole, for `until=`; may contain spaces).

export type ValueStyle = 'bare' | 'double' | 'single' | 'slashes';

export interface InfoToken {
  key: string;
  /** Absent for a bare flag (`hidden`). */
  value?: string;
  /** How the value was written; absent for a flag. */
  style?: ValueStyle;
  /** 1-based file column where the token starts. */
  column: number;
}

export interface InfoProblem {
  kind: 'unterminated-quote' | 'malformed';
  /** 1-based file column where the problem token starts. */
  column: number;
  /** The token as written. */
  text: string;
  /** For `unterminated-quote`: the attribute and the quote character. */
  key?: string;
  quote?: string;
}

export interface TokenizedInfo {
  tokens: InfoToken[];
  problems: InfoProblem[];
}

const KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t';

/** Tokenizes `text`, which starts at 1-based file column `column`. */
export function tokenizeInfoString(text: string, column: number): TokenizedInfo {
  const tokens: InfoToken[] = [];
  const problems: InfoProblem[] = [];
  let i = 0;
  while (i < text.length) {
    if (isSpace(text[i])) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && !isSpace(text[i]) && text[i] !== '=') i++;
    const key = text.slice(start, i);
    const at = column + start;
    if (!KEY.test(key)) {
      i = skipWord(text, i);
      problems.push({ kind: 'malformed', column: at, text: text.slice(start, i) });
      continue;
    }
    if (text[i] !== '=') {
      tokens.push({ key, column: at });
      continue;
    }
    const read = readValue(text, i + 1);
    i = read.end;
    if (read.unterminated !== undefined) {
      problems.push({ kind: 'unterminated-quote', column: at, text: text.slice(start, i), key, quote: read.unterminated });
    } else if (i < text.length && !isSpace(text[i])) {
      i = skipWord(text, i);
      problems.push({ kind: 'malformed', column: at, text: text.slice(start, i) });
    } else {
      tokens.push({ key, value: read.value, style: read.style, column: at });
    }
  }
  return { tokens, problems };
}

interface ReadValue {
  value: string;
  style: ValueStyle;
  /** Index just past the value. */
  end: number;
  /** The quote character, when the closing quote is missing. */
  unterminated?: string;
}

function readValue(text: string, from: number): ReadValue {
  const first = text[from];
  if (first === '"') return readDoubleQuoted(text, from + 1);
  if (first === "'") {
    const close = text.indexOf("'", from + 1);
    if (close < 0) return { value: text.slice(from + 1), style: 'single', end: text.length, unterminated: "'" };
    return { value: text.slice(from + 1, close), style: 'single', end: close + 1 };
  }
  if (first === '/') {
    const close = closingSlash(text, from + 1);
    if (close >= 0) {
      const end = skipWord(text, close + 1);
      return { value: text.slice(from, end), style: 'slashes', end };
    }
  }
  const end = skipWord(text, from);
  return { value: text.slice(from, end), style: 'bare', end };
}

function readDoubleQuoted(text: string, from: number): ReadValue {
  let value = '';
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '\\' && (text[i + 1] === '"' || text[i + 1] === '\\')) {
      value += text[i + 1];
      i++;
    } else if (c === '"') {
      return { value, style: 'double', end: i + 1 };
    } else {
      value += c;
    }
  }
  return { value, style: 'double', end: text.length, unterminated: '"' };
}

/** Index of the next `/` not escaped by a backslash, or -1. */
function closingSlash(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '/') return i;
  }
  return -1;
}

function skipWord(text: string, from: number): number {
  let i = from;
  while (i < text.length && !isSpace(text[i])) i++;
  return i;
}
