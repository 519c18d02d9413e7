// The state a shell carries from command to command: variables (with export/readonly flags),
// functions, positional parameters, options, traps and `$?`. A subshell works on a copy.
import type { FunctionDef } from '../syntax/ast.js';

export interface Var {
  /** Undefined for a variable that is declared (`export X`, `local x`) but has no value. */
  value: string | undefined;
  /** An indexed array (bash `name=(...)`): its elements; `value` is element 0. Arrays are never exported. */
  array?: string[];
  exported: boolean;
  readonly: boolean;
}

export interface ShellFlags {
  errexit: boolean;
  nounset: boolean;
  pipefail: boolean;
  xtrace: boolean;
  noglob: boolean;
  noclobber: boolean;
  allexport: boolean;
  verbose: boolean;
}

/** Short option letters, for `set -e` and `$-`. */
export const FLAG_LETTERS: Record<string, keyof ShellFlags> = {
  e: 'errexit', u: 'nounset', x: 'xtrace', f: 'noglob', C: 'noclobber', a: 'allexport', v: 'verbose',
};

export interface ShellState {
  vars: Map<string, Var>;
  functions: Map<string, FunctionDef>;
  positional: string[];
  /** `$0`. */
  argv0: string;
  cwd: string;
  flags: ShellFlags;
  /** Signal name (`EXIT`, `TERM`, ...) to handler; `''` ignores the signal. */
  traps: Map<string, string>;
  lastStatus: number;
  /** bash's PIPESTATUS: the status of each command of the last foreground pipeline. */
  pipeStatus: number[];
  lastBgPid: number | undefined;
  /** Saved outer values, one map per function call (bash `local` is dynamically scoped). */
  localFrames: Map<string, Var | undefined>[];
  loopDepth: number;
  /** A subshell (`( )`, `$( )`, a pipeline stage, a background job): traps do not run here. */
  subshell: boolean;
}

/** A fresh state with `env` exported. */
export function createState(env: Record<string, string>, cwd: string, argv0: string): ShellState {
  const vars = new Map<string, Var>();
  for (const [name, value] of Object.entries(env)) vars.set(name, { value, exported: true, readonly: false });
  return {
    vars,
    functions: new Map(),
    positional: [],
    argv0,
    cwd,
    flags: {
      errexit: false, nounset: false, pipefail: false, xtrace: false,
      noglob: false, noclobber: false, allexport: false, verbose: false,
    },
    traps: new Map(),
    lastStatus: 0,
    pipeStatus: [0],
    lastBgPid: undefined,
    localFrames: [],
    loopDepth: 0,
    subshell: false,
  };
}

/** A copy for a subshell: changes to it do not leak back. Traps other than ignores are reset. */
export function cloneState(s: ShellState): ShellState {
  const vars = new Map<string, Var>();
  for (const [name, v] of s.vars) vars.set(name, v.array ? { ...v, array: [...v.array] } : { ...v });
  const traps = new Map<string, string>();
  for (const [sig, handler] of s.traps) if (handler === '') traps.set(sig, '');
  return {
    ...s,
    vars,
    functions: new Map(s.functions),
    positional: [...s.positional],
    flags: { ...s.flags },
    traps,
    localFrames: s.localFrames.map((m) => new Map(m)),
    subshell: true,
  };
}

/** The value of a variable (undefined when unset or declared without a value). */
export function getVar(s: ShellState, name: string): string | undefined {
  return s.vars.get(name)?.value;
}

/** Sets a variable; returns false when it is readonly (the caller reports it). */
export function setVar(s: ShellState, name: string, value: string, options: { export?: boolean } = {}): boolean {
  const v = s.vars.get(name);
  if (v?.readonly) return false;
  if (v) {
    v.value = value;
    // bash: `name=x` on an array sets its element 0.
    if (v.array) v.array[0] = value;
    if (options.export || s.flags.allexport) v.exported = true;
  } else {
    s.vars.set(name, { value, exported: options.export === true || s.flags.allexport, readonly: false });
  }
  return true;
}

/** `name=(...)`: the variable becomes an indexed array of `values` (element 0 is its value). */
export function setArray(s: ShellState, name: string, values: string[]): boolean {
  const v = s.vars.get(name);
  if (v?.readonly) return false;
  if (v) {
    v.array = [...values];
    v.value = values[0];
  } else s.vars.set(name, { value: values[0], array: [...values], exported: false, readonly: false });
  return true;
}

/** Unsets a variable; returns false when it is readonly. */
export function unsetVar(s: ShellState, name: string): boolean {
  const v = s.vars.get(name);
  if (v?.readonly) return false;
  if (s.localFrames.length > 0 && isLocal(s, name)) {
    // bash: unsetting a local leaves it declared-but-unset in the function's scope.
    if (v) v.value = undefined;
    return true;
  }
  s.vars.delete(name);
  return true;
}

function isLocal(s: ShellState, name: string): boolean {
  return s.localFrames[s.localFrames.length - 1]?.has(name) ?? false;
}

/** Makes `name` local to the current function call, saving the outer value for `return`. */
export function makeLocal(s: ShellState, name: string): void {
  const frame = s.localFrames[s.localFrames.length - 1];
  if (!frame || frame.has(name)) return;
  const outer = s.vars.get(name);
  frame.set(name, outer ? { ...outer } : undefined);
  s.vars.set(name, { value: undefined, exported: false, readonly: false });
}

/** Restores the variables a function call made local. */
export function popLocals(s: ShellState): void {
  const frame = s.localFrames.pop();
  if (!frame) return;
  for (const [name, saved] of frame) {
    if (saved) s.vars.set(name, saved);
    else s.vars.delete(name);
  }
}

/** The exported variables that have values, in the order they were first set. */
export function exportedEnv(s: ShellState): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, v] of s.vars) if (v.exported && v.value !== undefined && !v.array) env[name] = v.value;
  return env;
}

/** `$-`: the letters of the options that are on. */
export function flagLetters(s: ShellState, extra: string): string {
  let out = '';
  for (const [letter, flag] of Object.entries(FLAG_LETTERS)) if (s.flags[flag]) out += letter;
  return out + extra;
}
