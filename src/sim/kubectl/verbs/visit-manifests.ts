// The resource builder's visit of `-f` objects, shared by create, apply, delete and get: objects
// in file order, each with the namespace it goes to; an object whose namespace contradicts `-n`
// ends the rest of its file, as the builder's RequireNamespace decorator does.
import type { ResourceType } from '../../api/resources.js';
import type { KubeObject } from '../../api/types.js';
import type { Kubectl } from '../context.js';
import { plainError, type SourcedError } from '../errors.js';
import type { ManifestEntry } from '../manifests.js';

export interface ManifestTarget {
  source: string;
  type: ResourceType;
  object: KubeObject;
  /** The namespace the object goes to (undefined for cluster-scoped kinds). */
  namespace: string | undefined;
}

/** Where a manifest object goes: its own namespace, or the command's; a mismatch with -n is an error. */
export function targetNamespace(k: Kubectl, type: ResourceType, obj: KubeObject): string | undefined {
  if (!type.namespaced) return undefined;
  const own = obj.metadata?.namespace;
  if (own && k.namespaceGiven && own !== k.namespace) {
    throw plainError(`the namespace from the provided object "${own}" does not match the namespace "${k.namespace}". You must pass '--namespace=${own}' to perform this operation.`);
  }
  return own || k.namespace;
}

/** Calls `visit` for each object in order; problems and namespace errors go to `errors`. */
export function visitManifests(k: Kubectl, entries: readonly ManifestEntry[], errors: SourcedError[], visit: (target: ManifestTarget) => void): void {
  const stopped = new Set<string>();
  for (const entry of entries) {
    if ('problem' in entry) {
      if (!stopped.has(entry.source)) errors.push({ error: new Error(entry.problem) });
      continue;
    }
    const { source, type, object } = entry.object;
    if (stopped.has(source)) continue;
    let namespace: string | undefined;
    try {
      namespace = targetNamespace(k, type, object);
    } catch (e) {
      errors.push({ error: e });
      stopped.add(source);
      continue;
    }
    visit({ source, type, object, namespace });
  }
}
