// Shared parser state: the source, the read position, here-documents waiting for their bodies,
// and the one-token lookahead. The parser's files all work on this one object.
import type { Command, CommandList, Redirect, SyntaxErrorInfo, Word, WordPart } from './ast.js';
import type { Dialect } from '../types.js';

export type Token =
  | { kind: 'word'; word: Word; raw: string; start: number; end: number }
  | { kind: 'op'; op: string; fd: number | null; start: number; end: number }
  | { kind: 'newline'; start: number; end: number }
  | { kind: 'eof'; start: number; end: number };

export interface PendingHeredoc {
  redirect: Redirect;
  delimiter: string;
  strip: boolean;
  quoted: boolean;
  /** Line of the `<<`, for the unterminated warning. */
  line: number;
}

/**
 * The grammar's recursive entry points, which parse.ts sets on each state: the files of the
 * parser reach each other through them rather than through imports that would go round in circles.
 */
export interface Grammar {
  /** Parses the commands of `$(...)` up to its `)`. */
  subList(p: ParseState, close: string): CommandList;
  compoundList(p: ParseState, allowEmpty?: boolean): CommandList;
  command(p: ParseState): Command;
  /** Reads what follows a `$` (parse-dollar.ts). */
  dollar(p: ParseState, inDq: boolean): WordPart | undefined;
}

export interface ParseState {
  src: string;
  pos: number;
  dialect: Dialect;
  /** Offsets where each line starts, for line numbers. */
  lineStarts: number[];
  /** Here-documents whose bodies start after the next newline. */
  heredocs: PendingHeredoc[];
  peeked: Token | undefined;
  /** Line numbers of a nested source (backquotes, here-documents) start here. */
  lineOffset: number;
  /** The grammar's recursive entry points (set by parse.ts). */
  grammar: Grammar;
  /** bash reads `-c` text as if it ended with a newline: that newline has been given out. */
  finalNewline: boolean;
  /** Warnings met while parsing (an unterminated here-document), for the command being parsed. */
  warnings: { line: number; text: string }[];
}

/** Thrown inside the parser only; `parseScript` turns it into `Script.error`. */
export class ParseFailure extends Error {
  constructor(readonly info: SyntaxErrorInfo) {
    super(`syntax error: ${info.text}`);
  }
}

/** A fresh state for `src`. */
export function createParseState(
  src: string,
  dialect: Dialect,
  grammar: Grammar,
  lineOffset = 0,
): ParseState {
  const lineStarts = [0];
  for (let i = 0; i < src.length; i++) if (src[i] === '\n') lineStarts.push(i + 1);
  return {
    src, pos: 0, dialect, lineStarts, heredocs: [], peeked: undefined, lineOffset, grammar,
    finalNewline: src === '' || src.endsWith('\n'), warnings: [],
  };
}

/** A state for a piece of source nested in `p` (backquotes, here-document bodies, arithmetic). */
export function nestedState(p: ParseState, src: string, atOffset: number): ParseState {
  return createParseState(src, p.dialect, p.grammar, lineAt(p, atOffset) - 1);
}

/** 1-based line number of a source offset. */
export function lineAt(p: ParseState, offset: number): number {
  let lo = 0;
  let hi = p.lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((p.lineStarts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1 + p.lineOffset;
}

/** The text of the source line holding `offset`. */
export function lineTextAt(p: ParseState, offset: number): string {
  const line = lineAt(p, offset) - p.lineOffset;
  const start = p.lineStarts[line - 1] ?? 0;
  const next = p.src.indexOf('\n', start);
  return p.src.slice(start, next < 0 ? p.src.length : next);
}

/** Builds the failure for an unexpected token. */
export function unexpected(p: ParseState, tok: Token, expecting?: string): ParseFailure {
  if (tok.kind === 'eof') return eofFailure(p, expecting);
  const base = { kind: 'token' as const, line: lineAt(p, tok.start), lineText: lineTextAt(p, tok.start) };
  const extra = expecting === undefined ? {} : { expecting };
  if (tok.kind === 'newline') return new ParseFailure({ ...base, text: 'newline', tokenClass: 'newline', ...extra });
  if (tok.kind === 'op') {
    const redirection = /^[0-9]*(<|>|&>)/.test(tok.op);
    return new ParseFailure({ ...base, text: tok.op, tokenClass: redirection ? 'redirection' : 'op', ...extra });
  }
  const keyword = RESERVED.has(tok.raw);
  return new ParseFailure({ ...base, text: tok.raw, tokenClass: keyword ? 'keyword' : 'word', ...extra });
}

/** Builds the failure for input that ended too soon. */
export function eofFailure(p: ParseState, expecting?: string): ParseFailure {
  // bash counts the end of input as one line past the last one.
  const line = p.lineStarts.length + (p.src.endsWith('\n') ? 0 : 1) + p.lineOffset;
  const info: SyntaxErrorInfo = { kind: 'eof', text: 'end of file', line, lineText: '' };
  if (expecting !== undefined) info.expecting = expecting;
  return new ParseFailure(info);
}

/** A failure of one of the fixed kinds (unterminated quote, bad for variable, ...). */
export function failure(p: ParseState, kind: SyntaxErrorInfo['kind'], text: string, offset = p.pos): ParseFailure {
  return new ParseFailure({ kind, text, line: lineAt(p, Math.min(offset, p.src.length)), lineText: lineTextAt(p, offset) });
}

export const RESERVED = new Set([
  'if', 'then', 'else', 'elif', 'fi', 'do', 'done', 'case', 'esac', 'while', 'until', 'for', 'in',
  '{', '}', '!', 'function', '[[', ']]',
]);

/** Words that end a compound list when they appear where a command would start. */
export const LIST_END_WORDS = new Set(['then', 'else', 'elif', 'fi', 'do', 'done', 'esac', '}']);

/** True when the token is the unquoted reserved word `word`. */
export function isWord(tok: Token, word: string): boolean {
  return tok.kind === 'word' && tok.raw === word && tok.word.length === 1 && tok.word[0]?.type === 'lit';
}

/** True when the token is the operator `op`. */
export function isOp(tok: Token, op: string): boolean {
  return tok.kind === 'op' && tok.op === op && tok.fd === null;
}
