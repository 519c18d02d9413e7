// The pod-template-hash (controller.ComputeHash in kubernetes/kubernetes
// pkg/controller/controller_utils.go) and EqualIgnoreHash (util/deployment_util.go): how the
// Deployment controller names a template's ReplicaSet and finds the one that matches its template.
import { NAME_ALPHABET } from '../../core/random.js';

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

/** JSON with sorted keys, undefined values left out (as JSON leaves them out). */
function stableJson(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  if (Array.isArray(v)) return `[${v.map(stableJson).join(',')}]`;
  const o = v as Record<string, unknown>;
  const keys = Object.keys(o).filter((k) => o[k] !== undefined).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${stableJson(o[k])}`).join(',')}}`;
}

const comparable = new WeakMap<object, string>();

/**
 * A template as EqualIgnoreHash compares it: without the hash label (and without the
 * creationTimestamp a typed template carries as null). Remembered per object: the cluster's
 * stored objects are frozen, so a ReplicaSet's template is worked out once, not at every sync.
 */
function comparableTemplate(t: unknown): string {
  if (t === null || typeof t !== 'object') return stableJson(t);
  const known = comparable.get(t);
  if (known !== undefined) return known;
  const template = t as { metadata?: { labels?: Record<string, string>; creationTimestamp?: unknown } };
  let metadata: Record<string, unknown> | undefined = template.metadata;
  if (metadata) {
    const labels = { ...(template.metadata?.labels ?? {}) };
    delete labels['pod-template-hash'];
    metadata = { ...metadata, labels: Object.keys(labels).length > 0 ? labels : undefined, creationTimestamp: undefined };
  }
  const text = stableJson({ ...template, metadata });
  comparable.set(t, text);
  return text;
}

/** EqualIgnoreHash: the same template once the pod-template-hash label is left out. */
export function equalIgnoreHash(a: unknown, b: unknown): boolean {
  return comparableTemplate(a) === comparableTemplate(b);
}
