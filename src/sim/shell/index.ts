// The shell's public face for the rest of the simulator and the sim backend.
export { parseScript } from './syntax/parse.js';
export { createShell, type SessionShell } from './shell.js';
export type {
  CommandContext, CommandImpl, CommandResult, Dialect, Effect, ExitCause, ProcessStatus, Shell, ShellOptions,
  ShellProcess, SignalName, Writer,
} from './types.js';
export {
  basenamePath, dirnamePath, type FileStat, FsError, type FsErrorCode, isFsError, MemoryFs, normalizePath, resolvePath,
  type VirtualFs,
} from '../core/vfs/vfs.js';
