// The pod-template-hash (controller.ComputeHash in kubernetes/kubernetes
// pkg/controller/controller_utils.go) and EqualIgnoreHash (util/deployment_util.go): how the
// Deployment controller names a template's ReplicaSet and finds the one that matches its template.
import { NAME_ALPHABET } from '../../cluster/random.js';

/** FNV-32a, the hash controller.ComputeHash uses. */
function fnv32a(text: string): number {
  let h = 0x811c9dc5;
  for (const b of new TextEncoder().encode(text)) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys((v as Record<string, unknown>)[k])]));
  return v;
}

/**
 * `pod-template-hash`: the hash's decimal digits, each mapped into apimachinery's safe alphabet.
 * The real controller hashes the typed template, so the order of keys in what a client sent (our
 * kubectl keeps the manifest's order, the real one sorts) must not change it.
 */
export function podTemplateHash(template: unknown, collisionCount = 0): string {
  const digits = String(fnv32a(`${JSON.stringify(sortKeys(template))}#${collisionCount}`));
  return [...digits].map((c) => NAME_ALPHABET[c.charCodeAt(0) % NAME_ALPHABET.length]).join('');
}

/** The template without the hash label (and without the creationTimestamp a typed template carries as null). */
function withoutHash(t: unknown): unknown {
  const copy = structuredClone(t) as { metadata?: { labels?: Record<string, string>; creationTimestamp?: unknown } };
  if (copy.metadata?.labels) {
    delete copy.metadata.labels['pod-template-hash'];
    if (Object.keys(copy.metadata.labels).length === 0) delete copy.metadata.labels;
  }
  if (copy.metadata) delete copy.metadata.creationTimestamp;
  return copy;
}

/** EqualIgnoreHash: the same template once the pod-template-hash label is left out. */
export function equalIgnoreHash(a: unknown, b: unknown): boolean {
  return JSON.stringify(sortKeys(withoutHash(a))) === JSON.stringify(sortKeys(withoutHash(b)));
}
