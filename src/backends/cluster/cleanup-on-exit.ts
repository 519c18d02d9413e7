// What kindling must undo however it ends: live lesson shells, their workspaces and namespaces.
// Each holder registers a clean-up; on SIGINT or SIGTERM they all run (async: namespaces are
// deleted through kubectl) and kindling exits as the signal would have ended it (130, 143); on
// any other exit (an error, process.exit) the synchronous half runs. A second Ctrl-C during the
// clean-up skips to the synchronous half. SIGKILL runs nothing: the next run's sweep
// (sweep-leftovers.ts) removes what it left.
import { constants } from 'node:os';

export interface Cleanup {
  /** The full clean-up, on a signal. */
  run(): Promise<void>;
  /** What can be done without waiting, when the process is exiting anyway. */
  runSync(): void;
}

const live = new Set<Cleanup>();
let installed = false;
let signalled = false;

/** The synchronous clean-ups still registered. */
function runAllSync(): void {
  for (const cleanup of [...live]) {
    live.delete(cleanup);
    try {
      cleanup.runSync();
    } catch {
      // Exiting: nothing more can be done about it.
    }
  }
}

/** How long the clean-up after a signal may take before kindling exits anyway. */
const SIGNAL_CLEANUP_MS = 30_000;

async function onSignal(signal: NodeJS.Signals): Promise<void> {
  const code = 128 + constants.signals[signal];
  if (signalled) {
    runAllSync();
    process.exit(code);
  }
  signalled = true;
  const deadline = new Promise<void>((resolve) => setTimeout(resolve, SIGNAL_CLEANUP_MS).unref());
  const all = Promise.allSettled([...live].map(async (cleanup) => {
    await cleanup.run();
    live.delete(cleanup);
  }));
  await Promise.race([all, deadline]);
  runAllSync();
  process.exit(code);
}

function install(): void {
  if (installed) return;
  installed = true;
  process.on('exit', runAllSync);
  process.on('SIGINT', () => void onSignal('SIGINT'));
  process.on('SIGTERM', () => void onSignal('SIGTERM'));
}

/** True once a signal started the clean-up: from then on it owns every workspace and namespace. */
export function exiting(): boolean {
  return signalled;
}

/** Registers a clean-up until the returned function is called (when the holder cleaned up itself). */
export function cleanUpOnExit(cleanup: Cleanup): () => void {
  install();
  live.add(cleanup);
  return () => {
    live.delete(cleanup);
  };
}
