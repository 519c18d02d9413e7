// The shape of a builtin: it sees the frame (state, descriptors) as well as its arguments,
// because builtins change the shell itself (cd, export, set, trap, ...).
import type { Gen } from '../control.js';
import type { Frame } from '../runtime.js';
import type { Dialect, Writer } from '../../types.js';

export interface BuiltinCall {
  argv: string[];
  /** The frame with the command's redirections applied. */
  f: Frame;
  stdout: Writer;
  stderr: Writer;
}

export interface BuiltinDef {
  run: (call: BuiltinCall) => number | Gen<number>;
  /** Only in these dialects (default: both). */
  dialects?: readonly Dialect[];
}

/** True when `name` can be a variable name. */
export function isName(name: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name);
}
