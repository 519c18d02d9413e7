// `awk [-F SEP] 'PROGRAM' [FILE...]`: a small subset: rules of `pattern { print ... }` where a
// pattern is BEGIN, END, /re/, or comparisons of $N, NR, NF joined by && and ||; actions print
// or printf fields, NR, NF, strings and numbers. Anything else is reported as unsupported.
import { formatPrintf } from '../printf-format.js';
import { RegexError, translateRegex } from '../../shell/expand/regex.js';
import type { CommandContext } from '../../shell/types.js';
import { parseOptions, readInput, splitLines, warn } from './support.js';

type Tok = { t: 'str' | 'num' | 'id' | 'field' | 're' | 'op'; v: string };
interface Rule {
  kind: 'begin' | 'end' | 'main';
  pattern: Tok[];
  action: Tok[][] | undefined;
}
interface Rec {
  line: string;
  fields: string[];
  nr: number;
}

/** A program outside the supported subset. */
export class AwkError {
  constructor(readonly message: string) {}
}

/** Runs the awk subset over the input lines. */
export function awk(ctx: CommandContext): number {
  const parsed = parseOptions(ctx, 'F:v:f:', { long: { 'field-separator': 'F' } });
  if (!parsed) return 2;
  const operands = [...parsed.operands];
  const program = operands.shift();
  if (program === undefined) {
    warn(ctx, 'usage: awk [-F fs] program [file ...]');
    return 2;
  }
  const fsOpt = parsed.opts.get('F');
  const sep = typeof fsOpt === 'string' ? (fsOpt === 't' ? '\t' : fsOpt) : undefined;
  let rules: Rule[];
  try {
    rules = parseProgram(program);
  } catch (e) {
    if (!(e instanceof AwkError)) throw e;
    warn(ctx, `kindling supports only a small awk subset: ${e.message}`);
    return 2;
  }
  const files = operands.length > 0 ? operands : ['-'];
  let out = '';
  let nr = 0;
  const run = (kind: Rule['kind'], rec: Rec): void => {
    for (const r of rules) {
      if (r.kind !== kind || (kind === 'main' && !test(r.pattern, rec))) continue;
      for (const stmt of r.action ?? [[{ t: 'id', v: 'print' }]]) out += execStatement(stmt, rec);
    }
  };
  run('begin', { line: '', fields: [], nr: 0 });
  let status = 0;
  let lastRec: Rec = { line: '', fields: [], nr: 0 };
  for (const file of files) {
    const text = readInput(ctx, file, { gnu: (p, e) => `fatal: cannot open file '${p}' for reading: ${e.text}` });
    if (text === undefined) {
      status = 2;
      continue;
    }
    for (const line of splitLines(text)) {
      nr++;
      const fields = sep === undefined ? line.trim().split(/[ \t]+/).filter((f) => f !== '') : line.split(sep.length === 1 ? sep : new RegExp(sep));
      lastRec = { line, fields, nr };
      run('main', lastRec);
    }
  }
  run('end', lastRec);
  ctx.stdout.write(out);
  return status;
}

function tokenize(src: string): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  let prev: Tok | undefined;
  while (i < src.length) {
    const c = src[i] as string;
    const rest = src.slice(i);
    let m: RegExpExecArray | null;
    if (/\s/.test(c) && c !== '\n') i++;
    else if (c === '"') {
      let j = i + 1;
      let s = '';
      for (; j < src.length && src[j] !== '"'; j++) {
        if (src[j] === '\\' && j + 1 < src.length) {
          const n = src[++j] as string;
          s += n === 'n' ? '\n' : n === 't' ? '\t' : n;
        } else s += src[j];
      }
      toks.push((prev = { t: 'str', v: s }));
      i = j + 1;
    } else if (c === '/' && (prev === undefined || prev.t === 'op')) {
      const j = src.indexOf('/', i + 1);
      if (j < 0) throw new AwkError('unterminated regex');
      toks.push((prev = { t: 're', v: src.slice(i + 1, j) }));
      i = j + 1;
    } else if ((m = /^\$(NF|[0-9]+)/.exec(rest))) {
      toks.push((prev = { t: 'field', v: m[1] as string }));
      i += m[0].length;
    } else if ((m = /^[0-9]+(\.[0-9]+)?/.exec(rest))) {
      toks.push((prev = { t: 'num', v: m[0] }));
      i += m[0].length;
    } else if ((m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(rest))) {
      toks.push((prev = { t: 'id', v: m[0] }));
      i += m[0].length;
    } else if ((m = /^(==|!=|<=|>=|&&|\|\||!~|[<>~{}();,\n!])/.exec(rest))) {
      toks.push((prev = { t: 'op', v: m[0] === '\n' ? ';' : m[0] }));
      i += m[0].length;
    } else throw new AwkError(`unexpected '${c}'`);
  }
  return toks;
}

function parseProgram(src: string): Rule[] {
  const toks = tokenize(src);
  const rules: Rule[] = [];
  let i = 0;
  while (i < toks.length) {
    if (toks[i]?.v === ';') {
      i++;
      continue;
    }
    const pattern: Tok[] = [];
    while (i < toks.length && toks[i]?.v !== '{') pattern.push(toks[i++] as Tok);
    let action: Tok[][] | undefined;
    if (toks[i]?.v === '{') {
      i++;
      action = [];
      let stmt: Tok[] = [];
      while (i < toks.length && toks[i]?.v !== '}') {
        const t = toks[i++] as Tok;
        if (t.t === 'op' && t.v === ';') {
          if (stmt.length > 0) action.push(stmt);
          stmt = [];
        } else stmt.push(t);
      }
      if (toks[i]?.v !== '}') throw new AwkError('missing }');
      i++;
      if (stmt.length > 0) action.push(stmt);
    }
    const head = pattern[0];
    const kind = head?.t === 'id' && head.v === 'BEGIN' ? 'begin' : head?.t === 'id' && head.v === 'END' ? 'end' : 'main';
    for (const stmt of action ?? []) {
      if (stmt[0]?.t !== 'id' || (stmt[0].v !== 'print' && stmt[0].v !== 'printf')) throw new AwkError(`statement '${stmt.map((t) => t.v).join(' ')}'`);
    }
    rules.push({ kind, pattern: kind === 'main' ? pattern : [], action });
  }
  return rules;
}

function value(t: Tok, rec: Rec): string {
  if (t.t === 'str' || t.t === 'num') return t.v;
  if (t.t === 'field') {
    const n = t.v === 'NF' ? rec.fields.length : Number(t.v);
    return n === 0 ? rec.line : (rec.fields[n - 1] ?? '');
  }
  if (t.t === 'id') {
    if (t.v === 'NR') return String(rec.nr);
    if (t.v === 'NF') return String(rec.fields.length);
    throw new AwkError(`variable '${t.v}'`);
  }
  throw new AwkError(`'${t.v}'`);
}

/** Values of a comma-separated expression list; juxtaposed values concatenate. */
function values(toks: Tok[], rec: Rec): string[] {
  const out: string[] = [];
  let cur: string | undefined;
  for (const t of toks) {
    if (t.t === 'op' && (t.v === '(' || t.v === ')')) continue;
    if (t.t === 'op' && t.v === ',') {
      out.push(cur ?? '');
      cur = undefined;
    } else cur = (cur ?? '') + value(t, rec);
  }
  if (cur !== undefined) out.push(cur);
  return out;
}

function execStatement(stmt: Tok[], rec: Rec): string {
  const args = values(stmt.slice(1), rec);
  if (stmt[0]?.v === 'printf') return formatPrintf(args[0] ?? '', args.slice(1)).out;
  return `${args.length === 0 ? rec.line : args.join(' ')}\n`;
}

/** A pattern: comparisons and regexes joined by && and ||, `!` negates. */
function test(pattern: Tok[], rec: Rec): boolean {
  if (pattern.length === 0) return true;
  const ors = split(pattern, '||');
  return ors.some((group) => split(group, '&&').every((term) => testTerm(term, rec)));
}

function split(toks: Tok[], op: string): Tok[][] {
  const out: Tok[][] = [[]];
  for (const t of toks) {
    if (t.t === 'op' && t.v === op) out.push([]);
    else out[out.length - 1]?.push(t);
  }
  return out;
}

function regex(src: string): RegExp {
  try {
    return new RegExp(translateRegex(src, true));
  } catch (e) {
    if (e instanceof RegexError || e instanceof SyntaxError) throw new AwkError(`regex /${src}/`);
    throw e;
  }
}

function testTerm(term: Tok[], rec: Rec): boolean {
  const toks = term.filter((t) => !(t.t === 'op' && (t.v === '(' || t.v === ')')));
  if (toks[0]?.v === '!' && toks[0].t === 'op') return !testTerm(toks.slice(1), rec);
  if (toks.length === 1 && toks[0]?.t === 're') return regex(toks[0].v).test(rec.line);
  const at = toks.findIndex((t) => t.t === 'op' && ['==', '!=', '<', '>', '<=', '>=', '~', '!~'].includes(t.v));
  if (at < 0) {
    const v = values(toks, rec).join('');
    return v !== '' && v !== '0';
  }
  const op = (toks[at] as Tok).v;
  const left = values(toks.slice(0, at), rec).join('');
  const rightToks = toks.slice(at + 1);
  if (op === '~' || op === '!~') {
    const r = rightToks[0]?.t === 're' ? rightToks[0].v : values(rightToks, rec).join('');
    return regex(r).test(left) === (op === '~');
  }
  const right = values(rightToks, rec).join('');
  const numeric = /^\s*-?[0-9.]+\s*$/.test(left) && /^\s*-?[0-9.]+\s*$/.test(right);
  const a: number | string = numeric ? Number(left) : left;
  const b: number | string = numeric ? Number(right) : right;
  switch (op) {
    case '==': return a === b;
    case '!=': return a !== b;
    case '<': return a < b;
    case '>': return a > b;
    case '<=': return a <= b;
    default: return a >= b;
  }
}
