// The builtin table. echo, printf, test and [ are the applets run in-process, as both shells do
// (the shell gets them from the command registry: ShellOptions.builtinApplets).
import { evalArithOrFail } from '../../expand/expand.js';
import { contextFor } from '../interpret-simple.js';
import { errorPrefix, reportBuiltin } from '../runtime.js';
import { exportedEnv } from '../state.js';
import { basenamePath, isFsError } from '../../../core/vfs/vfs.js';
import type { BuiltinApplets, CommandImpl } from '../../types.js';
import { cd, pwd } from './cd.js';
import { command, evalBuiltin, exec, source, type } from './eval.js';
import { breakBuiltin, continueBuiltin, exit, returnBuiltin } from './flow.js';
import { kill, wait } from './jobs.js';
import { read } from './read.js';
import { set, shift } from './set.js';
import { testBuiltin } from './test.js';
import { trap } from './trap.js';
import type { BuiltinCall, BuiltinDef } from './types.js';
import { declareBuiltin, exportBuiltin, localBuiltin, readonlyBuiltin, unsetBuiltin } from './vars.js';

/**
 * Runs an applet as a builtin (same process, same descriptors). Its messages get the shell's
 * prefix (`bash: line 1: printf: ...`; busybox builtins print the shell's name instead of theirs),
 * and writing to a closed stdout fails as it does in bash.
 */
function fromApplet(pick: (applets: BuiltinApplets, dash: boolean) => CommandImpl): BuiltinDef {
  return {
    *run({ argv, f }: BuiltinCall) {
      const name = argv[0] as string;
      const impl = pick(f.rt.builtinApplets, f.rt.dash);
      const ctx = contextFor(argv, exportedEnv(f.state), f.io, f);
      const err = ctx.stderr;
      ctx.stderr = {
        write: (text) => {
          if (f.rt.dialect === 'ash') err.write(text.replace(`${name}: `, `${basenamePath(f.rt.shellName)}: `));
          else err.write(text.startsWith(`${name}: `) ? errorPrefix(f) + text : text);
        },
      };
      let wrote = false;
      if (!f.io.fds.has(1)) ctx.stdout = { write: () => (wrote = true) };
      let status: number;
      try {
        const r = impl(ctx);
        status = typeof r === 'number' ? r : yield* r;
      } catch (e) {
        if (!isFsError(e) || (e.code !== 'ENOSPC' && e.code !== 'EFBIG')) throw e;
        // A full file: bash's sh_wrerror, busybox echo's bb_simple_perror_msg("write error");
        // busybox printf writes through stdio, which ash's evalbltin only turns into status 1.
        if (!(f.rt.dialect === 'ash' && name === 'printf')) ctx.stderr.write(`${name}: write error: ${e.text}\n`);
        return 1;
      }
      if (!wrote) return status;
      reportBuiltin(f, name, 'write error: Bad file descriptor');
      return 1;
    },
  };
}


function let_({ argv, f }: BuiltinCall): number {
  let last = 0n;
  for (const expr of argv.slice(1)) last = evalArithOrFail(expr, f);
  return last === 0n ? 1 : 0;
}

export const builtins: Record<string, BuiltinDef> = {
  ':': { run: () => 0 },
  true: { run: () => 0 },
  false: { run: () => 1 },
  echo: fromApplet((a, dash) => (dash ? a.dashEcho : a.echo)),
  printf: fromApplet((a) => a.printf),
  test: { run: testBuiltin },
  '[': { run: testBuiltin },
  cd: { run: cd },
  pwd: { run: pwd },
  export: { run: exportBuiltin },
  readonly: { run: readonlyBuiltin },
  unset: { run: unsetBuiltin },
  local: { run: localBuiltin },
  declare: { run: declareBuiltin, dialects: ['bash'] },
  typeset: { run: declareBuiltin, dialects: ['bash'] },
  set: { run: set },
  shift: { run: shift },
  exit: { run: exit },
  return: { run: returnBuiltin },
  break: { run: breakBuiltin },
  continue: { run: continueBuiltin },
  eval: { run: evalBuiltin },
  '.': { run: source },
  source: { run: source },
  exec: { run: exec },
  command: { run: command },
  type: { run: type },
  read: { run: read },
  trap: { run: trap },
  wait: { run: wait },
  kill: { run: kill },
  let: { run: let_ },
};
