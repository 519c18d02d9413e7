// Starting the playground's worker. Its code is a file next to the page bundle
// (assets/playground-worker.js, scripts/bundle-playground.js), one function assigned to a global.
// The worker starts from a Blob (Chromium refuses `new Worker('file:...')`) that importScripts()
// the file and calls the function: the page's main thread never parses the simulator, and a site
// served over http(s) gets the browser's cache for it. A browser that refuses the import (some
// refuse file: URLs from a Blob worker) gets the fallback: the page loads the same file as a
// classic script and starts the worker from the function's text (no eval: a Blob, as before).

/** The global the worker's file assigns its code to. */
export const WORKER_GLOBAL = 'KINDLING_PLAYGROUND_WORKER';
/** The worker's file, under the site's assets folder. */
export const WORKER_FILE = 'playground-worker.js';

/** How the worker got its code: imported by the worker itself, or from the page (the fallback). */
export type WorkerLoad = 'import' | 'inline';

/** Records when the worker's bootstrap ran (StartTimings.script). */
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
 * A worker that imports `url` (absolute) and runs it. When the import is refused, the worker
 * posts `{ type: 'import-failed', message }` and closes.
 */
export function importingWorker(url: string): Worker {
  return blobWorker(
    `${STARTED}let ok=true;try{importScripts(${JSON.stringify(url)})}catch(e){ok=false;postMessage({type:'import-failed',message:String(e)});close()}if(ok)self.${WORKER_GLOBAL}();`,
  );
}

/** A worker from the code the page loaded itself (the worker's file as a page script). */
export function inlineWorker(code: () => void): Worker {
  return blobWorker(`${STARTED}(${String(code)})();`);
}
