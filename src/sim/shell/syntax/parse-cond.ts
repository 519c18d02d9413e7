// `[[ expression ]]`: ! && || ( ), unary file/string tests, binary comparisons, `=~`.
import type { CompoundCommand, CondExpr } from './ast.js';
import { nextToken, peekToken, readRegexWord } from './parse-lexer.js';
import { failure, isOp, isWord, lineAt, type ParseState, type Token } from './parse-state.js';

export const UNARY_TESTS = new Set([
  '-a', '-b', '-c', '-d', '-e', '-f', '-g', '-h', '-k', '-p', '-r', '-s', '-t', '-u', '-w', '-x',
  '-G', '-L', '-N', '-O', '-S', '-z', '-n', '-o', '-v',
]);
export const BINARY_TESTS = new Set(['==', '=', '!=', '=~', '-eq', '-ne', '-lt', '-le', '-gt', '-ge', '-nt', '-ot', '-ef']);

/** At `[[`: parses through the closing `]]`. */
export function parseCond(p: ParseState): CompoundCommand {
  const open = nextToken(p);
  const expr = parseOr(p);
  const close = nextToken(p);
  if (!isWord(close, ']]')) throw condError(p, close);
  return { type: 'cond', expr, line: lineAt(p, open.start), redirects: [] };
}

function condError(p: ParseState, tok: Token): never {
  const text = tok.kind === 'word' ? tok.raw : tok.kind === 'op' ? tok.op : tok.kind === 'newline' ? 'newline' : 'end of file';
  throw failure(p, 'cond', `syntax error in conditional expression: unexpected token \`${text}'`, tok.start);
}

function parseOr(p: ParseState): CondExpr {
  let left = parseAnd(p);
  while (isOp(peekToken(p), '||')) {
    nextToken(p);
    left = { type: 'or', left, right: parseAnd(p) };
  }
  return left;
}

function parseAnd(p: ParseState): CondExpr {
  let left = parseNot(p);
  while (isOp(peekToken(p), '&&')) {
    nextToken(p);
    left = { type: 'and', left, right: parseNot(p) };
  }
  return left;
}

function parseNot(p: ParseState): CondExpr {
  if (isWord(peekToken(p), '!')) {
    nextToken(p);
    return { type: 'not', expr: parseNot(p) };
  }
  return parsePrimary(p);
}

function parsePrimary(p: ParseState): CondExpr {
  const tok = nextToken(p);
  if (isOp(tok, '(')) {
    const inner = parseOr(p);
    const close = nextToken(p);
    if (!isOp(close, ')')) condError(p, close);
    return inner;
  }
  if (tok.kind !== 'word' || isWord(tok, ']]')) condError(p, tok);
  const next = peekToken(p);
  if (UNARY_TESTS.has(tok.raw) && tok.word[0]?.type === 'lit' && next.kind === 'word' && !isWord(next, ']]')) {
    nextToken(p);
    return { type: 'unary', op: tok.raw, arg: next.word };
  }
  const op = binaryOp(next);
  if (op === undefined) return { type: 'word', word: tok.word };
  nextToken(p);
  const right = op === '=~' ? readRegexWord(p) : nextToken(p);
  if (right.kind !== 'word') {
    const text = right.kind === 'op' ? right.op : right.kind === 'newline' ? 'newline' : 'end of file';
    throw failure(p, 'cond', `unexpected argument \`${text}' to conditional binary operator`, right.start);
  }
  return { type: 'binary', op, left: tok.word, right: right.word };
}

function binaryOp(tok: Token): string | undefined {
  if (tok.kind === 'op' && (tok.op === '<' || tok.op === '>') && tok.fd === null) return tok.op;
  if (tok.kind === 'word' && BINARY_TESTS.has(tok.raw)) return tok.raw;
  return undefined;
}
