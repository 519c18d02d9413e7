// `test` and `[` as builtins: errors carry the shell's prefix (`bash: line 1: [: ...`, `sh: ...`).
import { reportBuiltin } from '../runtime.js';
import { TestError } from '../test-ops.js';
import { basenamePath } from '../../../core/vfs/vfs.js';
import type { BuiltinCall } from './types.js';

/** `test` and `[`. */
export function testBuiltin({ argv, f, stderr }: BuiltinCall): number {
  const name = argv[0] as string;
  try {
    return f.rt.builtinApplets.evalTest(name, argv.slice(1), { fs: f.rt.fs, cwd: f.state.cwd, dialect: f.rt.dialect }) ? 0 : 1;
  } catch (e) {
    if (!(e instanceof TestError)) throw e;
    // busybox's test keeps the shell's applet name and adds no line number.
    if (f.rt.dialect === 'ash') stderr.write(`${basenamePath(f.rt.shellName)}: ${e.message}\n`);
    else reportBuiltin(f, name, e.message);
    return 2;
  }
}
