// Which runs the result cache keeps, and where it lives by default: apart from the cache itself,
// so that parsing the command line does not load it.

export const DEFAULT_CACHE_DIR = '.kindling-cache';

/** Whether runs on `backend` may be cached: only the simulator's, which are deterministic. */
export function cachesBackend(backend: string): boolean {
  return backend === 'sim';
}
