// `kubectl create priorityclass NAME --value=VALUE [--global-default] [--description=TEXT]
// [--preemption-policy=POLICY]` (staging/src/k8s.io/kubectl/pkg/cmd/create/create_priorityclass.go).
import type { PriorityClass } from '../../api/priority-class-types.js';
import { typeForKind } from '../../api/resources.js';
import type { Kubectl } from '../context.js';
import { flagBool, flagInt, flagString } from '../flags.js';
import { imperativeMeta, nameFromArgs, type Imperative } from './create-imperative.js';

export function createPriorityClass(k: Kubectl, args: string[]): Imperative {
  const name = nameFromArgs(k, 'priorityclass', args);
  const description = flagString(k.flags, 'description') ?? '';
  const obj: PriorityClass = {
    apiVersion: 'scheduling.k8s.io/v1',
    kind: 'PriorityClass',
    metadata: imperativeMeta(k, name, false),
    value: flagInt(k.flags, 'value', 0),
    ...(flagBool(k.flags, 'global-default') ? { globalDefault: true } : {}),
    ...(description ? { description } : {}),
    preemptionPolicy: flagString(k.flags, 'preemption-policy') ?? 'PreemptLowerPriority',
  };
  return { type: typeForKind('PriorityClass', 'scheduling.k8s.io/v1')!, obj };
}

export const PRIORITY_CLASS_FLAGS = [
  { name: 'value', type: 'int' as const },
  { name: 'global-default', type: 'bool' as const },
  { name: 'description', type: 'string' as const },
  { name: 'preemption-policy', type: 'string' as const },
];
