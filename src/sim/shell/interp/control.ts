// Non-local control flow inside the interpreter: `exit`, `return`, `break`/`continue`, and the
// execution limit. They unwind the generator stack and are caught where the shell would stop
// unwinding (subshell, function, loop, process). They never escape the shell.
import type { Effect } from '../types.js';

/** Every executor is a generator that yields effects when it blocks and returns a value. */
export type Gen<T> = Generator<Effect, T, void>;

/** `exit N`, `set -e`, or a fatal shell error: ends the (sub)shell with `status`. */
export class ExitSignal {
  constructor(
    readonly status: number,
    /** A fatal error (unbound variable, bad substitution): an interactive shell only abandons the command. */
    readonly fatal = false,
  ) {}
}

/** `return N` from a function or a sourced file. */
export class ReturnSignal {
  constructor(readonly status: number) {}
}

/** `break N` / `continue N`: `levels` loops still to leave. */
export class LoopSignal {
  constructor(
    readonly kind: 'break' | 'continue',
    readonly levels: number,
  ) {}
}

/** The process ran too long without the clock moving, or wrote too much: it ends with 126. */
export class LimitSignal {
  constructor(readonly message: string) {}
}

/** 128 + the signal number, as the shell reports a process killed by it. */
export const SIGNAL_NUMBERS: Record<string, number> = {
  HUP: 1, INT: 2, QUIT: 3, KILL: 9, USR1: 10, USR2: 12, PIPE: 13, ALRM: 14, TERM: 15, CHLD: 17,
};
