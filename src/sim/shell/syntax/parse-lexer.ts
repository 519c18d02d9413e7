// Splits shell source into tokens (words, operators, newlines) with one token of lookahead, and
// reads here-document bodies after the newline that ends their command.
import type { Word } from './ast.js';
import { lineAt, type ParseState, type Token } from './parse-state.js';
import { parseTextAsWord, readWordParts } from './parse-word.js';

const OPERATORS = [
  '&>>', ';;&', '<<<', '<<-',
  '&&', '||', ';;', ';&', '<<', '>>', '<&', '>&', '<>', '>|', '&>', '|&',
  '<', '>', '|', '&', ';', '(', ')',
];

/** The next token, without consuming it. */
export function peekToken(p: ParseState): Token {
  if (p.peeked === undefined) p.peeked = readToken(p);
  return p.peeked;
}

/** Consumes and returns the next token. */
export function nextToken(p: ParseState): Token {
  const tok = peekToken(p);
  p.peeked = undefined;
  return tok;
}

/** Skips blanks, line continuations and comments. */
export function skipBlanks(p: ParseState): void {
  const src = p.src;
  while (p.pos < src.length) {
    const c = src[p.pos];
    if (c === ' ' || c === '\t' || c === '\r') p.pos++;
    else if (c === '\\' && src[p.pos + 1] === '\n') p.pos += 2;
    else if (c === '#') {
      while (p.pos < src.length && src[p.pos] !== '\n') p.pos++;
    } else break;
  }
}

function readToken(p: ParseState): Token {
  skipBlanks(p);
  const src = p.src;
  const start = p.pos;
  if (p.pos >= src.length) {
    if (p.finalNewline) return { kind: 'eof', start, end: start };
    // Input that does not end with a newline ends with one: `echo <` is near `newline'.
    p.finalNewline = true;
    if (p.heredocs.length > 0) readHeredocBodies(p);
    return { kind: 'newline', start, end: start };
  }
  const c = src[p.pos] as string;
  if (c === '\n') {
    p.pos++;
    const tok: Token = { kind: 'newline', start, end: p.pos };
    if (p.heredocs.length > 0) readHeredocBodies(p);
    return tok;
  }
  const digits = /^[0-9]+(?=[<>])/.exec(src.slice(p.pos, p.pos + 12));
  if (digits) {
    p.pos += digits[0].length;
    const op = matchOperator(p) as string;
    return { kind: 'op', op, fd: Number(digits[0]), start, end: p.pos };
  }
  const op = matchOperator(p);
  if (op !== undefined) return { kind: 'op', op, fd: null, start, end: p.pos };
  const word = readWordParts(p, { kind: 'normal' });
  return { kind: 'word', word, raw: src.slice(start, p.pos), start, end: p.pos };
}

function matchOperator(p: ParseState): string | undefined {
  for (const op of OPERATORS) {
    if (p.src.startsWith(op, p.pos)) {
      p.pos += op.length;
      return op;
    }
  }
  return undefined;
}

/** Reads the word after `=~` in `[[ ]]`, where `(`, `)` and `|` belong to the regex. */
export function readRegexWord(p: ParseState): Token {
  if (p.peeked !== undefined) return nextToken(p);
  skipBlanks(p);
  const start = p.pos;
  const word = readWordParts(p, { kind: 'regex' });
  if (word.length === 0) return readToken(p);
  return { kind: 'word', word, raw: p.src.slice(start, p.pos), start, end: p.pos };
}

/** Text of a word with its quotes removed (here-document delimiters). */
export function unquotedText(word: Word): string {
  let s = '';
  for (const part of word) {
    if (part.type === 'lit' || part.type === 'sq') s += part.text;
    else if (part.type === 'dq') s += unquotedText(part.parts);
    else if (part.type === 'param') s += `$${part.name}`;
    else if (part.type === 'tilde') s += `~${part.user}`;
  }
  return s;
}

/** Reads the bodies of the pending here-documents, in order, from the start of a line. */
export function readHeredocBodies(p: ParseState): void {
  const pending = p.heredocs;
  p.heredocs = [];
  for (const h of pending) {
    const bodyStart = p.pos;
    let body = '';
    let closed = false;
    while (p.pos < p.src.length) {
      const nl = p.src.indexOf('\n', p.pos);
      const end = nl < 0 ? p.src.length : nl;
      let line = p.src.slice(p.pos, end);
      p.pos = nl < 0 ? p.src.length : nl + 1;
      if (h.strip) line = line.replace(/^\t+/, '');
      if (line === h.delimiter) {
        closed = true;
        break;
      }
      body += `${line}\n`;
    }
    // An unterminated here-document takes the rest of the input; bash warns about it.
    if (!closed) {
      p.warnings.push({
        line: lineAt(p, p.src.length),
        text: `here-document at line ${h.line} delimited by end-of-file (wanted \`${h.delimiter}')`,
      });
    }
    const heredoc = h.quoted
      ? { body: body === '' ? [] : [{ type: 'lit' as const, text: body }], quoted: true }
      : { body: parseTextAsWord(p, body, 'heredoc', bodyStart), quoted: false };
    h.redirect.heredoc = heredoc;
  }
}

/** Gives here-documents still waiting at the end of input their (empty) bodies. */
export function finishHeredocs(p: ParseState): void {
  if (p.heredocs.length > 0) readHeredocBodies(p);
}

/** Skips newline tokens. */
export function skipNewlines(p: ParseState): void {
  while (peekToken(p).kind === 'newline') nextToken(p);
}
