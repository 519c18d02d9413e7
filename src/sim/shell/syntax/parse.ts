// The shell grammar: script -> complete commands -> and-or lists -> pipelines -> commands.
// Compound commands live in parse-compound.ts, `[[ ]]` in parse-cond.ts.
import type { AndOr, Assignment, CompleteCommand, Command, CommandList, ListItem, Pipeline, Redirect, RedirOp, Script, SimpleCommand, Word } from './ast.js';
import { parseCompound, parseFunctionDef, tryArithCommand } from './parse-compound.js';
import { finishHeredocs, nextToken, peekToken, skipNewlines, unquotedText } from './parse-lexer.js';
import { readDollar } from './parse-dollar.js';
import {
  createParseState, failure, isOp, isWord, LIST_END_WORDS, lineAt, ParseFailure, RESERVED, unexpected,
  type Grammar, type ParseState, type Token,
} from './parse-state.js';
import type { Dialect } from '../types.js';

/** Parses a whole script. A syntax error ends the command list; the commands before it stand. */
export function parseScript(src: string, dialect: Dialect): Script {
  const p = createParseState(src, dialect, GRAMMAR);
  const script: Script = { type: 'script', commands: [] };
  try {
    for (;;) {
      skipNewlines(p);
      const tok = peekToken(p);
      if (tok.kind === 'eof') break;
      const line = lineAt(p, tok.start);
      const list = parseList(p, true);
      const end = nextToken(p);
      if (end.kind !== 'newline' && end.kind !== 'eof') throw unexpected(p, end);
      finishHeredocs(p);
      const complete: CompleteCommand = { list, line };
      if (p.warnings.length > 0) complete.warnings = p.warnings.splice(0);
      script.commands.push(complete);
    }
  } catch (e) {
    if (!(e instanceof ParseFailure)) throw e;
    script.error = e.info;
  }
  return script;
}

/** Parses the commands of `$(...)` (close `)`) or of backquotes (close ``: to the end). */
function parseSubList(p: ParseState, close: string): CommandList {
  const saved = p.peeked;
  p.peeked = undefined;
  const list = parseCompoundList(p, true);
  const tok = peekToken(p);
  if (close === ')' && isOp(tok, ')')) {
    p.pos = tok.start;
    p.peeked = saved;
    return list;
  }
  if (tok.kind === 'eof') {
    if (close === '') {
      p.peeked = saved;
      return list;
    }
    throw failure(p, 'unterminated', close, tok.start);
  }
  throw unexpected(p, tok);
}

/** Consumes newline tokens (where the grammar allows a line break). */

/** True when `tok` ends a compound list (a closing keyword, `)`, `;;`, end of input). */
function endsList(tok: Token): boolean {
  if (tok.kind === 'eof') return true;
  if (tok.kind === 'op') return tok.fd === null && (tok.op === ')' || tok.op === ';;' || tok.op === ';&' || tok.op === ';;&');
  return tok.kind === 'word' && LIST_END_WORDS.has(tok.raw) && isWord(tok, tok.raw);
}

/** A list inside a compound command: newlines separate commands; empty only where allowed. */
export function parseCompoundList(p: ParseState, allowEmpty = false): CommandList {
  const list = parseList(p, false);
  if (list.items.length === 0 && !allowEmpty) throw unexpected(p, peekToken(p));
  return list;
}

/** and-or lists separated by `;`, `&` (and newlines unless `top`). */
function parseList(p: ParseState, top: boolean): CommandList {
  const items: ListItem[] = [];
  for (;;) {
    if (!top) skipNewlines(p);
    const tok = peekToken(p);
    if (top ? tok.kind === 'newline' || tok.kind === 'eof' : endsList(tok)) break;
    const andOr = parseAndOr(p);
    const sep = peekToken(p);
    let background = false;
    if (isOp(sep, '&')) {
      nextToken(p);
      background = true;
    } else if (isOp(sep, ';') || (!top && sep.kind === 'newline')) {
      nextToken(p);
    } else {
      items.push({ andOr, background });
      break;
    }
    items.push({ andOr, background });
  }
  return { type: 'list', items };
}

function parseAndOr(p: ParseState): AndOr {
  const node: AndOr = { type: 'andor', first: parsePipeline(p), rest: [] };
  for (;;) {
    const tok = peekToken(p);
    if (!isOp(tok, '&&') && !isOp(tok, '||')) return node;
    nextToken(p);
    skipNewlines(p);
    node.rest.push({ op: (tok as { op: '&&' | '||' }).op, pipeline: parsePipeline(p) });
  }
}

function parsePipeline(p: ParseState): Pipeline {
  let negated = false;
  while (isWord(peekToken(p), '!')) {
    nextToken(p);
    negated = !negated;
  }
  const commands = [parseCommand(p)];
  for (;;) {
    const tok = peekToken(p);
    if (!isOp(tok, '|') && !isOp(tok, '|&')) break;
    nextToken(p);
    if (isOp(tok, '|&')) redirectsOf(commands[commands.length - 1] as Command)?.push(dupStderr());
    skipNewlines(p);
    commands.push(parseCommand(p));
  }
  return { type: 'pipeline', negated, commands };
}

function dupStderr(): Redirect {
  return { fd: 2, op: '>&', target: [{ type: 'lit', text: '1' }] };
}

function redirectsOf(cmd: Command): Redirect[] | undefined {
  return cmd.type === 'function' ? undefined : cmd.redirects;
}

/** One command: compound, function definition, or simple. */
export function parseCommand(p: ParseState): Command {
  const tok = peekToken(p);
  if (tok.kind === 'word' && tok.word.length === 1 && tok.word[0]?.type === 'lit' && RESERVED.has(tok.raw)) {
    const compound = parseCompound(p, tok.raw);
    if (compound === undefined) throw unexpected(p, tok);
    if (compound.type !== 'function') parseTrailingRedirects(p, compound.redirects);
    return compound;
  }
  if (isOp(tok, '(')) {
    const arith = tryArithCommand(p, tok);
    const cmd = arith ?? parseCompound(p, '(');
    if (cmd === undefined || cmd.type === 'function') throw unexpected(p, tok);
    parseTrailingRedirects(p, cmd.redirects);
    return cmd;
  }
  if (tok.kind === 'word' && /^[A-Za-z_][A-Za-z0-9_.:-]*$/.test(tok.raw) && /^[ \t]*\(/.test(p.src.slice(tok.end))) {
    nextToken(p);
    return parseFunctionDef(p, tok.raw, lineAt(p, tok.start));
  }
  return parseSimple(p);
}

function parseTrailingRedirects(p: ParseState, into: Redirect[]): void {
  for (;;) {
    const tok = peekToken(p);
    if (tok.kind !== 'op' || !isRedirOp(tok.op)) return;
    nextToken(p);
    into.push(parseRedirect(p, tok));
  }
}

function isRedirOp(op: string): op is RedirOp {
  return ['<', '>', '>>', '>|', '<>', '>&', '<&', '&>', '&>>', '<<', '<<-', '<<<'].includes(op);
}

function parseSimple(p: ParseState): SimpleCommand {
  const first = peekToken(p);
  const cmd: SimpleCommand = { type: 'simple', line: lineAt(p, first.start), assigns: [], words: [], redirects: [] };
  for (;;) {
    const tok = peekToken(p);
    if (tok.kind === 'word') {
      nextToken(p);
      const assign = cmd.words.length === 0 ? asAssignment(tok.word) : undefined;
      if (assign && p.dialect === 'bash' && tok.word.length === 1 && assign.value.length === 0) {
        // `name=(a b c)`: the `(` right after the `=` opens an array's words (bash parse.y).
        const open = peekToken(p);
        if (open.kind === 'op' && open.op === '(' && open.start === tok.end) {
          nextToken(p);
          assign.array = parseArrayWords(p);
        }
      }
      if (assign) cmd.assigns.push(assign);
      else cmd.words.push(tok.word);
    } else if (tok.kind === 'op' && isRedirOp(tok.op)) {
      nextToken(p);
      cmd.redirects.push(parseRedirect(p, tok));
    } else break;
  }
  if (cmd.assigns.length === 0 && cmd.words.length === 0 && cmd.redirects.length === 0) throw unexpected(p, first);
  return cmd;
}

function parseRedirect(p: ParseState, tok: Token & { kind: 'op' }): Redirect {
  const target = nextToken(p);
  if (target.kind !== 'word') throw unexpected(p, target);
  const redirect: Redirect = { fd: tok.fd, op: tok.op as RedirOp, target: target.word };
  if (tok.op === '<<' || tok.op === '<<-') {
    const quoted = target.word.some((part) => part.type !== 'lit');
    p.heredocs.push({ redirect, delimiter: unquotedText(target.word), strip: tok.op === '<<-', quoted, line: lineAt(p, tok.start) });
  }
  return redirect;
}

/** The words of `name=(...)` up to its `)`, over lines too. */
function parseArrayWords(p: ParseState): Word[] {
  const words: Word[] = [];
  for (;;) {
    const tok = nextToken(p);
    if (tok.kind === 'word') words.push(tok.word);
    else if (tok.kind === 'newline') continue;
    else if (tok.kind === 'op' && tok.op === ')') return words;
    else throw unexpected(p, tok);
  }
}

/** `NAME=value` / `NAME+=value` at the start of a simple command. */
function asAssignment(word: Word): Assignment | undefined {
  const head = word[0];
  if (head?.type !== 'lit') return undefined;
  const m = /^([A-Za-z_][A-Za-z0-9_]*)(\+?)=/.exec(head.text);
  if (!m) return undefined;
  const rest = head.text.slice(m[0].length);
  const value: Word = [];
  const tilde = /^~([A-Za-z0-9._-]*)(?=\/|:|$)/.exec(rest);
  if (tilde && (rest.length > tilde[0].length || word.length === 1)) {
    value.push({ type: 'tilde', user: tilde[1] ?? '' });
    if (rest.length > tilde[0].length) value.push({ type: 'lit', text: rest.slice(tilde[0].length) });
  } else if (rest !== '') value.push({ type: 'lit', text: rest });
  value.push(...word.slice(1));
  return { name: m[1] as string, value, append: m[2] === '+' };
}

const GRAMMAR: Grammar = { subList: parseSubList, compoundList: parseCompoundList, command: parseCommand, dollar: readDollar };
