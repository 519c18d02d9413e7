// The resource quota controller (pkg/controller/resourcequota): sets a quota's status.hard from
// its spec and status.used from what the namespace's objects charge (every hard resource listed,
// "0" when nothing uses it), when the quota changes and when objects that it counts go away or
// stop counting (a pod that finished), and resyncs every quota every 5 minutes.
import { resolveResourceType, typeForKind, type ResourceType } from '../api/resources.js';
import { PODS } from '../api/pods-type.js';
import { evaluatorFor, quotaScopesMatch, sumUsage } from '../api/quota/quota-evaluators.js';
import type { ResourceQuota } from '../api/policy-types.js';
import type { KubeObject, Pod } from '../api/types.js';
import { jsonEqual } from '../store/json-data.js';
import { formatQuantity } from '../core/quantity.js';
import type { ClusterParts } from './cluster-parts.js';
import { createWorkQueue } from './work-queue.js';

const QUOTAS = typeForKind('ResourceQuota', 'v1')!;
const SERVICES = typeForKind('Service', 'v1')!;
/** --resource-quota-sync-period. */
const RESYNC_MS = 5 * 60_000;

/** The kind of object a quota resource name counts. */
function typeOfResource(name: string): ResourceType | undefined {
  if (name.startsWith('count/')) return resolveResourceType(name.slice('count/'.length));
  if (evaluatorFor(PODS).handles(name)) return PODS;
  if (evaluatorFor(SERVICES).handles(name)) return SERVICES;
  return resolveResourceType(name);
}

function sync(parts: ClusterParts, ns: string, name: string): void {
  const { api } = parts;
  const quota = api.view<ResourceQuota>(QUOTAS, ns, name);
  if (!quota || quota.metadata.deletionTimestamp) return;
  const hard = { ...quota.spec?.hard };
  const now = parts.loop.now();
  const used: Record<string, string> = {};
  const byType = new Map<ResourceType, string[]>();
  for (const resource of Object.keys(hard)) {
    const type = typeOfResource(resource);
    if (!type) continue;
    byType.set(type, [...(byType.get(type) ?? []), resource]);
  }
  for (const [type, names] of byType) {
    const evaluator = evaluatorFor(type);
    const objects = api.viewList<KubeObject>(type, ns).filter((o) => quotaScopesMatch(quota, type, o));
    const total = sumUsage(objects.map((o) => evaluator.usage(o, now)));
    for (const n of names) used[n] = total.has(n) ? formatQuantity(total.get(n)!) : '0';
  }
  const status = { hard, used: Object.fromEntries(Object.keys(hard).sort().filter((k) => k in used).map((k) => [k, used[k]!])) };
  if (!jsonEqual(quota.status, status)) api.updateStatus(QUOTAS, { ...quota, status });
}

export function startResourceQuotaController(parts: ClusterParts): void {
  const { api, loop } = parts;
  const enqueue = createWorkQueue(parts, 'resourcequota-controller', [10, 60], (ns, name) => sync(parts, ns, name));
  const resyncs = new Set<string>();
  const scheduleResync = (ns: string, name: string) => {
    const key = `${ns}/${name}`;
    if (resyncs.has(key)) return;
    resyncs.add(key);
    loop.after(RESYNC_MS, `resourcequota resync ${key}`, () => {
      resyncs.delete(key);
      if (api.view(QUOTAS, ns, name)) {
        enqueue(ns, name);
        scheduleResync(ns, name);
      }
    });
  };
  api.store.watch('resourcequotas', (e) => {
    if (e.type === 'DELETED') return;
    const q = e.object as ResourceQuota;
    if (e.type === 'MODIFIED' && q.status?.hard && jsonEqual(q.status.hard, q.spec?.hard ?? {})) return;
    const ns = q.metadata.namespace ?? 'default';
    enqueue(ns, q.metadata.name);
    scheduleResync(ns, q.metadata.name);
  });
  // Replenishment: what frees quota is a deletion, or a pod that stops counting.
  const replenish = (ns: string) => {
    for (const q of api.viewList<ResourceQuota>(QUOTAS, ns)) enqueue(ns, q.metadata.name);
  };
  api.store.watch(undefined, (e) => {
    const resource = e.resource;
    if (resource === 'resourcequotas' || resource === 'events' || resource === 'events.events.k8s.io') return;
    const ns = e.object.metadata.namespace;
    if (!ns) return;
    if (e.type === 'DELETED') replenish(ns);
    else if (resource === 'pods') {
      const phase = (e.object as Pod).status?.phase;
      if (phase === 'Succeeded' || phase === 'Failed') replenish(ns);
    }
  });
}
