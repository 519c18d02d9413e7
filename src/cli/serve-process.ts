// `kindling sim serve` on Linux runs the server in a child of itself, started with glibc's malloc
// told to map every block of 16 KiB or more on its own (MALLOC_MMAP_THRESHOLD_=16384) and with
// V8's `gc` exposed, so that memory freed after deletes goes back to the system:
// - glibc serves blocks below its mmap threshold from the brk heap, which it can give back only
//   from the top; request bodies, TLS records and encoded list items (16 KiB to a few MiB) freed
//   among long-lived blocks stay resident. Its default threshold (128 KiB) also rises to the size
//   of the first mapped block freed (a 1 MiB body), after which nearly everything comes from the
//   heap. Measured (docs/decisions.md, issue 14): brk heap after 120 big objects deleted and a
//   collection, 80 MiB by default, 64 MiB at 65536, 19 MiB at 16384.
// - `gc` lets the server collect when it is idle after its memory grew (server/idle-collect.ts).
// The environment variable is read by glibc when the process starts, so the process must be
// started with it: the parent re-executes the same node with the same arguments, forwards the
// signals that stop the server, and exits as the child does. The child stops when the parent
// goes (its IPC channel closes), even when the parent is killed with SIGKILL. Elsewhere (not
// Linux, or MALLOC_MMAP_THRESHOLD_ already set, e.g. in the child) the server runs in-process.
import { constants } from 'node:os';
import { execa } from 'execa';

export const MMAP_THRESHOLD = '16384';

/** Whether this `sim serve` should run its server in a re-executed child. */
export function shouldRespawn(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): boolean {
  return platform === 'linux' && env['MALLOC_MMAP_THRESHOLD_'] === undefined && env['KINDLING_SIM_SERVE_IN_PROCESS'] !== '1';
}

/** Node flags for the child: the parent's (without the inspector's, whose port the parent holds), plus --expose-gc. */
export function childExecArgv(execArgv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const arg = execArgv[i]!;
    if (/^--inspect(-brk|-port|-wait)?(=|$)/.test(arg)) continue;
    out.push(arg);
  }
  if (!out.includes('--expose-gc')) out.push('--expose-gc');
  return out;
}

const FORWARDED = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Runs this very command line again in a child with the malloc setting; resolves with its exit
 * code (128 + the signal's number when a signal ended it).
 */
export async function respawnServe(): Promise<number> {
  const child = execa(process.execPath, [...childExecArgv(process.execArgv), ...process.argv.slice(1)], {
    env: { MALLOC_MMAP_THRESHOLD_: MMAP_THRESHOLD },
    stdio: 'inherit',
    ipc: true,
    serialization: 'json',
    reject: false,
    // The child stops by itself when the channel closes; execa's own cleanup would SIGTERM it too.
    cleanup: false,
  });
  const forward = (signal: NodeJS.Signals) => () => {
    child.kill(signal);
  };
  const handlers = FORWARDED.map((signal) => [signal, forward(signal)] as const);
  for (const [signal, handler] of handlers) process.on(signal, handler);
  try {
    const result = await child;
    if (result.signal !== undefined) return 128 + (constants.signals[result.signal] ?? 0);
    return result.exitCode ?? 1;
  } finally {
    for (const [signal, handler] of handlers) process.off(signal, handler);
  }
}

/**
 * In a child started with an IPC channel: calls `stop` when the channel closes (the parent is
 * gone), without the channel keeping the process alive.
 */
export function stopWithParent(stop: () => void): () => void {
  const channel = process.channel;
  if (!channel) return () => {};
  channel.unref();
  process.once('disconnect', stop);
  return () => process.off('disconnect', stop);
}
