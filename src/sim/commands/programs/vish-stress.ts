// vish/stress (vishh/stress main.go read; ENTRYPOINT ["/stress", "-logtostderr"]): the CPU
// resource task's `-cpus N` spawns N goroutines copying /dev/zero, and `-mem-total` allocates in
// `-mem-alloc-size` chunks with `-mem-alloc-sleep` between them, then blocks forever. glog lines
// on stderr come from main.go's lines 26, 39 and 29. No signal handler: SIGTERM exits 2.
import type { CommandContext, Effect } from '../../shell/types.js';
import { parseGoDuration } from './agnhost-one-shots.js';
import { GO_DEFAULT_STOP, goDuration, klogHeader } from './go-runtime.js';
import { flagValue } from './serve-hostname.js';
import { runForever, type Program, type ProgramHost } from './types.js';

const BINARY: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40 };
const DECIMAL: Record<string, number> = { k: 1e3, M: 1e6, G: 1e9, T: 1e12 };

/** resource.MustParse: the quantity's bytes and its canonical String() (`1024Mi` -> `1Gi`). */
export function parseQuantity(text: string): { bytes: number; text: string } | undefined {
  const m = text.match(/^(\d+)(Ki|Mi|Gi|Ti|k|M|G|T)?$/);
  if (!m) return undefined;
  const [n, suffix] = [Number(m[1]), m[2] ?? ''];
  const table = suffix in BINARY ? BINARY : DECIMAL;
  const bytes = n * (table[suffix] ?? 1);
  if (bytes === 0) return { bytes, text: '0' };
  // The largest suffix of the same family that divides the value exactly.
  const family = Object.entries(suffix in BINARY || suffix === '' ? BINARY : DECIMAL).sort(([, a], [, b]) => b - a);
  for (const [s, f] of family) if (bytes % f === 0) return { bytes, text: `${bytes / f}${s}` };
  return { bytes, text: String(bytes) };
}

/** Allocations are batched into windows of this many virtual ms (each window one memory step). */
const WINDOW_MS = 100;

export function vishStressProgram(host: ProgramHost): Program {
  return {
    *command(ctx: CommandContext): Generator<Effect, number, void> {
      const args = ctx.argv.slice(1);
      const total = parseQuantity(flagValue(args, 'mem-total') ?? '0');
      const step = parseQuantity(flagValue(args, 'mem-alloc-size') ?? '4Ki');
      const sleepText = flagValue(args, 'mem-alloc-sleep') ?? '1ms';
      const sleepMs = parseGoDuration(sleepText);
      const cpus = Number(flagValue(args, 'cpus') ?? 0) || 0;
      if (!total || !step || Number.isNaN(sleepMs)) {
        ctx.stderr.write('kindling: vish/stress with these flag values is not simulated (resource.MustParse would panic)\n');
        return 2;
      }
      const info = (source: string, text: string) => ctx.stderr.write(`${klogHeader('I', ctx.now(), source)}${text}\n`);
      info('main.go:26', `Allocating "${total.text}" memory, in "${step.text}" chunks, with a ${goDuration(sleepMs)} sleep between allocations`);
      for (let i = 0; i < cpus; i++) info('main.go:39', 'Spawning a thread to consume CPU');
      host.useCpu(cpus * 1000);
      const chunks = step.bytes > 0 ? Math.floor(total.bytes / step.bytes) : 0;
      const perWindow = Math.max(1, Math.floor(WINDOW_MS / Math.max(sleepMs, 0.001)));
      for (let done = 0; done < chunks; ) {
        const n = Math.min(perWindow, chunks - done);
        done += n;
        host.useMemory(done * step.bytes);
        yield { kind: 'sleep', ms: Math.max(1, n * sleepMs) };
      }
      info('main.go:29', `Allocated "${total.text}" memory`);
      return yield* runForever();
    },
    onStop: () => GO_DEFAULT_STOP,
  };
}
