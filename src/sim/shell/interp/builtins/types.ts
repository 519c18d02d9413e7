// The shape of a builtin: it sees the frame (state, descriptors) as well as its arguments,
// because builtins change the shell itself (cd, export, set, trap, ...).

export type { BuiltinCall, BuiltinDef } from '../runtime.js';

/** True when `name` can be a variable name. */
export function isName(name: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name);
}
