// Parameter expansion: special parameters, positional parameters, variables, and the `${...}`
// operators (defaults, patterns, replacement, substrings, length, case).
import type { ParamPart, Word } from '../syntax/ast.js';
import type { Gen } from '../interp/control.js';
import type { Seg } from './expand-fields.js';
import { badSubstitution, parameterError, readonlyVariable, unboundVariable } from '../interp/messages.js';
import { matchPattern, replacePattern, trimPattern } from './pattern.js';
import { fatal, type Frame, nextRandom } from '../interp/runtime.js';
import { flagLetters, getVar, setVar } from '../interp/state.js';

/** The value of a parameter, or undefined when it is unset. */
export function lookupParam(name: string, f: Frame): string | undefined {
  const s = f.state;
  switch (name) {
    case '?':
      return String(s.lastStatus);
    case '$':
      return String(f.rt.pid);
    case '!':
      return s.lastBgPid === undefined ? undefined : String(s.lastBgPid);
    case '#':
      return String(s.positional.length);
    case '-':
      return flagLetters(s, f.rt.interactive ? 'hi' : 'h');
    case '0':
      return s.argv0;
    case '@':
    case '*':
      return s.positional.join(' ');
  }
  if (/^[0-9]+$/.test(name)) return s.positional[Number(name) - 1];
  const v = getVar(s, name);
  if (v !== undefined || s.vars.has(name)) return v;
  return dynamicVar(name, f);
}

/** Variables the shell computes when they are read (unless the user has set them). */
function dynamicVar(name: string, f: Frame): string | undefined {
  const rt = f.rt;
  switch (name) {
    case 'RANDOM':
      return String(nextRandom(rt));
    case 'SECONDS':
      return String(Math.floor((rt.now - (rt.startTime ?? rt.now)) / 1000));
    case 'LINENO':
      return String(rt.line);
    case 'PIPESTATUS':
      return f.rt.dialect === 'bash' ? String(f.state.pipeStatus[0] ?? '') : undefined;
    default:
      return undefined;
  }
}

/** Expands one `$x` / `${...}` into segments. */
/**
 * The expansions a parameter's operand goes through (`${x:-word}`, `${x/pat/rep}`, `${x:off:len}`),
 * passed in by expand.ts, which imports this file.
 */
export interface WordExpander {
  segmentsOf(word: Word, f: Frame, inDq: boolean): Gen<Seg[]>;
  expandString(word: Word, f: Frame): Gen<string>;
  expandPattern(word: Word, f: Frame): Gen<string>;
  evalArithOrFail(text: string, f: Frame): bigint;
}

export function* expandParam(part: ParamPart, f: Frame, inDq: boolean, w: WordExpander): Gen<Seg[]> {
  const d = f.rt.dialect;
  if (part.bad !== undefined) fatal(f, badSubstitution(d, part.bad));
  const name = part.name;
  if ((name === '@' || name === '*') && (part.op === undefined || part.op === ':')) return yield* positionalSegs(part, f, inDq, w);
  if (part.index !== undefined && (part.index === '@' || part.index === '*') && (part.op === undefined || part.op === 'length')) {
    const values = arrayValues(name, f);
    if (part.op === 'length') return [{ kind: inDq ? 'quoted' : 'split', text: String(values.length) }];
    return listSegs(values, part.index, f, inDq);
  }
  const value = part.index === undefined ? lookupParam(name, f) : yield* elementOf(part, f, w);
  const seg = (text: string): Seg[] => [{ kind: inDq ? 'quoted' : 'split', text }];
  const unset = value === undefined || (part.colon === true && value === '');
  switch (part.op) {
    case undefined:
      checkSet(name, value, f);
      return seg(value ?? '');
    case 'length':
      if (name === '@' || name === '*') return seg(String(f.state.positional.length));
      checkSet(name, value, f);
      return seg(String([...(value ?? '')].length));
    case '-':
      return unset ? yield* w.segmentsOf(part.arg ?? [], f, inDq) : seg(value ?? '');
    case '+':
      return unset ? [] : yield* w.segmentsOf(part.arg ?? [], f, inDq);
    case '=': {
      if (!unset) return seg(value ?? '');
      const v = yield* w.expandString(part.arg ?? [], f);
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) fatal(f, `$${name}: cannot assign in this way`);
      if (!setVar(f.state, name, v)) fatal(f, readonlyVariable(d, name));
      return seg(v);
    }
    case '?': {
      if (!unset) return seg(value ?? '');
      const msg = yield* w.expandString(part.arg ?? [], f);
      return fatal(f, parameterError(d, name, part.colon === true, msg), 'unset');
    }
    case '#':
    case '##':
    case '%':
    case '%%': {
      checkSet(name, value, f);
      const pat = yield* w.expandPattern(part.arg ?? [], f);
      return seg(trimPattern(value ?? '', pat, part.op));
    }
    case '/':
    case '//':
    case '/#':
    case '/%': {
      checkSet(name, value, f);
      const pat = yield* w.expandPattern(part.arg ?? [], f);
      const rep = yield* w.expandString(part.arg2 ?? [], f);
      return seg(replacePattern(value ?? '', pat, rep, part.op));
    }
    case ':': {
      checkSet(name, value, f);
      const chars = [...(value ?? '')];
      const [start, end] = yield* sliceBounds(part, chars.length, f, w);
      return seg(chars.slice(start, end).join(''));
    }
    default:
      checkSet(name, value, f);
      return seg(yield* changeCase(value ?? '', part, f, w));
  }
}

function checkSet(name: string, value: string | undefined, f: Frame): void {
  if (value === undefined && f.state.flags.nounset) fatal(f, unboundVariable(f.rt.dialect, name), 'unset');
}

/** The elements of `name` as an array: PIPESTATUS, an array variable, or a variable as an array of one (bash). */
function arrayValues(name: string, f: Frame): string[] {
  if (name === 'PIPESTATUS' && !f.state.vars.has(name)) return f.state.pipeStatus.map(String);
  const array = f.state.vars.get(name)?.array;
  if (array) return array;
  const v = lookupParam(name, f);
  return v === undefined ? [] : [v];
}

/** `${name[N]}`: the element at an arithmetic index (negative counts from the end). */
function* elementOf(part: ParamPart, f: Frame, w: WordExpander): Gen<string | undefined> {
  const values = arrayValues(part.name, f);
  // The subscript is expanded before it is evaluated (`${a[$i]}`, `${a[${i}]}`), as `$(( ))`'s text is.
  const index = (part.index ?? '0').replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (_m, braced?: string, bare?: string) => lookupParam(braced ?? bare ?? '', f) ?? '');
  const at = Number(w.evalArithOrFail(index, f));
  return values[at < 0 ? values.length + at : at];
}

/** The segments of a list: each element a field (`"${a[@]}"`), or one joined by IFS (`"${a[*]}"`). */
function listSegs(values: string[], kind: string, f: Frame, inDq: boolean): Seg[] {
  if (kind === '*' && inDq) {
    const ifs = getVar(f.state, 'IFS');
    return [{ kind: 'quoted', text: values.join(ifs === undefined ? ' ' : ifs.slice(0, 1)) }];
  }
  const segs: Seg[] = [];
  values.forEach((p, i) => {
    if (i > 0) segs.push({ kind: 'break' });
    segs.push({ kind: inDq ? 'quoted' : 'split', text: p });
  });
  return segs;
}

/** `$@`, `$*`, `"$@"`, `"$*"` and `${@:offset:length}`. */
function* positionalSegs(part: ParamPart, f: Frame, inDq: boolean, w: WordExpander): Gen<Seg[]> {
  let params = f.state.positional;
  if (part.op === ':') {
    const all = [f.state.argv0, ...params];
    const [start, end] = yield* sliceBounds(part, all.length, f, w);
    params = all.slice(start, end);
  }
  return listSegs(params, part.name, f, inDq);
}

/** `${x:offset:length}` bounds; negative values count from the end. */
function* sliceBounds(part: ParamPart, n: number, f: Frame, w: WordExpander): Gen<[number, number | undefined]> {
  const offText = yield* w.expandString(part.arg ?? [], f);
  let start = Number(w.evalArithOrFail(offText, f));
  if (start < 0) start = Math.max(0, n + start);
  if (part.arg2 === undefined) return [start, undefined];
  const lenText = yield* w.expandString(part.arg2, f);
  const len = Number(w.evalArithOrFail(lenText, f));
  if (len < 0) {
    const end = n + len;
    if (end < start) fatal(f, `${lenText}: substring expression < 0`);
    return [start, end];
  }
  return [start, start + len];
}

/** `${x^}` `${x^^}` `${x,}` `${x,,}`, optionally limited to characters matching a pattern. */
function* changeCase(value: string, part: ParamPart, f: Frame, w: WordExpander): Gen<string> {
  const pat = part.arg && part.arg.length > 0 ? yield* w.expandPattern(part.arg, f) : '?';
  const upper = part.op === '^' || part.op === '^^';
  const all = part.op === '^^' || part.op === ',,';
  const chars = [...value];
  for (let i = 0; i < chars.length && (all || i === 0); i++) {
    const c = chars[i] as string;
    if (matchPattern(pat, c)) chars[i] = upper ? c.toUpperCase() : c.toLowerCase();
  }
  return chars.join('');
}
