// The worker's code files under the site's assets folder (scripts/bundle-playground.js writes
// them) and the globals they assign their code to: the page (page/start-worker.ts) and the
// worker (worker/late-kubectl.ts) both name them.

/** The worker's first file: the simulator without kubectl; assigns a function to WORKER_GLOBAL. */
export const WORKER_FILE = 'playground-worker.js';
export const WORKER_GLOBAL = 'KINDLING_PLAYGROUND_WORKER';
/** kubectl, which the worker imports when a command first needs it; assigns a function returning the module to KUBECTL_GLOBAL. */
export const KUBECTL_FILE = 'playground-worker-kubectl.js';
export const KUBECTL_GLOBAL = 'KINDLING_PLAYGROUND_KUBECTL';
/** Set by the worker's bootstrap (templates/assets/site.js) to the URL of the worker's first file. */
export const WORKER_URL_GLOBAL = 'KINDLING_WORKER_URL';
