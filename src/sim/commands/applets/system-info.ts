// `uname` and `nproc` in a container: the node's kernel and CPUs, the pod's hostname (busybox
// coreutils/uname.c and nproc.c; GNU's print the same fields in the same order).
import type { CommandImpl } from '../../shell/types.js';

export function unameApplet(host: { hostname(): string; kernelVersion: string }): CommandImpl {
  return (ctx) => {
    const fields = {
      s: 'Linux',
      n: host.hostname(),
      r: host.kernelVersion,
      v: '#52-Ubuntu SMP PREEMPT_DYNAMIC Thu Dec  5 13:09:44 UTC 2024',
      m: 'x86_64',
      o: 'GNU/Linux',
    };
    const flags = new Set<string>();
    for (const a of ctx.argv.slice(1)) {
      if (a === '--all') flags.add('a');
      else if (/^-[snrvmpioa]+$/.test(a)) for (const f of a.slice(1)) flags.add(f);
      else {
        ctx.stderr.write(ctx.dialect === 'ash' ? `uname: unrecognized option: ${a.replace(/^-+/, '')}\n` : `uname: invalid option -- '${a.replace(/^-+/, '')}'\nTry 'uname --help' for more information.\n`);
        return 1;
      }
    }
    if (flags.size === 0) flags.add('s');
    const order = flags.has('a') ? (ctx.dialect === 'ash' ? ['s', 'n', 'r', 'v', 'm', 'o'] : ['s', 'n', 'r', 'v', 'm', 'o']) : ['s', 'n', 'r', 'v', 'm', 'o'].filter((f) => flags.has(f));
    ctx.stdout.write(`${order.map((f) => fields[f as keyof typeof fields]).join(' ')}\n`);
    return 0;
  };
}

/** The CPUs the container may run on: the node's (a CPU limit is a quota, not a cpuset). */
export function nprocApplet(cpus: number): CommandImpl {
  return (ctx) => {
    ctx.stdout.write(`${cpus}\n`);
    return 0;
  };
}
