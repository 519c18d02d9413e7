// The pods/eviction subresource (pkg/registry/core/pod/storage/eviction.go): an Eviction is a
// delete that a PodDisruptionBudget may refuse. The simulator does not model disruption budgets,
// so every eviction goes the way of a pod no budget covers: the DisruptionTarget condition
// (`EvictionByEvictionAPI`, unless a dry run), then a graceful delete with the eviction's options.
import type { ApiServer, DeleteOptions } from './api-server.js';
import { markDisruptionTarget } from './disruption-target.js';
import { PODS } from './pods-type.js';
import type { Pod } from './types.js';


/** Evicts a pod; throws the API's StatusError (NotFound) as the real subresource answers. */
export function evictPod(api: ApiServer, namespace: string, name: string, options: DeleteOptions, now: number): void {
  const pod = api.get<Pod>(PODS, namespace, name);
  if (!options.dryRun) markDisruptionTarget(api, pod, 'EvictionByEvictionAPI', 'Eviction API: evicting', now);
  api.delete(PODS, namespace, name, options);
}
