// busybox's `kill` applet (/bin/kill, procps/kill.c), for `kubectl exec pod -- kill 1` where no
// shell runs the builtin: signals processes of the container's PID namespace.
import { SIGNAL_NUMBERS } from '../../shell/interp/control.js';
import type { CommandImpl } from '../../shell/types.js';
import type { ProcessTable } from '../../runtime/process-table.js';

const NAMES_BY_NUMBER = new Map(Object.entries(SIGNAL_NUMBERS).map(([n, v]) => [String(v), n]));

export function killApplet(table: ProcessTable): CommandImpl {
  return (ctx) => {
    const args = ctx.argv.slice(1);
    let sig = 'TERM';
    if (args[0] === '-l') {
      ctx.stdout.write(`${Object.entries(SIGNAL_NUMBERS).map(([n, v]) => `${v}) ${n}`).join('\n')}\n`);
      return 0;
    }
    if (args[0] === '-s') {
      args.shift();
      sig = (args.shift() ?? 'TERM').toUpperCase().replace(/^SIG/, '');
    } else if (args[0]?.startsWith('-') && args[0] !== '--') {
      sig = args.shift()!.slice(1).toUpperCase().replace(/^SIG/, '');
    }
    if (args[0] === '--') args.shift();
    const name = sig === '0' ? '0' : /^\d+$/.test(sig) ? NAMES_BY_NUMBER.get(sig) : SIGNAL_NUMBERS[sig] !== undefined ? sig : undefined;
    if (name === undefined) {
      ctx.stderr.write(`kill: bad signal name '${sig}'\n`);
      return 1;
    }
    if (args.length === 0) {
      ctx.stderr.write('BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: kill [-l] [-SIG] PID...\n');
      return 1;
    }
    let status = 0;
    for (const spec of args) {
      const target = /^\d+$/.test(spec) ? table.get(Number(spec)) : undefined;
      if (!target) {
        ctx.stderr.write(/^\d+$/.test(spec) ? `kill: can't kill pid ${spec}: No such process\n` : `kill: invalid number '${spec}'\n`);
        status = 1;
        continue;
      }
      target.signal(name);
    }
    return status;
  };
}
