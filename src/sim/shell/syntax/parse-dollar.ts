// Reads what follows a `$`: `$name`, `$1`, `$?`, `${...}` with its operators, `$(...)`,
// `$((...))`, `$'...'` and `$"..."`.
import type { ParamOp, ParamPart, Word, WordPart } from './ast.js';
import { failure, type ParseState } from './parse-state.js';
import { parseTextAsWord, readAnsiC, readDoubleQuoted, readWordParts } from './parse-word.js';

const SPECIAL = '@*#?-$!0';
const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;

/** Reads at a `$`; returns undefined when the `$` is just a character. */
export function readDollar(p: ParseState, inDq: boolean): WordPart | undefined {
  const src = p.src;
  const next = src[p.pos + 1];
  if (next === undefined) {
    p.pos++;
    return undefined;
  }
  if (next === "'" && !inDq) return readAnsiC(p);
  if (next === '"' && !inDq) {
    p.pos += 2;
    return { type: 'dq', parts: readDoubleQuoted(p) };
  }
  if (next === '(') {
    if (src[p.pos + 2] === '(') {
      const arith = tryArith(p);
      if (arith) return arith;
    }
    const open = p.pos;
    p.pos += 2;
    const body = p.grammar.subList(p, ')');
    if (src[p.pos] !== ')') throw failure(p, 'unterminated', ')', open);
    p.pos++;
    return { type: 'cmdsub', body, backquote: false };
  }
  if (next === '{') return readBraced(p, inDq);
  if (NAME_START.test(next)) {
    let i = p.pos + 1;
    while (i < src.length && NAME_CHAR.test(src[i] as string)) i++;
    const name = src.slice(p.pos + 1, i);
    p.pos = i;
    return { type: 'param', name };
  }
  if (/[0-9]/.test(next) || SPECIAL.includes(next)) {
    p.pos += 2;
    return { type: 'param', name: next };
  }
  p.pos++;
  return undefined;
}

/** `$((...))` when the parentheses balance as arithmetic; otherwise undefined (it is `$( (...) )`). */
function tryArith(p: ParseState): WordPart | undefined {
  const src = p.src;
  let depth = 0;
  for (let i = p.pos + 3; i < src.length; i++) {
    const c = src[i];
    if (c === '(') depth++;
    else if (c === ')') {
      if (depth === 0) {
        if (src[i + 1] !== ')') return undefined;
        const text = src.slice(p.pos + 3, i);
        const expr = parseTextAsWord(p, text, 'arith', p.pos);
        p.pos = i + 2;
        return { type: 'arith', expr };
      }
      depth--;
    }
  }
  return undefined;
}

function readBraced(p: ParseState, inDq: boolean): WordPart {
  const src = p.src;
  const open = p.pos;
  p.pos += 2;
  let length = false;
  if (src[p.pos] === '#' && src[p.pos + 1] !== '}' && /[A-Za-z_0-9@*#?$!-]/.test(src[p.pos + 1] ?? '')) {
    length = true;
    p.pos++;
  }
  const name = readName(p);
  if (name === '') return badSubstitution(p, open);
  const part: ParamPart = { type: 'param', name };
  if (p.dialect === 'bash' && src[p.pos] === '[' && NAME_START.test(name[0] ?? '')) {
    const close = src.indexOf(']', p.pos);
    if (close < 0 || close === p.pos + 1) return badSubstitution(p, open);
    part.index = src.slice(p.pos + 1, close);
    p.pos = close + 1;
  }
  if (length) {
    if (src[p.pos] !== '}') return badSubstitution(p, open);
    p.pos++;
    part.op = 'length';
    return part;
  }
  const c = src[p.pos];
  if (c === '}') {
    p.pos++;
    return part;
  }
  if (c === undefined) throw failure(p, 'unterminated', '}', open);
  const two = src.slice(p.pos, p.pos + 2);
  if (c === ':' && '-=?+'.includes(src[p.pos + 1] ?? '')) {
    part.colon = true;
    part.op = src[p.pos + 1] as ParamOp;
    p.pos += 2;
    part.arg = braceArg(p, inDq, '');
  } else if ('-=?+'.includes(c)) {
    part.op = c as ParamOp;
    p.pos++;
    part.arg = braceArg(p, inDq, '');
  } else if (c === '#' || c === '%' || c === '^' || c === ',') {
    part.op = (two === c + c ? two : c) as ParamOp;
    p.pos += part.op.length;
    part.arg = braceArg(p, inDq, '');
  } else if (c === '/') {
    const kind = src[p.pos + 1];
    part.op = kind === '/' || kind === '#' || kind === '%' ? (`/${kind}` as ParamOp) : '/';
    p.pos += part.op.length;
    part.arg = braceArg(p, inDq, '/');
    if (src[p.pos] === '/') {
      p.pos++;
      part.arg2 = braceArg(p, inDq, '');
    }
  } else if (c === ':') {
    part.op = ':';
    p.pos++;
    part.arg = braceArg(p, inDq, ':');
    if (src[p.pos] === ':') {
      p.pos++;
      part.arg2 = braceArg(p, inDq, '');
    }
  } else {
    return badSubstitution(p, open);
  }
  if (src[p.pos] !== '}') throw failure(p, 'unterminated', '}', open);
  p.pos++;
  return part;
}

function braceArg(p: ParseState, inDq: boolean, stop: string): Word {
  return readWordParts(p, { kind: 'brace', stop, inDq });
}

function readName(p: ParseState): string {
  const src = p.src;
  const c = src[p.pos] ?? '';
  if (NAME_START.test(c)) {
    let i = p.pos;
    while (i < src.length && NAME_CHAR.test(src[i] as string)) i++;
    const name = src.slice(p.pos, i);
    p.pos = i;
    return name;
  }
  if (/[0-9]/.test(c)) {
    let i = p.pos;
    while (i < src.length && /[0-9]/.test(src[i] as string)) i++;
    const name = src.slice(p.pos, i);
    p.pos = i;
    return name;
  }
  if (c !== '' && SPECIAL.includes(c)) {
    p.pos++;
    return c;
  }
  return '';
}

/** A `${...}` the shell cannot expand: bash reports it when it runs, so keep the raw text. */
function badSubstitution(p: ParseState, open: number): WordPart {
  let depth = 0;
  for (let i = open + 2; i < p.src.length; i++) {
    const c = p.src[i];
    if (c === '{') depth++;
    else if (c === '}') {
      if (depth === 0) {
        p.pos = i + 1;
        return { type: 'param', name: '', bad: p.src.slice(open, i + 1) };
      }
      depth--;
    }
  }
  throw failure(p, 'unterminated', '}', open);
}
