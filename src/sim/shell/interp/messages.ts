// The words each dialect uses for the same shell error. Behaviour as data: one entry per message,
// bash wording first, busybox ash second.
import type { SyntaxErrorInfo } from '../syntax/ast.js';
import type { Dialect } from '../types.js';
import type { FsError } from '../../core/vfs/vfs.js';

type Both = Record<Dialect, string>;

/** A command that is neither a function, a builtin nor on PATH. */
export function notFound(d: Dialect, name: string): string {
  if (name.includes('/')) return d === 'bash' ? `${name}: No such file or directory` : `${name}: not found`;
  return d === 'bash' ? `${name}: command not found` : `${name}: not found`;
}

/** A directory run as a command. */
export function isADirectory(d: Dialect, name: string): string {
  return d === 'bash' ? `${name}: Is a directory` : `${name}: Permission denied`;
}

/** An unset variable under `set -u`. */
export function unboundVariable(d: Dialect, name: string): string {
  return d === 'bash' ? `${name}: unbound variable` : `${name}: parameter not set`;
}

/** `${x?msg}` / `${x:?msg}`. */
export function parameterError(d: Dialect, name: string, colon: boolean, message: string): string {
  if (message !== '') return `${name}: ${message}`;
  const text: Both = colon
    ? { bash: 'parameter null or not set', ash: 'parameter not set or null' }
    : { bash: 'parameter not set', ash: 'parameter not set' };
  return `${name}: ${text[d]}`;
}

/** A `${...}` that is not a valid expansion. */
export function badSubstitution(d: Dialect, raw: string): string {
  return d === 'bash' ? `${raw}: bad substitution` : 'syntax error: bad substitution';
}

/** An assignment to a readonly variable. */
export function readonlyVariable(d: Dialect, name: string): string {
  return d === 'bash' ? `${name}: readonly variable` : `${name}: is read only`;
}

/** A redirection that could not open its file (`> dir/x`, `< missing`). */
export function redirectFailed(d: Dialect, path: string, e: FsError, forWriting: boolean): string {
  if (d === 'bash') return `${path}: ${e.text}`;
  const missing = e.code === 'ENOENT' || e.code === 'ENOTDIR';
  if (forWriting) return `can't create ${path}: ${missing ? 'nonexistent directory' : e.text}`;
  return `can't open ${path}: ${missing ? 'no such file' : e.text}`;
}

/** A redirection to a descriptor that is not open. */
export function badFd(_d: Dialect, fd: string): string {
  return `${fd}: Bad file descriptor`;
}

/** A redirection target that expands to several words (or none). */
export function ambiguousRedirect(_d: Dialect, word: string): string {
  return `${word}: ambiguous redirect`;
}

/** The syntax error lines, without the shell prefix (non-interactive bash adds its own). */
export function syntaxError(d: Dialect, e: SyntaxErrorInfo): string {
  if (d === 'ash') return `syntax error: ${ashSyntax(e)}`;
  switch (e.kind) {
    case 'eof':
      return 'syntax error: unexpected end of file';
    case 'unterminated':
      return `unexpected EOF while looking for matching \`${e.text}'`;
    case 'bad-for-var':
      return `\`${e.text}': not a valid identifier`;
    case 'cond':
      return e.text;
    default:
      return `syntax error near unexpected token \`${e.text}'`;
  }
}

function ashSyntax(e: SyntaxErrorInfo): string {
  const expecting = e.expecting === undefined ? '' : ` (expecting ${e.expecting === 'word' ? 'word' : `"${e.expecting}"`})`;
  switch (e.kind) {
    case 'eof':
      return `unexpected end of file${expecting}`;
    case 'unterminated':
      return e.text === "'" || e.text === '"' ? 'unterminated quoted string' : `unexpected end of file (expecting "${e.text}")`;
    case 'bad-for-var':
      return 'bad for loop variable';
    case 'bad-fd':
      return 'bad fd number';
    case 'bad-function-name':
      return 'bad function name';
    case 'cond':
      return e.text;
    default: {
      const cls = e.tokenClass;
      const what = cls === 'newline' ? 'newline' : cls === 'word' ? 'word' : cls === 'redirection' ? 'redirection' : `"${e.text}"`;
      return `unexpected ${what}${expecting}`;
    }
  }
}
