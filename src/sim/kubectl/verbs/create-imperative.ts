// What every imperative `kubectl create <kind> NAME` shares: the object it builds and the words its
// Run puts before a failed create, NameFromCommandArgs, and the metadata of a typed Go object.
import type { ResourceType } from '../../api/resources.js';
import type { KubeObject, ObjectMeta } from '../../api/types.js';
import type { Kubectl } from '../context.js';
import { usageError } from '../errors.js';

export interface Imperative {
  type: ResourceType;
  obj: KubeObject;
  /** `failed to create configmap: ` (create_configmap.go); none for a namespace, which returns the error as it is. */
  failure?: string;
}

/** Builds the object of `kubectl create <command> NAME ...` from the arguments after the command. */
export type ImperativeBuilder = (k: Kubectl, args: string[]) => Imperative;

/** NameFromCommandArgs: exactly one NAME (arguments after `--` do not count). */
export function nameFromArgs(k: Kubectl, command: string, args: string[]): string {
  const names = args.length - (k.flags.dashArgs?.length ?? 0);
  const name = args[0];
  if (names !== 1 || !name) throw usageError(`create ${command}`, `exactly one NAME is required, got ${Math.max(names, 0)}`);
  return name;
}

/**
 * The metadata kubectl's typed object holds: a zero creationTimestamp (printed as null), and a
 * namespace only when `-n` named one (EnforceNamespace).
 */
export function imperativeMeta(k: Kubectl, name: string, namespaced = true): ObjectMeta {
  return { creationTimestamp: null as unknown as string, name, ...(namespaced && k.namespaceGiven ? { namespace: k.namespace } : {}) };
}

/** A Go map field with omitempty: left out when empty. */
export function nonEmpty<K extends string, V>(field: K, map: Record<string, V>): Partial<Record<K, Record<string, V>>> {
  return Object.keys(map).length > 0 ? ({ [field]: map } as Record<K, Record<string, V>>) : {};
}
