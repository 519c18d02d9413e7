// busybox's applets that find processes by name in the container's PID namespace: pidof
// (procps/pidof.c: libbb's find_pid_by_name, newest first), pgrep and pkill (procps/pgrep.c: a
// basic regular expression against the comm, or the whole command line with -f) and killall
// (procps/kill.c). The process running the applet never matches itself.
import { SIGNAL_NUMBERS } from '../../shell/interp/control.js';
import { RegexError, translateRegex } from '../../shell/expand/regex.js';
import type { CommandContext, CommandImpl } from '../../shell/types.js';
import type { ProcessEntry, ProcessTable } from '../../runtime/process-table.js';

const BANNER = 'BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\n';
const PGREP_USAGE = 'Usage: pgrep [-flanovx] [-s SID|-P PPID|PATTERN]\n\nDisplay process(es) selected by regex PATTERN\n\n\t-l\tShow command name too\n\t-a\tShow command line too\n\t-f\tMatch against entire command line\n\t-n\tShow the newest process only\n\t-o\tShow the oldest process only\n\t-v\tNegate the match\n\t-x\tMatch whole name (not substring)\n\t-s\tMatch session ID (0 for current)\n\t-P\tMatch parent process ID\n';
const PKILL_USAGE = 'Usage: pkill [-l|-SIGNAL] [-xfvno] [-s SID|-P PPID|PATTERN]\n\nSend signal to processes selected by regex PATTERN\n\n\t-l\tList all signals\n\t-x\tMatch whole name (not substring)\n\t-f\tMatch against entire command line\n\t-s SID\tMatch session ID (0 for current)\n\t-P PPID\tMatch parent process ID\n\t-v\tNegate the match\n\t-n\tSignal the newest process only\n\t-o\tSignal the oldest process only\n';
const KILLALL_USAGE = 'Usage: killall [-lq] [-SIG] PROCESS_NAME...\n\nSend a signal (default: TERM) to given processes\n\n\t-l\tList all signal names and numbers\n\t-q\tDon\'t complain if no processes were killed\n';

/**
 * The namespace's processes other than the one running this applet, oldest first. The applet is
 * the process `ctx.pid` names when that process is the applet itself (`kubectl exec -- pgrep x`,
 * or a shell that exec'd it); under a shell that forked it, the shell is another process and can
 * match (`sh -c 'pgrep -f x; true'` finds the shell, as it does on a real node).
 */
function others(table: ProcessTable, ctx: CommandContext): ProcessEntry[] {
  const self = ctx.pid === undefined ? undefined : table.get(ctx.pid);
  const selfPid = self && self.args === ctx.argv.join(' ') ? self.pid : undefined;
  return table.list().filter((p) => p.pid !== selfPid);
}

/** A signal named `TERM`, `SIGTERM` or numbered `15`; undefined when it names none. */
function signalName(spec: string): string | undefined {
  const s = spec.toUpperCase().replace(/^SIG/, '');
  if (/^\d+$/.test(s)) return Object.entries(SIGNAL_NUMBERS).find(([, n]) => String(n) === s)?.[0];
  return SIGNAL_NUMBERS[s] !== undefined ? s : undefined;
}

/** kill -l's list, as busybox prints it (`1) HUP` per line). */
function signalList(): string {
  return `${Object.entries(SIGNAL_NUMBERS).map(([n, v]) => `${v}) ${n}`).join('\n')}\n`;
}

/** find_pid_by_name: a process whose comm, or argv[0]'s base name, is `name`; newest first, as pidof prints. */
function byName(table: ProcessTable, ctx: CommandContext, name: string): ProcessEntry[] {
  return others(table, ctx)
    .filter((p) => {
      const argv0 = p.args.split(' ')[0] ?? '';
      return p.comm === name.slice(0, 15) || argv0.slice(argv0.lastIndexOf('/') + 1) === name;
    })
    .reverse();
}

export function pidofApplet(table: ProcessTable): CommandImpl {
  return (ctx) => {
    const args = ctx.argv.slice(1);
    let single = false;
    const omit = new Set<number>();
    while (args[0]?.startsWith('-') && args[0] !== '-') {
      const opt = args.shift() as string;
      if (opt === '--') break;
      if (opt === '-s') single = true;
      else if (opt === '-o') omit.add(Number(args.shift()));
      else if (opt.startsWith('-o')) omit.add(Number(opt.slice(2)));
      else {
        ctx.stderr.write(`pidof: invalid option -- '${opt.slice(1, 2)}'\n${BANNER}Usage: pidof [OPTIONS] [NAME]...\n\nList PIDs of all processes with names that match NAMEs\n\n\t-s\tShow only one PID\n\t-o PID\tOmit given pid\n\t\tUse %PPID to omit pid of pidof's parent\n`);
        return 1;
      }
    }
    const found: number[] = [];
    for (const name of args) {
      const pids = byName(table, ctx, name).map((p) => p.pid).filter((pid) => !omit.has(pid));
      found.push(...(single ? pids.slice(0, 1) : pids));
    }
    ctx.stdout.write(`${found.join(' ')}\n`);
    return found.length > 0 ? 0 : 1;
  };
}

/** pgrep, or pkill when `signal` is set: the processes a pattern selects. */
function pgrepLike(table: ProcessTable, kill: boolean): CommandImpl {
  const name = kill ? 'pkill' : 'pgrep';
  const usage = () => `${BANNER}${kill ? PKILL_USAGE : PGREP_USAGE}`;
  return (ctx) => {
    const args = ctx.argv.slice(1);
    let sig = 'TERM';
    // pkill's -SIGNAL comes first; -<small letter> are options.
    if (kill && args[0]?.startsWith('-') && !/^-[a-z]/.test(args[0])) {
      const named = signalName(args[0].slice(1));
      if (named === undefined) {
        ctx.stderr.write(`pkill: bad signal name '${args[0].slice(1)}'\n`);
        return 1;
      }
      sig = named;
      args.shift();
    }
    const opts = new Set<string>();
    while (args[0] !== undefined && /^-[a-z]/.test(args[0])) {
      const opt = args.shift() as string;
      for (const letter of opt.slice(1)) {
        if (letter === 's' || letter === 'P') {
          ctx.stderr.write(`${name}: kindling: the simulator does not model process sessions and parents (-${letter})\n`);
          return 1;
        }
        if (!'vlafxon'.includes(letter)) {
          ctx.stderr.write(`${name}: invalid option -- '${letter}'\n${usage()}`);
          return 1;
        }
        opts.add(letter);
      }
    }
    if (args[0] === '-P' || args[0] === '-s') {
      ctx.stderr.write(`${name}: kindling: the simulator does not model process sessions and parents (${args[0]})\n`);
      return 1;
    }
    if (kill && opts.has('l')) {
      ctx.stdout.write(signalList());
      return 0;
    }
    if (args.length !== 1) {
      ctx.stderr.write(usage());
      return 1;
    }
    let re: RegExp;
    try {
      re = new RegExp(translateRegex(args[0] as string, false));
    } catch (e) {
      if (!(e instanceof RegexError) && !(e instanceof SyntaxError)) throw e;
      // libbb's xregcomp: `bad regex '%s': %s` with regerror's text.
      ctx.stderr.write(`${name}: bad regex '${args[0]}': ${e instanceof RegexError ? e.message : 'Invalid regular expression'}\n`);
      return 1;
    }
    const matches = (text: string): boolean => {
      const m = re.exec(text);
      const hit = m !== null && (!opts.has('x') || (m.index === 0 && m[0].length === text.length));
      return hit !== opts.has('v');
    };
    let selected = others(table, ctx).filter((p) => matches(opts.has('f') ? p.args : p.comm));
    if (opts.has('n')) selected = selected.slice(-1);
    else if (opts.has('o')) selected = selected.slice(0, 1);
    for (const p of selected) {
      if (kill) p.signal(sig);
      else if (opts.has('a')) ctx.stdout.write(`${p.pid} ${p.args}\n`);
      else if (opts.has('l')) ctx.stdout.write(`${p.pid} ${opts.has('f') ? p.args : p.comm}\n`);
      else ctx.stdout.write(`${p.pid}\n`);
    }
    return selected.length > 0 ? 0 : 1;
  };
}

export function pgrepApplet(table: ProcessTable): CommandImpl {
  return pgrepLike(table, false);
}

export function pkillApplet(table: ProcessTable): CommandImpl {
  return pgrepLike(table, true);
}

export function killallApplet(table: ProcessTable): CommandImpl {
  return (ctx) => {
    const args = ctx.argv.slice(1);
    let sig = 'TERM';
    let quiet = false;
    if (args[0] === '-l') {
      ctx.stdout.write(signalList());
      return 0;
    }
    if (args[0] === '-q') {
      quiet = true;
      args.shift();
    }
    if (args[0]?.startsWith('-')) {
      const named = signalName(args[0].slice(1));
      if (named === undefined) {
        ctx.stderr.write(`killall: bad signal name '${args[0].slice(1)}'\n`);
        return 1;
      }
      sig = named;
      args.shift();
    }
    if (args.length === 0) {
      ctx.stderr.write(`${BANNER}${KILLALL_USAGE}`);
      return 1;
    }
    let errors = 0;
    for (const name of args) {
      const found = byName(table, ctx, name);
      if (found.length === 0) {
        errors++;
        if (!quiet) ctx.stderr.write(`killall: ${name}: no process killed\n`);
      }
      for (const p of found) p.signal(sig);
    }
    return errors;
  };
}
