// busybox `ps` (procps/ps.c, the DESKTOP build official images ship): `-o pid,user,time,args` by
// default, BSD-style words (`aux`, `ax`) and most POSIX options ignored. PID right-aligned in 5,
// USER (the name from the container's /etc/passwd, else the number) in 8, TIME as m:ss in 5,
// then the command line; each column padded by one space, the last not padded.
import type { CommandContext, CommandImpl } from '../../shell/types.js';
import { passwdEntries } from '../../runtime/container-identity.js';
import type { ProcessEntry, ProcessTable } from '../../runtime/process-table.js';

const COLUMNS: Readonly<Record<string, { width: number; header: string; value: (p: ProcessEntry, ctx: CommandContext, users: Map<number, string>) => string }>> = {
  pid: { width: 5, header: 'PID', value: (p) => String(p.pid).padStart(5) },
  ppid: { width: 5, header: 'PPID', value: (p) => String(p.pid === 1 ? 0 : 1).padStart(5) },
  user: { width: 8, header: 'USER', value: (p, _c, users) => (users.get(p.uid) ?? String(p.uid)).slice(0, 8) },
  time: {
    width: 5,
    header: 'TIME',
    value: (p, ctx) => {
      const seconds = Math.floor((p.cpuMillicores() * Math.max(0, ctx.now() - p.startedAt)) / 1_000_000);
      return `${String(Math.floor(seconds / 60)).padStart(2)}:${String(seconds % 60).padStart(2, '0')}`;
    },
  },
  args: { width: 256, header: 'COMMAND', value: (p) => p.args },
  comm: { width: 16, header: 'COMMAND', value: (p) => p.args.split(' ')[0]!.split('/').pop()!.slice(0, 15) },
};

function format(cells: Array<{ width: number; text: string }>): string {
  return cells.map((c, i) => (i === cells.length - 1 ? c.text : `${c.text}${' '.repeat(Math.max(1, c.width - c.text.length + 1))}`)).join('');
}

export function psApplet(table: ProcessTable, spawnSelf: (ctx: CommandContext) => ProcessEntry | undefined): CommandImpl {
  return (ctx) => {
    let spec = ['pid', 'user', 'time', 'args'];
    const args = ctx.argv.slice(1);
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      if (a === '-o' || a.startsWith('-o')) {
        const list = a === '-o' ? (args[++i] ?? '') : a.slice(2);
        spec = list.split(',').filter(Boolean);
        const bad = spec.find((n) => !COLUMNS[n]);
        if (bad !== undefined) {
          ctx.stderr.write(`ps: bad -o argument '${bad}', supported arguments: user,group,comm,args,pid,ppid,pgid,etime,nice,rgroup,ruser,time,tty,vsz,sid,stat,rss\n`);
          return 1;
        }
      }
    }
    // ps is a process too: the one the shell runs it as, or a child of the shell.
    const self = spawnSelf(ctx);
    const users = new Map(passwdEntries(ctx.fs).map((u) => [u.uid, u.name]));
    const columns = spec.map((n) => COLUMNS[n]!);
    ctx.stdout.write(`${format(columns.map((c) => ({ width: c.width, text: c.header })))}\n`);
    for (const p of table.list()) ctx.stdout.write(`${format(columns.map((c) => ({ width: c.width, text: c.value(p, ctx, users) })))}\n`);
    if (self) table.exit(self.pid);
    return 0;
  };
}
