// `cd` and `pwd`: the shell's working directory, kept logical (`..` removes a path component).
import { reportBuiltin } from '../runtime.js';
import { getVar, setVar } from '../state.js';
import { isFsError, resolvePath } from '../../../core/vfs/vfs.js';
import type { BuiltinCall } from './types.js';

/** `cd [DIR|-]`: sets PWD and OLDPWD. */
export function cd({ argv, f, stdout }: BuiltinCall): number {
  const args = argv.slice(1).filter((a, i) => !(i === 0 && (a === '-L' || a === '-P' || a === '--')));
  const failStatus = f.rt.dialect === 'bash' ? 1 : 2;
  if (args.length > 1 && f.rt.dialect === 'bash') {
    reportBuiltin(f, 'cd', 'too many arguments');
    return 1;
  }
  let dest = args[0];
  let print = false;
  if (dest === undefined || dest === '') {
    dest = getVar(f.state, 'HOME');
    if (dest === undefined) {
      reportBuiltin(f, 'cd', 'HOME not set');
      return failStatus;
    }
  } else if (dest === '-') {
    dest = getVar(f.state, 'OLDPWD');
    if (dest === undefined) {
      reportBuiltin(f, 'cd', 'OLDPWD not set');
      return failStatus;
    }
    print = true;
  }
  const target = resolvePath(f.state.cwd, dest);
  try {
    const st = f.rt.fs.stat(target);
    if (st.type !== 'dir') {
      cdError(f, dest, 'Not a directory');
      return failStatus;
    }
  } catch (e) {
    if (!isFsError(e)) throw e;
    cdError(f, dest, e.text);
    return failStatus;
  }
  const old = f.state.cwd;
  f.state.cwd = target;
  setVar(f.state, 'OLDPWD', old);
  setVar(f.state, 'PWD', target);
  if (print) stdout.write(`${target}\n`);
  return 0;
}

/** bash names the error; busybox says only `can't cd to DIR`. */
function cdError(f: BuiltinCall['f'], dest: string, text: string): void {
  if (f.rt.dialect === 'bash') reportBuiltin(f, 'cd', `${dest}: ${text}`);
  else reportBuiltin(f, 'cd', `can't cd to ${dest}`);
}

/** `pwd`: the logical working directory. */
export function pwd({ f, stdout }: BuiltinCall): number {
  stdout.write(`${f.state.cwd}\n`);
  return 0;
}
