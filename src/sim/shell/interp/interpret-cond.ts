// `[[ ... ]]`: no word splitting or globbing; `==` matches a pattern, `=~` a regex (ERE).
import type { CondExpr, Word } from '../syntax/ast.js';
import type { Gen } from './control.js';
import { evalArithOrFail, expandPattern, expandString, segmentsOf } from '../expand/expand.js';
import { matchPattern } from '../expand/pattern.js';
import { escapeEre, RegexError, translateRegex } from '../expand/regex.js';
import type { Frame } from './runtime.js';
import { getVar, setVar } from './state.js';
import { fileTest, FILE_OPS, INT_OPS, intTest, stringTest, unaryTest } from './test-ops.js';

/** Evaluates a `[[ ]]` expression. */
export function* evalCond(e: CondExpr, f: Frame): Gen<boolean> {
  switch (e.type) {
    case 'and':
      return (yield* evalCond(e.left, f)) && (yield* evalCond(e.right, f));
    case 'or':
      return (yield* evalCond(e.left, f)) || (yield* evalCond(e.right, f));
    case 'not':
      return !(yield* evalCond(e.expr, f));
    case 'word':
      return (yield* expandString(e.word, f)) !== '';
    case 'unary': {
      const arg = yield* expandString(e.arg, f);
      if (e.op === '-v') return getVar(f.state, arg) !== undefined;
      if (e.op === '-o') return false;
      return unaryTest(e.op, arg, { fs: f.rt.fs, cwd: f.state.cwd });
    }
    case 'binary':
      return yield* binary(e.op, e.left, e.right, f);
  }
}

function* binary(op: string, leftWord: Word, rightWord: Word, f: Frame): Gen<boolean> {
  const left = yield* expandString(leftWord, f);
  if (op === '==' || op === '=' || op === '!=') {
    const matched = matchPattern(yield* expandPattern(rightWord, f), left);
    return op === '!=' ? !matched : matched;
  }
  if (op === '=~') return yield* regexMatch(left, rightWord, f);
  const right = yield* expandString(rightWord, f);
  if (INT_OPS.has(op)) return intTest(op, evalArithOrFail(left, f), evalArithOrFail(right, f));
  if (FILE_OPS.has(op)) return fileTest(op, left, right, { fs: f.rt.fs, cwd: f.state.cwd });
  return stringTest(op, left, right);
}

/** `=~`: quoted parts of the regex match literally; the match goes to BASH_REMATCH. */
function* regexMatch(text: string, rightWord: Word, f: Frame): Gen<boolean> {
  const segs = yield* segmentsOf(rightWord, f, false);
  let source = '';
  for (const s of segs) if (s.kind !== 'break') source += s.kind === 'quoted' ? escapeEre(s.text) : s.text;
  let re: RegExp;
  try {
    re = new RegExp(translateRegex(source, true));
  } catch (e) {
    if (e instanceof RegexError || e instanceof SyntaxError) return false;
    throw e;
  }
  const m = re.exec(text);
  if (m) setVar(f.state, 'BASH_REMATCH', m[0]);
  return m !== null;
}
