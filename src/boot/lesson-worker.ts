// A lesson worker thread's entry (src/run/lesson-pool.ts starts lib/bundle/lesson-worker.js, which
// imports this): the bundled worker, loaded through the code cache under "lesson-worker". The
// cache is written once the worker has sent back its first verdict, so that it holds the code a
// lesson runs.
import { parentPort } from 'node:worker_threads';
import { BUNDLE_FILE, codeCacheDir } from './bundle-file.js';
import { loadBundle } from './code-cache.js';

const bundle = loadBundle(BUNDLE_FILE, { cacheDir: codeCacheDir(), name: 'lesson-worker' });
await (bundle.exports['startLessonWorker'] as () => Promise<unknown>)();

const port = parentPort;
if (port && !bundle.cacheUsed) {
  const post = port.postMessage.bind(port);
  port.postMessage = (value: unknown, transferList?: readonly import('node:worker_threads').TransferListItem[]) => {
    post(value, transferList);
    port.postMessage = post;
    bundle.saveCache();
  };
}
