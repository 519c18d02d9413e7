// stress 1.0.4 (polinux/stress; src/stress.c of resurrecting-open-source-projects/stress read):
// `stress --vm 1 --vm-bytes 150M --vm-hang 1` and friends. It prints `stress: info: [1]
// dispatching hogs: C cpu, I io, V vm, D hdd`, then each vm worker mallocs --vm-bytes, touches a
// byte per page (the resident memory grows as it does), sleeps --vm-hang seconds (0: forever),
// frees and starts over; cpu workers spin on sqrt(). With --timeout it ends `successful run
// completed in Ns`. The memory it touches is reported to the runtime step by step, so a limit
// below it gets the container OOM-killed mid-growth. As PID 1 without a handler it ignores
// SIGTERM. Its option errors (`stress: FAIL: [1] (LINE) ...`) are not simulated.
import type { CommandContext, Effect } from '../../shell/types.js';
import type { Program, ProgramHost } from './types.js';

interface StressOptions {
  cpu: number;
  io: number;
  vm: number;
  hdd: number;
  vmBytes: number;
  vmStride: number;
  /** -1: no hang (free at once), 0: hang forever, N: seconds. */
  vmHang: number;
  vmKeep: boolean;
  timeoutS: number;
}

/** atoll_b: a number (sscanf %lli, so 0x and leading-0 octal too) with an optional B/K/M/G suffix. */
function sizeArg(text: string): number {
  const m = text.match(/^(0x[0-9a-f]+|0[0-7]*|[1-9]\d*)([bBkKmMgG])?$/);
  if (!m) return Number.NaN;
  const shift = { b: 0, k: 10, m: 20, g: 30 }[(m[2] ?? 'b').toLowerCase() as 'b' | 'k' | 'm' | 'g'];
  return Number.parseInt(m[1]!, m[1]!.startsWith('0x') ? 16 : m[1]!.length > 1 && m[1]!.startsWith('0') ? 8 : 10) * 2 ** shift;
}

/** atoll_s: seconds with an optional s/m/h/d/y suffix. */
function timeArg(text: string): number {
  const m = text.match(/^(\d+)([smhdySMHDY])?$/);
  if (!m) return Number.NaN;
  return Number(m[1]) * { s: 1, m: 60, h: 3600, d: 86400, y: 31_536_000 }[(m[2] ?? 's').toLowerCase() as 's']!;
}

const VALUE_OPTIONS: Record<string, keyof StressOptions> = {
  '--cpu': 'cpu', '-c': 'cpu', '--io': 'io', '-i': 'io', '--vm': 'vm', '-m': 'vm', '--hdd': 'hdd', '-d': 'hdd',
  '--vm-bytes': 'vmBytes', '--vm-stride': 'vmStride', '--vm-hang': 'vmHang', '--timeout': 'timeoutS', '-t': 'timeoutS',
  '--hdd-bytes': 'hdd', '--backoff': 'cpu',
};

function parse(argv: string[]): StressOptions | 'usage' | { unsupported: string } {
  const o: StressOptions = { cpu: 0, io: 0, vm: 0, hdd: 0, vmBytes: 256 * 2 ** 20, vmStride: 4096, vmHang: -1, vmKeep: false, timeoutS: 0 };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--help' || a === '-?') return 'usage';
    if (a === '--vm-keep') o.vmKeep = true;
    else if (a === '-q' || a === '--quiet' || a === '-n' || a === '--dry-run' || a === '-v' || a === '--verbose' || a === '--version') return { unsupported: a };
    else if (a in VALUE_OPTIONS) {
      const value = argv[++i];
      if (value === undefined || (value.startsWith('-') && !/^-\d/.test(value))) return { unsupported: a };
      if (a === '--hdd-bytes' || a === '--backoff') continue;
      const key = VALUE_OPTIONS[a]!;
      const n = key === 'timeoutS' ? timeArg(value) : sizeArg(value);
      if (!(n > 0) && !(key === 'vmHang' && n === 0)) return { unsupported: `${a} ${value}` };
      (o[key] as number) = n;
    } else return { unsupported: a };
  }
  return o.cpu + o.io + o.vm + o.hdd > 0 ? o : 'usage';
}

const USAGE = (p: string) => `\`${p}' imposes certain types of compute stress on your system

Usage: ${p} [OPTION [ARG]] ...
 -?, --help         show this help statement
     --version      show version statement
 -v, --verbose      be verbose
 -q, --quiet        be quiet
 -n, --dry-run      show what would have been done
 -t, --timeout N    timeout after N seconds
     --backoff N    wait factor of N microseconds before work starts
 -c, --cpu N        spawn N workers spinning on sqrt()
 -i, --io N         spawn N workers spinning on sync()
 -m, --vm N         spawn N workers spinning on malloc()/free()
     --vm-bytes B   malloc B bytes per vm worker (default is 256MB)
     --vm-stride B  touch a byte every B bytes (default is 4096)
     --vm-hang N    sleep N secs before free (default none, 0 is inf)
     --vm-keep      redirty memory instead of freeing and reallocating
 -d, --hdd N        spawn N workers spinning on write()/unlink()
     --hdd-bytes B  write B bytes per hdd worker (default is 1GB)

Example: ${p} --cpu 8 --io 4 --vm 2 --vm-bytes 128M --timeout 10s

Note: Numbers may be suffixed with s,m,h,d,y (time) or B,K,M,G (size).
`;

/**
 * The parent's and each worker's own resident memory before any malloc. Invented, but small:
 * `kubectl top` shows the docs' memory-demo (one 150M vm worker) at 150Mi, so together they stay
 * under 1 MiB.
 */
const BASE_RSS = 256 << 10;
/** How fast a worker dirties pages (invented: 2 GiB/s), and how much it reports per step. */
const TOUCH_BYTES_PER_MS = 2 * 2 ** 20;
const STEP_BYTES = 16 * 2 ** 20;

export function stressProgram(host: ProgramHost): Program {
  return {
    *command(ctx: CommandContext): Generator<Effect, number, void> {
      const name = ctx.argv[0]!.slice(ctx.argv[0]!.lastIndexOf('/') + 1);
      const o = parse(ctx.argv);
      if (o === 'usage') {
        ctx.stdout.write(USAGE(name));
        return 0;
      }
      if ('unsupported' in o) {
        ctx.stderr.write(`kindling: stress's handling of '${o.unsupported}' is not simulated\n`);
        return 1;
      }
      const start = ctx.now();
      ctx.stdout.write(`${name}: info: [1] dispatching hogs: ${o.cpu} cpu, ${o.io} io, ${o.vm} vm, ${o.hdd} hdd\n`);
      // Busy workers: cpu spins, a vm worker that never hangs keeps touching memory, one that
      // hangs a while between rounds spends its share of each round touching pages again; io and
      // hdd workers mostly wait on the disk (100m each, invented).
      const touched = Math.min(o.vmBytes, Math.ceil(o.vmBytes / o.vmStride) * 4096);
      const touchMs = touched / TOUCH_BYTES_PER_MS;
      const vmCpu = o.vmHang === -1 ? 1000 : o.vmHang > 0 && !o.vmKeep ? (1000 * touchMs) / (touchMs + o.vmHang * 1000 + 1) : 0;
      host.useCpu(1000 * o.cpu + Math.round(vmCpu * o.vm) + 100 * (o.io + o.hdd));
      const deadline = o.timeoutS > 0 ? start + o.timeoutS * 1000 : Number.POSITIVE_INFINITY;
      const base = BASE_RSS * (1 + o.cpu + o.io + o.vm + o.hdd);
      host.useMemory(base);
      const finished = () => {
        host.useCpu(0);
        ctx.stdout.write(`${name}: info: [1] successful run completed in ${Math.floor((ctx.now() - start) / 1000)}s\n`);
        return 0;
      };
      // fork() and the --backoff sleep before the workers start (3000 us per fork).
      yield { kind: 'sleep', ms: Math.max(1, Math.ceil((o.cpu + o.io + o.vm + o.hdd) * 3)) };
      if (o.vm === 0) {
        yield { kind: 'sleep', ms: Math.max(0, deadline - ctx.now()) };
        return finished();
      }
      const total = o.vm * o.vmBytes;
      for (let allocated = false; ctx.now() < deadline; ) {
        if (!allocated || !o.vmKeep) {
          for (let done = 0; done < touched; ) {
            const step = Math.min(STEP_BYTES, touched - done);
            done += step;
            host.useMemory(base + Math.round((o.vm * done * total) / (o.vm * touched)));
            yield { kind: 'sleep', ms: Math.max(1, Math.round(step / TOUCH_BYTES_PER_MS)) };
            if (ctx.now() >= deadline) return finished();
          }
          allocated = true;
        }
        if (o.vmHang === 0) {
          yield { kind: 'sleep', ms: Math.max(0, deadline - ctx.now()) };
          return finished();
        }
        if (o.vmHang > 0) yield { kind: 'sleep', ms: Math.min(o.vmHang * 1000, Math.max(0, deadline - ctx.now())) };
        if (!o.vmKeep) {
          host.useMemory(base);
          yield { kind: 'sleep', ms: 1 };
        }
      }
      return finished();
    },
  };
}
