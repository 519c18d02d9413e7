// A controller's work queue, as client-go's: a key added while it is still waiting is not added
// again, and each key is worked on a random moment later (the controller's own random stream,
// so one controller's timing does not shift another's).
import type { ClusterParts } from './cluster-parts.js';

/** Adds `namespace/name` to the queue. */
export type Enqueue = (namespace: string, name: string) => void;

/**
 * A queue for the controller named `controller` (e.g. `replicaset-controller`) that runs
 * `work` for each key `delayMs[0]`–`delayMs[1]` ms after it is added.
 */
export function createWorkQueue(parts: ClusterParts, controller: string, delayMs: readonly [number, number], work: Enqueue): Enqueue {
  const queued = new Set<string>();
  const label = controller.replace(/-controller$/, '');
  return (namespace, name) => {
    const key = `${namespace}/${name}`;
    if (queued.has(key)) return;
    queued.add(key);
    parts.loop.after(parts.random.stream(controller).between(delayMs[0], delayMs[1]), `${label} ${key}`, () => {
      queued.delete(key);
      work(namespace, name);
    });
  };
}
