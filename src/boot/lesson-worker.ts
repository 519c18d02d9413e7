// A lesson worker thread's entry (src/run/lesson-pool.ts starts lib/bundle/lesson-worker.js, which
// imports this): the bundled worker, loaded through the code cache under "lesson-worker". The
// cache is written once the worker has sent back its first verdict, so that it holds the code a
// lesson runs. With $KINDLING_UNBUNDLED=1, tsc's module instead (see run-cli.ts).
import { parentPort, type TransferListItem } from 'node:worker_threads';
import { BUNDLE_FILE, codeCacheDir } from './bundle-file.js';
import { loadBundle } from './code-cache.js';
import { unbundled } from './run-cli.js';

async function startBundled(): Promise<void> {
  const bundle = loadBundle(BUNDLE_FILE, { cacheDir: codeCacheDir(), name: 'lesson-worker' });
  await (bundle.exports['startLessonWorker'] as () => Promise<unknown>)();
  const port = parentPort;
  if (!port || bundle.cacheUsed) return;
  const post = port.postMessage.bind(port);
  port.postMessage = (value: unknown, transferList?: readonly TransferListItem[]) => {
    post(value, transferList);
    port.postMessage = post;
    bundle.saveCache();
  };
}

if (unbundled()) await import('../run/lesson-worker.js');
else await startBundled();
