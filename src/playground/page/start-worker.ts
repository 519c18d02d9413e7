// Starting the playground's worker. Its code is a file next to the page bundle
// (assets/playground-worker.js, scripts/bundle-playground.js), one function assigned to a global.
// The site's script (templates/assets/site.js, startWorker) starts the worker when the reader
// presses "Try it", from a Blob (Chromium refuses `new Worker('file:...')`) that importScripts()
// the file and calls the function: the page's main thread never parses the simulator, and the
// worker loads it while the page loads the terminal. A browser that refuses the import (some
// refuse file: URLs from a Blob worker) gets the fallback here: the page loads the same file as a
// classic script and starts the worker from the function's text (no eval: a Blob, as before),
// with kubectl's file (playground-worker-kubectl.js) loaded and defined the same way.
import type { WorkerMessage } from '../protocol.js';
import { KUBECTL_GLOBAL } from '../worker-files.js';

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

/**
 * A worker from the code the page loaded itself (the worker's files as page scripts): kubectl's
 * file (src/playground/worker/late-kubectl.ts) is defined in the worker first, since a worker
 * that may not import the first file may not import the second either.
 */
export function inlineWorker(code: () => void, kubectl: () => unknown): Worker {
  return blobWorker(`${STARTED}self.${KUBECTL_GLOBAL}=(${String(kubectl)});(${String(code)})();`);
}
