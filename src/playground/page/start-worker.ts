// Starting the playground's worker. Its code is a file next to the page bundle
// (assets/playground-worker.js, scripts/bundle-playground.js), one function assigned to a global.
// The site's script (templates/assets/site.js, startWorker) starts the worker when the reader
// presses "Try it", from a Blob (Chromium refuses `new Worker('file:...')`) that importScripts()
// the file and calls the function: the page's main thread never parses the simulator, and the
// worker loads it while the page loads the terminal. A browser that refuses the import (some
// refuse file: URLs from a Blob worker) gets the fallback here: the page loads the same file as a
// classic script and starts the worker from the function's text (no eval: a Blob, as before).
import type { WorkerMessage } from '../protocol.js';

/** The global the worker's file assigns its code to. */
export const WORKER_GLOBAL = 'KINDLING_PLAYGROUND_WORKER';
/** The worker's file, under the site's assets folder. */
export const WORKER_FILE = 'playground-worker.js';

/** How the worker got its code: imported by the worker itself, or from the page (the fallback). */
export type WorkerLoad = 'import' | 'inline';

/** A worker the site's script started, with the messages it sent before the panel listened. */
export interface StartedWorker {
  worker: Worker;
  early: WorkerMessage[];
}

/** Records when the worker's bootstrap ran (StartTimings.script), as site.js's bootstrap does. */
const STARTED = 'self.KINDLING_WORKER_SCRIPT_START=performance.now();';

/** Blob URLs by their code, made once (Reset starts a new worker from the same one). */
const urls = new Map<string, string>();

function blobWorker(code: string): Worker {
  let url = urls.get(code);
  if (url === undefined) {
    url = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
    urls.set(code, url);
  }
  return new Worker(url, { name: 'kindling-playground' });
}

/** A worker from the code the page loaded itself (the worker's file as a page script). */
export function inlineWorker(code: () => void): Worker {
  return blobWorker(`${STARTED}(${String(code)})();`);
}
