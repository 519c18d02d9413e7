// Reads one word of shell source into parts: quotes, backslashes, `$...` expansions, backquotes,
// tilde. The mode says where the word ends (a metacharacter, a `}`, the end of a here-document).
import type { Word, WordPart } from './ast.js';
import { decodeEscapes } from './escapes.js';
import { failure, nestedState, type ParseState } from './parse-state.js';

export interface WordMode {
  kind: 'normal' | 'regex' | 'brace' | 'heredoc' | 'arith';
  /** brace: characters that end the word besides `}` (`/` in `${x/a/b}`, `:` in `${x:1:2}`). */
  stop?: string;
  /** brace: the `${...}` is inside double quotes, so single quotes are literal. */
  inDq?: boolean;
}

const META = new Set([' ', '\t', '\n', ';', '&', '|', '<', '>', '(', ')']);

/** Appends literal text to parts, merging with a preceding literal. */
export function pushLit(parts: WordPart[], text: string, type: 'lit' | 'sq' = 'lit'): void {
  if (text === '') return;
  const last = parts[parts.length - 1];
  if (last !== undefined && last.type === type) last.text += text;
  else parts.push({ type, text });
}

/** Reads a word at `p.pos` in the given mode; returns its parts (possibly empty). */
export function readWordParts(p: ParseState, mode: WordMode): Word {
  const parts: WordPart[] = [];
  const src = p.src;
  const start = p.pos;
  let depth = 0;
  while (p.pos < src.length) {
    const c = src[p.pos] as string;
    if (endsWord(mode, c, depth)) break;
    if (mode.kind === 'regex') {
      if (c === '(') depth++;
      else if (c === ')') depth--;
    }
    if (c === '\\') {
      readBackslash(p, parts, mode);
    } else if (c === "'" && quotesActive(mode) && !(mode.kind === 'brace' && mode.inDq)) {
      const close = src.indexOf("'", p.pos + 1);
      if (close < 0) throw failure(p, 'unterminated', "'");
      parts.push({ type: 'sq', text: src.slice(p.pos + 1, close) });
      p.pos = close + 1;
    } else if (c === '"' && quotesActive(mode)) {
      p.pos++;
      parts.push({ type: 'dq', parts: readDoubleQuoted(p) });
    } else if (c === '"' && mode.kind === 'arith') {
      p.pos++;
    } else if (c === '$') {
      const part = p.grammar.dollar(p, mode.kind === 'heredoc' || (mode.kind === 'brace' && mode.inDq === true));
      if (part === undefined) pushLit(parts, '$');
      else if (part.type === 'lit' || part.type === 'sq') pushLit(parts, part.text, part.type);
      else parts.push(part);
    } else if (c === '`') {
      parts.push(readBackquote(p, false));
    } else if (c === '~' && p.pos === start && mode.kind === 'normal') {
      readTilde(p, parts);
    } else {
      pushLit(parts, c);
      p.pos++;
    }
  }
  return parts;
}

function quotesActive(mode: WordMode): boolean {
  return mode.kind === 'normal' || mode.kind === 'regex' || mode.kind === 'brace';
}

function endsWord(mode: WordMode, c: string, depth: number): boolean {
  switch (mode.kind) {
    case 'normal':
      return META.has(c);
    case 'regex':
      return depth <= 0 && (c === ' ' || c === '\t' || c === '\n' || (c === ')' && depth === 0) || c === ';' || c === '&' || c === '<' || c === '>');
    case 'brace':
      return c === '}' || (mode.stop?.includes(c) ?? false);
    default:
      return false;
  }
}

function readBackslash(p: ParseState, parts: WordPart[], mode: WordMode): void {
  const next = p.src[p.pos + 1];
  if (next === undefined) {
    pushLit(parts, '\\');
    p.pos++;
    return;
  }
  if (next === '\n') {
    p.pos += 2;
    return;
  }
  if (mode.kind === 'heredoc' || mode.kind === 'arith') {
    // Inside here-documents, a backslash quotes only $ ` \ and newline.
    if (next === '$' || next === '`' || next === '\\') pushLit(parts, next, 'sq');
    else pushLit(parts, `\\${next}`);
    p.pos += 2;
    return;
  }
  if (mode.kind === 'brace' && mode.inDq && !'$`"\\}'.includes(next)) {
    pushLit(parts, `\\${next}`);
    p.pos += 2;
    return;
  }
  pushLit(parts, next, 'sq');
  p.pos += 2;
}

/** Reads the inside of `"..."` after the opening quote, consuming the closing one. */
export function readDoubleQuoted(p: ParseState): WordPart[] {
  const parts: WordPart[] = [];
  const src = p.src;
  const open = p.pos - 1;
  while (true) {
    const c = src[p.pos];
    if (c === undefined) throw failure(p, 'unterminated', '"', open);
    if (c === '"') {
      p.pos++;
      return parts;
    }
    if (c === '\\') {
      const next = src[p.pos + 1];
      if (next === '\n') p.pos += 2;
      else if (next !== undefined && '$`"\\'.includes(next)) {
        pushLit(parts, next);
        p.pos += 2;
      } else {
        pushLit(parts, '\\');
        p.pos++;
      }
    } else if (c === '$') {
      const part = p.grammar.dollar(p, true);
      if (part === undefined) pushLit(parts, '$');
      else if (part.type === 'lit' || part.type === 'sq') pushLit(parts, part.text);
      else parts.push(part);
    } else if (c === '`') {
      parts.push(readBackquote(p, true));
    } else {
      pushLit(parts, c);
      p.pos++;
    }
  }
}

/** Reads a backquoted command substitution (p.pos at the opening backquote). */
export function readBackquote(p: ParseState, inDq: boolean): WordPart {
  const open = p.pos;
  let inner = '';
  let i = p.pos + 1;
  for (; i < p.src.length; i++) {
    const c = p.src[i] as string;
    if (c === '`') break;
    if (c === '\\' && i + 1 < p.src.length) {
      const n = p.src[i + 1] as string;
      if (n === '$' || n === '`' || n === '\\' || (inDq && n === '"')) {
        inner += n;
        i++;
        continue;
      }
    }
    inner += c;
  }
  if (i >= p.src.length) throw failure(p, 'unterminated', '`', open);
  p.pos = i + 1;
  const sub = nestedState(p, inner, open);
  const body = p.grammar.subList(sub, '');
  return { type: 'cmdsub', body, backquote: true };
}

function readTilde(p: ParseState, parts: WordPart[]): void {
  const m = /^~([A-Za-z0-9._-]*)/.exec(p.src.slice(p.pos));
  const after = p.src[p.pos + (m?.[0].length ?? 1)];
  if (m && (after === undefined || after === '/' || META.has(after))) {
    parts.push({ type: 'tilde', user: m[1] ?? '' });
    p.pos += m[0].length;
  } else {
    pushLit(parts, '~');
    p.pos++;
  }
}

/** Decodes the body of `$'...'` (p.pos at the `$`); returns the quoted text. */
export function readAnsiC(p: ParseState): WordPart {
  let i = p.pos + 2;
  let raw = '';
  for (; i < p.src.length; i++) {
    const c = p.src[i] as string;
    if (c === "'") break;
    if (c === '\\' && i + 1 < p.src.length) {
      raw += c + (p.src[i + 1] as string);
      i++;
    } else raw += c;
  }
  if (i >= p.src.length) throw failure(p, 'unterminated', "'", p.pos);
  p.pos = i + 1;
  return { type: 'sq', text: decodeEscapes(raw, 'ansi-c').text };
}

/** Parses a whole string as here-document or arithmetic text (expansions, no word splitting). */
export function parseTextAsWord(p: ParseState, text: string, kind: 'heredoc' | 'arith', atOffset: number): Word {
  const sub = nestedState(p, text, atOffset);
  return readWordParts(sub, { kind });
}
