// kubectl's util/qos GetPodQOS, computed client-side for describe's `QoS Class:` line.
import type { Pod } from '../../api/types.js';
import { addQuantity, compareQuantity, parseQuantity, type Quantity } from '../../core/quantity.js';

const SUPPORTED = new Set(['cpu', 'memory']);

/** BestEffort, Guaranteed or Burstable, from the requests and limits of all containers. */
export function getPodQOS(pod: Pod): 'BestEffort' | 'Guaranteed' | 'Burstable' {
  const requests = new Map<string, Quantity>();
  const limits = new Map<string, Quantity>();
  let isGuaranteed = true;
  const all = [...pod.spec.containers, ...(pod.spec.initContainers ?? [])];
  for (const c of all) {
    for (const [name, text] of Object.entries(c.resources?.requests ?? {})) {
      if (!SUPPORTED.has(name)) continue;
      const q = parseQuantity(text);
      if (!q || q.nano <= 0n) continue;
      const prev = requests.get(name);
      requests.set(name, prev ? addQuantity(q, prev) : q);
    }
    const found = new Set<string>();
    for (const [name, text] of Object.entries(c.resources?.limits ?? {})) {
      if (!SUPPORTED.has(name)) continue;
      const q = parseQuantity(text);
      if (!q || q.nano <= 0n) continue;
      found.add(name);
      const prev = limits.get(name);
      limits.set(name, prev ? addQuantity(q, prev) : q);
    }
    if (!found.has('memory') || !found.has('cpu')) isGuaranteed = false;
  }
  if (requests.size === 0 && limits.size === 0) return 'BestEffort';
  if (isGuaranteed) {
    for (const [name, req] of requests) {
      const lim = limits.get(name);
      if (!lim || compareQuantity(lim, req) !== 0) {
        isGuaranteed = false;
        break;
      }
    }
  }
  if (isGuaranteed && requests.size === limits.size) return 'Guaranteed';
  return 'Burstable';
}
