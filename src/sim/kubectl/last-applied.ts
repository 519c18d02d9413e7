// kubectl's last-applied-configuration annotation: what `kubectl apply` (verbs/apply.ts) records on
// an object, and what the cluster's addons (cluster/addons/) record on the objects a user would
// have applied. Its own file, so that an addon needs no part of kubectl's verbs.
import type { KubeObject } from '../api/types.js';
import { marshalGoJson } from '../printers/go-json.js';

export const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

/** The annotation value kubectl writes: the manifest as compact JSON (sorted keys) and a newline. */
export function lastAppliedValue(obj: KubeObject): string {
  const copy = structuredClone(obj) as KubeObject;
  copy.metadata.annotations = { ...(copy.metadata.annotations ?? {}) };
  delete copy.metadata.annotations[LAST_APPLIED];
  return `${marshalGoJson(copy)}\n`;
}
