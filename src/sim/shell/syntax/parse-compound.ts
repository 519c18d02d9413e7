// Compound commands: if, while/until, for, case, { }, ( ), functions, (( )) and `for ((;;))`.
import type { CaseItem, Command, CommandList, CompoundCommand, FunctionDef, IfCommand, Word } from './ast.js';
import { parseCond } from './parse-cond.js';
import { nextToken, peekToken, skipNewlines } from './parse-lexer.js';
import { failure, isOp, isWord, lineAt, unexpected, type ParseState, type Token } from './parse-state.js';
import { parseTextAsWord } from './parse-word.js';

type Parser = (p: ParseState) => CompoundCommand | FunctionDef;

const parsers: Record<string, Parser> = {
  if: parseIf,
  while: (p) => parseLoop(p, 'while'),
  until: (p) => parseLoop(p, 'until'),
  for: parseFor,
  case: parseCase,
  '{': parseBrace,
  '(': parseSubshell,
  '[[': parseCond,
  function: parseFunctionKeyword,
};

/** Parses the compound command that starts with `keyword`; undefined if it starts none. */
export function parseCompound(p: ParseState, keyword: string): CompoundCommand | FunctionDef | undefined {
  return parsers[keyword]?.(p);
}

function expectWord(p: ParseState, word: string): void {
  const tok = nextToken(p);
  if (!isWord(tok, word)) throw unexpected(p, tok, word);
}

function expectOp(p: ParseState, op: string): void {
  const tok = nextToken(p);
  if (!isOp(tok, op)) throw unexpected(p, tok, op);
}

function parseIf(p: ParseState): IfCommand {
  nextToken(p);
  const node: IfCommand = { type: 'if', clauses: [], redirects: [] };
  for (;;) {
    const cond = p.grammar.compoundList(p);
    expectWord(p, 'then');
    node.clauses.push({ cond, body: p.grammar.compoundList(p) });
    const tok = nextToken(p);
    if (isWord(tok, 'elif')) continue;
    if (isWord(tok, 'else')) {
      node.elseBody = p.grammar.compoundList(p);
      expectWord(p, 'fi');
    } else if (!isWord(tok, 'fi')) throw unexpected(p, tok, 'fi');
    return node;
  }
}

function parseLoop(p: ParseState, type: 'while' | 'until'): CompoundCommand {
  nextToken(p);
  const cond = p.grammar.compoundList(p);
  const body = parseDoGroup(p);
  return { type, cond, body, redirects: [] };
}

function parseDoGroup(p: ParseState): CommandList {
  skipNewlines(p);
  expectWord(p, 'do');
  const body = p.grammar.compoundList(p);
  expectWord(p, 'done');
  return body;
}

function parseFor(p: ParseState): CompoundCommand {
  const forTok = nextToken(p);
  const line = lineAt(p, forTok.start);
  const next = peekToken(p);
  if (isOp(next, '(') && p.src[next.end] === '(') return parseArithFor(p, next);
  const nameTok = nextToken(p);
  if (nameTok.kind !== 'word') throw unexpected(p, nameTok);
  if (p.dialect === 'ash' && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(nameTok.raw)) throw failure(p, 'bad-for-var', nameTok.raw);
  let words: Word[] | null = null;
  skipNewlines(p);
  const tok = peekToken(p);
  if (isWord(tok, 'in')) {
    nextToken(p);
    words = [];
    for (;;) {
      const w = nextToken(p);
      if (w.kind === 'word') words.push(w.word);
      else if (w.kind === 'newline' || isOp(w, ';')) break;
      else throw unexpected(p, w);
    }
  } else if (isOp(tok, ';')) {
    nextToken(p);
  }
  const body = parseDoGroup(p);
  return { type: 'for', name: nameTok.raw, words, body, line, redirects: [] };
}

/** `for ((init; cond; step))` (bash). */
function parseArithFor(p: ParseState, open: Token): CompoundCommand {
  const inner = scanDoubleParen(p, open);
  if (inner === undefined) throw unexpected(p, open);
  const pieces = inner.text.split(';');
  if (pieces.length !== 3) throw failure(p, 'cond', '((: expected three expressions in for ((;;))', open.start);
  const [init, cond, step] = pieces.map((s) => parseTextAsWord(p, s, 'arith', open.start)) as [Word, Word, Word];
  skipNewlines(p);
  if (isOp(peekToken(p), ';')) nextToken(p);
  const body = parseDoGroup(p);
  return { type: 'arith-for', init, cond, step, body, redirects: [] };
}

function parseCase(p: ParseState): CompoundCommand {
  nextToken(p);
  const wordTok = nextToken(p);
  if (wordTok.kind !== 'word') throw unexpected(p, wordTok, 'word');
  skipNewlines(p);
  expectWord(p, 'in');
  const items: CaseItem[] = [];
  for (;;) {
    skipNewlines(p);
    let tok = nextToken(p);
    if (isWord(tok, 'esac')) break;
    if (isOp(tok, '(')) tok = nextToken(p);
    const patterns: Word[] = [];
    for (;;) {
      if (tok.kind !== 'word') throw unexpected(p, tok);
      patterns.push(tok.word);
      tok = nextToken(p);
      if (!isOp(tok, '|')) break;
      tok = nextToken(p);
    }
    if (!isOp(tok, ')')) throw unexpected(p, tok, ')');
    const body = p.grammar.compoundList(p, true);
    const end = nextToken(p);
    if (isOp(end, ';;') || isOp(end, ';&') || isOp(end, ';;&')) {
      items.push({ patterns, body, end: (end as { op: CaseItem['end'] }).op });
      continue;
    }
    items.push({ patterns, body, end: ';;' });
    if (isWord(end, 'esac')) break;
    throw unexpected(p, end, ';;');
  }
  return { type: 'case', word: wordTok.word, items, redirects: [] };
}

function parseBrace(p: ParseState): CompoundCommand {
  nextToken(p);
  const body = p.grammar.compoundList(p);
  expectWord(p, '}');
  return { type: 'brace', body, redirects: [] };
}

function parseSubshell(p: ParseState): CompoundCommand {
  nextToken(p);
  const body = p.grammar.compoundList(p);
  expectOp(p, ')');
  return { type: 'subshell', body, redirects: [] };
}

/** After `name`, at `(`: `name() body`. */
export function parseFunctionDef(p: ParseState, name: string, line: number): FunctionDef {
  expectOp(p, '(');
  expectOp(p, ')');
  return { type: 'function', name, body: parseFunctionBody(p), line };
}

function parseFunctionKeyword(p: ParseState): FunctionDef {
  const kw = nextToken(p);
  const nameTok = nextToken(p);
  if (nameTok.kind !== 'word') throw unexpected(p, nameTok, 'word');
  if (isOp(peekToken(p), '(')) {
    nextToken(p);
    expectOp(p, ')');
  }
  return { type: 'function', name: nameTok.raw, body: parseFunctionBody(p), line: lineAt(p, kw.start) };
}

function parseFunctionBody(p: ParseState): Command {
  skipNewlines(p);
  const tok = peekToken(p);
  const body = p.grammar.command(p);
  // bash wants a compound command as the body; ash takes any command.
  if (p.dialect === 'bash' && (body.type === 'simple' || body.type === 'function')) throw unexpected(p, tok);
  return body;
}

/** `(( expr ))` as a command, when the parentheses balance as arithmetic (bash). */
export function tryArithCommand(p: ParseState, open: Token): CompoundCommand | undefined {
  if (p.src[open.end] !== '(') return undefined;
  const inner = scanDoubleParen(p, open);
  if (inner === undefined) return undefined;
  return { type: 'arith-cmd', expr: parseTextAsWord(p, inner.text, 'arith', open.start), line: lineAt(p, open.start), redirects: [] };
}

/** Finds the `))` closing a `((` whose first `(` is the token `open`; consumes through it. */
function scanDoubleParen(p: ParseState, open: Token): { text: string } | undefined {
  let depth = 0;
  const from = open.end + 1;
  for (let i = from; i < p.src.length; i++) {
    const c = p.src[i];
    if (c === '(') depth++;
    else if (c === ')') {
      if (depth > 0) {
        depth--;
        continue;
      }
      if (p.src[i + 1] !== ')') return undefined;
      p.peeked = undefined;
      p.pos = i + 2;
      return { text: p.src.slice(from, i) };
    }
  }
  return undefined;
}
