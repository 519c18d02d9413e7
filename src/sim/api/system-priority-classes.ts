// The PriorityClasses every cluster has (pkg/apis/scheduling/types.go and helpers.go
// SystemPriorityClasses): reserved names, fixed values, never the global default. Stored lazily,
// the first time a request touches PriorityClasses.
import type { LazyObjects } from './lazy-objects.js';
import type { PriorityClass } from './priority-class-types.js';

export const HIGHEST_USER_DEFINABLE_PRIORITY = 1000000000;
export const SYSTEM_PRIORITY_CLASS_PREFIX = 'system-';

export const SYSTEM_PRIORITY_CLASSES = [
  { name: 'system-node-critical', value: 2000001000, description: 'Used for system critical pods that must not be moved from their current node.' },
  { name: 'system-cluster-critical', value: 2000000000, description: 'Used for system critical pods that must run in the cluster, but can be moved to another node if necessary.' },
] as const;

/** IsKnownSystemPriorityClass: undefined when it is one, else why not. */
export function systemPriorityClassProblem(name: string, value: number, globalDefault: boolean): string | undefined {
  const known = SYSTEM_PRIORITY_CLASSES.find((c) => c.name === name);
  if (!known) return `${name} is not a known system priority class`;
  if (known.value !== value) return `value of ${name} PriorityClass must be ${known.value}`;
  if (globalDefault) return `globalDefault of ${name} PriorityClass must be false`;
  return undefined;
}

export function priorityClassBootstrapObjects(createdAt: number): LazyObjects {
  return {
    keys: ['priorityclasses.scheduling.k8s.io'],
    createdAt,
    objects: () =>
      SYSTEM_PRIORITY_CLASSES.map(
        (pc): PriorityClass => ({
          apiVersion: 'scheduling.k8s.io/v1',
          kind: 'PriorityClass',
          metadata: { name: pc.name },
          value: pc.value,
          description: pc.description,
          preemptionPolicy: 'PreemptLowerPriority',
        }),
      ),
  };
}
