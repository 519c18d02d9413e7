// The ResourceQuota admission plugin (apiserver/pkg/admission/plugin/resourcequota/controller.go):
// on create, every quota of the namespace whose status covers what the object charges checks
// the pod's declared resources (constraints), then whether the new usage stays within `hard`;
// when it does, the quota's `status.used` goes up at once, before the quota controller recounts.
import type { ObjectStore } from '../../store/object-store.js';
import { addQuantity, compareQuantity, formatQuantity, parseQuantity, type Quantity } from '../../core/quantity.js';
import { evaluatorFor, quotaScopesMatch, type Usage } from '../quota/quota-evaluators.js';
import type { ResourceQuota } from '../policy-types.js';
import type { KubeObject } from '../types.js';
import { admissionForbidden, type AdmissionAttributes, type AdmissionPlugin } from './admission-plugin.js';

/** prettyPrint: `name=value` pairs by name, joined by commas. */
function prettyPrint(list: ReadonlyMap<string, Quantity>, names: readonly string[]): string {
  return [...names].sort().map((n) => `${n}=${formatQuantity(list.get(n) ?? parseQuantity('0')!)}`).join(',');
}

function toUsage(list: Record<string, string> | undefined): Usage {
  const out: Usage = new Map();
  for (const [k, v] of Object.entries(list ?? {})) {
    const q = parseQuantity(String(v));
    if (q) out.set(k, q);
  }
  return out;
}

/** Creates `now` as the admission's clock; the plugin is built per API server. */
export function resourceQuotaAdmission(now: () => number): AdmissionPlugin {
  return {
    name: 'ResourceQuota',
    validate(obj: KubeObject, attrs: AdmissionAttributes, store: ObjectStore): void {
      if (attrs.operation !== 'CREATE' || !attrs.namespace || !attrs.type.namespaced) return;
      const evaluator = evaluatorFor(attrs.type);
      const updates: ResourceQuota[] = [];
      for (const quota of store.viewList<ResourceQuota>('resourcequotas', attrs.namespace)) {
        const hard = toUsage(quota.status?.hard);
        if (hard.size === 0 || !quotaScopesMatch(quota, attrs.type, obj)) continue;
        const matched = [...hard.keys()].filter((n) => evaluator.handles(n));
        if (matched.length === 0) continue;
        const name = quota.metadata.name;
        const constraint = evaluator.constraints?.(matched, obj);
        if (constraint) throw admissionForbidden(obj, attrs, `failed quota: ${name}: ${constraint}`);
        const used = toUsage(quota.status?.used);
        const unknown = matched.filter((n) => !used.has(n)).sort();
        if (unknown.length > 0) throw admissionForbidden(obj, attrs, `status unknown for quota: ${name}, resources: ${unknown.join(',')}`);
        const delta = new Map([...evaluator.usage(obj, now())].filter(([n]) => matched.includes(n)));
        if (delta.size === 0) continue;
        const next = new Map(used);
        for (const [n, q] of delta) next.set(n, addQuantity(used.get(n)!, q));
        const exceeded = [...delta.keys()].filter((n) => compareQuantity(next.get(n)!, hard.get(n)!) > 0);
        if (exceeded.length > 0) {
          throw admissionForbidden(
            obj,
            attrs,
            `exceeded quota: ${name}, requested: ${prettyPrint(delta, exceeded)}, used: ${prettyPrint(used, exceeded)}, limited: ${prettyPrint(hard, exceeded)}`,
          );
        }
        const usedText = Object.fromEntries([...next].map(([n, q]) => [n, formatQuantity(q)]));
        updates.push({ ...quota, status: { ...quota.status, used: usedText } });
      }
      if (attrs.dryRun) return;
      for (const q of updates) store.replace('resourcequotas', q);
    },
  };
}
