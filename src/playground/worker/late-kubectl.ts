// kubectl, loaded by the worker the first time it is needed: the worker's first file
// (assets/playground-worker.js) builds the cluster and the shell without kubectl's verbs,
// printers and flag tables, a third of the simulator, which the prompt does not need. The bundle
// (scripts/bundle-playground.js) puts this module in place of src/sim/kubectl/kubectl.ts;
// the real one is in assets/playground-worker-kubectl.js, which uses the first file's modules
// (one instance of each: the same classes, the same state). Loading it is synchronous
// (importScripts), so a command never waits for a message: the worker loads it on the first
// kubectl command, the first Tab, or when it is idle after the prompt (preloadKubectl).
import { KUBECTL_FILE, KUBECTL_GLOBAL, WORKER_URL_GLOBAL } from '../worker-files.js';
import type { CommandImpl, kubectlCommand as realKubectlCommand, VERBS as REAL_VERBS } from '../../sim/index.js';

type KubectlModule = { kubectlCommand: typeof realKubectlCommand; VERBS: typeof REAL_VERBS };

interface LateScope {
  importScripts?(url: string): void;
  [name: string]: unknown;
}

let loaded: KubectlModule | undefined;

/**
 * kubectl's verbs by name, once loaded (an ES live binding: empty until then). Completion
 * (src/playground/complete-command.ts) reads it after the worker called `loadKubectl`.
 */
export let VERBS = {} as typeof REAL_VERBS;

/** The real module: imported now if no earlier call or the inline start (start-worker.ts) defined it. */
export function loadKubectl(): KubectlModule {
  if (loaded) return loaded;
  const scope = globalThis as unknown as LateScope;
  if (typeof scope[KUBECTL_GLOBAL] !== 'function') {
    const base = scope[WORKER_URL_GLOBAL];
    if (typeof base !== 'string' || !scope.importScripts) throw new Error(`${KUBECTL_FILE} is not loaded and the worker cannot import it`);
    scope.importScripts(new URL(KUBECTL_FILE, base).href);
  }
  loaded = (scope[KUBECTL_GLOBAL] as () => KubectlModule)();
  VERBS = loaded.VERBS;
  return loaded;
}

/** Whether kubectl is loaded (the worker preloads it when idle, after the prompt). */
export function kubectlLoaded(): boolean {
  return loaded !== undefined;
}

/**
 * As the real kubectlCommand: a kubectl bound to `cluster`, made on its first run (the real one
 * keeps its kubeconfig for the command table's life, so it is made once and kept), which each
 * run calls and whose result (an exit code or a generator) it returns as it is.
 */
export function kubectlCommand(cluster: Parameters<typeof realKubectlCommand>[0]): CommandImpl {
  let real: CommandImpl | undefined;
  return (io) => {
    real ??= loadKubectl().kubectlCommand(cluster);
    return real(io);
  };
}
