// The interpreter's entry points in one object (runtime.ts, Executor), which shell.ts gives each
// shell's runtime: the parts of the interpreter call each other through it, not through imports.
import { builtins } from './builtins/index.js';
import { execCommand, execList } from './interpret.js';
import { commandSubstitution } from './interpret-subst.js';
import type { Executor } from './runtime.js';

export const EXECUTOR: Executor = { execList, execCommand, commandSubstitution, builtins };
