// Word expansion: braces (bash), tilde, parameters, command substitution, arithmetic, field
// splitting and globbing, in the order the shell does them.
import { ArithError, evalArith } from './arith.js';
import type { Word, WordPart } from '../syntax/ast.js';
import { expandBraces } from './brace.js';
import type { Gen } from '../interp/control.js';
import { type Seg, splitFields } from './expand-fields.js';
import { expandParam, type WordExpander } from './expand-param.js';
import { globPaths } from './glob.js';
import { escapePattern } from './pattern.js';
import { fatal, type Frame } from '../interp/runtime.js';
import { getVar, setVar } from '../interp/state.js';

/** Expands words into the fields of a command line. */
export function* expandWords(words: Word[], f: Frame): Gen<string[]> {
  const out: string[] = [];
  for (const original of words) {
    // Most words are plain text: no expansion, no pattern, no braces.
    const only = original.length === 1 ? original[0] : undefined;
    if (only?.type === 'lit' && !/[*?[{]/.test(only.text)) {
      out.push(only.text);
      continue;
    }
    if (only?.type === 'sq') {
      out.push(only.text);
      continue;
    }
    const variants = f.rt.dialect === 'bash' ? expandBraces(original) : [original];
    for (const word of variants) out.push(...(yield* expandWord(word, f)));
  }
  return out;
}

/** Expands one word into fields (split and globbed). */
export function* expandWord(word: Word, f: Frame): Gen<string[]> {
  const segs = yield* segmentsOf(word, f, false);
  const fields = splitFields(segs, getVar(f.state, 'IFS'));
  const out: string[] = [];
  for (const field of fields) {
    if (field.glob && !f.state.flags.noglob) {
      const matches = globPaths(f.rt.fs, f.state.cwd, field.pattern);
      if (matches.length > 0) {
        out.push(...matches);
        continue;
      }
    }
    out.push(field.text);
  }
  return out;
}

/** Expands a word to one string: no splitting, no globbing (assignments, here-docs, case). */
export function* expandString(word: Word, f: Frame): Gen<string> {
  const segs = yield* segmentsOf(word, f, false);
  let s = '';
  for (const seg of segs) s += seg.kind === 'break' ? ' ' : seg.text;
  return s;
}

/** Expands a word to a pattern: quoted characters are escaped, the rest stays active. */
export function* expandPattern(word: Word, f: Frame): Gen<string> {
  const segs = yield* segmentsOf(word, f, false);
  let s = '';
  for (const seg of segs) {
    if (seg.kind === 'break') s += ' ';
    else s += seg.kind === 'quoted' ? escapePattern(seg.text) : seg.text;
  }
  return s;
}

/** The expansion segments of a word. */
export function* segmentsOf(word: Word, f: Frame, inDq: boolean): Gen<Seg[]> {
  const segs: Seg[] = [];
  for (const part of word) segs.push(...(yield* segmentsOfPart(part, f, inDq)));
  return segs;
}

function* segmentsOfPart(part: WordPart, f: Frame, inDq: boolean): Gen<Seg[]> {
  switch (part.type) {
    case 'lit':
      return [{ kind: inDq ? 'quoted' : 'lit', text: part.text }];
    case 'sq':
      return [{ kind: 'quoted', text: part.text }];
    case 'dq': {
      const inner = yield* segmentsOf(part.parts, f, true);
      if (inner.length === 0 && !onlyAt(part.parts, f)) return [{ kind: 'quoted', text: '' }];
      return inner;
    }
    case 'param':
      return yield* expandParam(part, f, inDq, WORDS);
    case 'cmdsub': {
      const text = yield* f.rt.exec.commandSubstitution(part.body, f);
      return [{ kind: inDq ? 'quoted' : 'split', text }];
    }
    case 'arith': {
      const text = yield* arithmetic(part.expr, f);
      return [{ kind: inDq ? 'quoted' : 'split', text }];
    }
    case 'tilde':
      return [{ kind: 'quoted', text: tildeHome(part.user, f) }];
  }
}

/** `"$@"` with no positional parameters expands to no field at all. */
function onlyAt(parts: WordPart[], f: Frame): boolean {
  return parts.length > 0 && parts.every((p) => p.type === 'param' && p.name === '@' && p.op === undefined) && f.state.positional.length === 0;
}

function tildeHome(user: string, f: Frame): string {
  if (user === '') return getVar(f.state, 'HOME') ?? '/root';
  if (user === '+') return f.state.cwd;
  if (user === '-') return getVar(f.state, 'OLDPWD') ?? '~-';
  return user === 'root' ? '/root' : `/home/${user}`;
}

/** Evaluates `$(( ))` text after expanding it; an error is fatal to the command line. */
export function* arithmetic(expr: Word, f: Frame): Gen<string> {
  const text = yield* expandString(expr, f);
  return String(evalArithOrFail(text, f));
}

/** Evaluates arithmetic text with the shell's variables; reports an error as the shell does. */
export function evalArithOrFail(text: string, f: Frame): bigint {
  try {
    return evalArith(text, {
      get: (name) => getVar(f.state, name),
      set: (name, value) => {
        if (!setVar(f.state, name, value)) fatal(f, `${name}: readonly variable`);
      },
    });
  } catch (e) {
    if (e instanceof ArithError) fatal(f, f.rt.dialect === 'bash' ? e.message : `arithmetic syntax error`);
    throw e;
  }
}

/** What expand-param.ts expands a parameter's operands with. */
const WORDS: WordExpander = { segmentsOf, expandString, expandPattern, evalArithOrFail };
