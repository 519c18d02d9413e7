// Executors for compound commands: { }, ( ), if, while/until, for, for ((;;)), case, [[ ]], (( )).
import type {
  ArithCommand, ArithForCommand, BraceGroup, CaseCommand, CommandList, CondCommand, ForCommand, IfCommand, LoopCommand, Subshell,
} from '../syntax/ast.js';
import { type Gen, LoopSignal } from './control.js';
import { evalArithOrFail, expandPattern, expandString, expandWords } from '../expand/expand.js';
import { evalCond } from './interpret-cond.js';
import { runSubshell } from './interpret-subst.js';
import { readonlyVariable } from './messages.js';
import { matchPattern } from '../expand/pattern.js';
import { type Frame, report, step, withoutErrexit } from './runtime.js';
import { setVar } from './state.js';

/** `{ list; }`: runs in the current shell. */
export function* execBrace(cmd: BraceGroup, f: Frame): Gen<number> {
  return yield* f.rt.exec.execList(cmd.body, f);
}

/** `( list )`: runs on a copy of the state. */
export function* execSubshellCommand(cmd: Subshell, f: Frame): Gen<number> {
  return yield* runSubshell(cmd.body, f);
}

/** `if`/`elif`/`else`: conditions run without `set -e`. */
export function* execIf(cmd: IfCommand, f: Frame): Gen<number> {
  for (const clause of cmd.clauses) {
    if ((yield* f.rt.exec.execList(clause.cond, withoutErrexit(f))) === 0) return yield* f.rt.exec.execList(clause.body, f);
  }
  return cmd.elseBody ? yield* f.rt.exec.execList(cmd.elseBody, f) : 0;
}

/** What a `break`/`continue` means for this loop; rethrows it when it is for an outer loop. */
function loopControl(e: unknown): 'break' | 'continue' {
  if (!(e instanceof LoopSignal)) throw e;
  if (e.levels > 1) throw new LoopSignal(e.kind, e.levels - 1);
  return e.kind;
}

/** Runs a loop body; returns its status, or the control word that stopped it. */
function* body(list: CommandList, f: Frame): Gen<{ status: number; control?: 'break' | 'continue' }> {
  try {
    return { status: yield* f.rt.exec.execList(list, f) };
  } catch (e) {
    return { status: f.state.lastStatus, control: loopControl(e) };
  }
}

/** `while` and `until`: the status is the last body's, or 0. */
export function* execLoop(cmd: LoopCommand, f: Frame): Gen<number> {
  let status = 0;
  f.state.loopDepth++;
  try {
    for (;;) {
      const c = yield* f.rt.exec.execList(cmd.cond, withoutErrexit(f));
      if ((c === 0) !== (cmd.type === 'while')) break;
      const r = yield* body(cmd.body, f);
      status = r.status;
      if (r.control === 'break') break;
    }
  } finally {
    f.state.loopDepth--;
  }
  return status;
}

/** `for name [in words]`: words are expanded once, before the first pass. */
export function* execFor(cmd: ForCommand, f: Frame): Gen<number> {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(cmd.name)) {
    report(f, `\`${cmd.name}': not a valid identifier`);
    return 1;
  }
  const items = cmd.words === null ? [...f.state.positional] : yield* expandWords(cmd.words, f);
  let status = 0;
  f.state.loopDepth++;
  try {
    for (const item of items) {
      step(f.rt);
      if (!setVar(f.state, cmd.name, item)) {
        report(f, readonlyVariable(f.rt.dialect, cmd.name));
        return 1;
      }
      const r = yield* body(cmd.body, f);
      status = r.status;
      if (r.control === 'break') break;
    }
  } finally {
    f.state.loopDepth--;
  }
  return status;
}

/** `for ((init; cond; step))` (bash); an empty condition is true. */
export function* execArithFor(cmd: ArithForCommand, f: Frame): Gen<number> {
  const arith = function* (w: typeof cmd.init): Gen<bigint | undefined> {
    const text = yield* expandString(w, f);
    return text.trim() === '' ? undefined : evalArithOrFail(text, f);
  };
  let status = 0;
  f.state.loopDepth++;
  try {
    yield* arith(cmd.init);
    for (;;) {
      step(f.rt);
      const c = yield* arith(cmd.cond);
      if (c === 0n) break;
      const r = yield* body(cmd.body, f);
      status = r.status;
      if (r.control === 'break') break;
      yield* arith(cmd.step);
    }
  } finally {
    f.state.loopDepth--;
  }
  return status;
}

/** `case`: the first matching item runs; `;&` falls through, `;;&` tests on. */
export function* execCase(cmd: CaseCommand, f: Frame): Gen<number> {
  const word = yield* expandString(cmd.word, f);
  let status = 0;
  let fallthrough = false;
  for (const item of cmd.items) {
    let matched = fallthrough;
    for (const p of matched ? [] : item.patterns) {
      if (matchPattern(yield* expandPattern(p, f), word)) {
        matched = true;
        break;
      }
    }
    if (!matched) continue;
    status = yield* f.rt.exec.execList(item.body, f);
    if (item.end === ';;') return status;
    fallthrough = item.end === ';&';
  }
  return status;
}

/** `[[ expr ]]`: 0 when true, 1 when false. */
export function* execCond(cmd: CondCommand, f: Frame): Gen<number> {
  step(f.rt);
  f.rt.line = cmd.line;
  return (yield* evalCond(cmd.expr, f)) ? 0 : 1;
}

/** `(( expr ))`: 0 when the value is not zero. */
export function* execArithCommand(cmd: ArithCommand, f: Frame): Gen<number> {
  step(f.rt);
  f.rt.line = cmd.line;
  const text = yield* expandString(cmd.expr, f);
  return evalArithOrFail(text, f) !== 0n ? 0 : 1;
}
