// A pod's effective requests and limits (component-helpers resource.PodRequests / PodLimits,
// which kubectl's PodRequestsAndLimits also follows): the sum of app containers and sidecars, or
// the largest init container if more, plus overhead. The scheduler fits pods by it, quota charges
// it, and describe node prints it.
import { addQuantity, compareQuantity, parseQuantity, type Quantity } from '../core/quantity.js';
import type { Container, Pod } from './types.js';

export type ResourceList = Map<string, Quantity>;

export function toList(values: Record<string, string> | undefined): ResourceList {
  const out: ResourceList = new Map();
  for (const [k, v] of Object.entries(values ?? {})) {
    const q = parseQuantity(v);
    if (q) out.set(k, q);
  }
  return out;
}

export function addResourceList(list: ResourceList, add: ResourceList): void {
  for (const [name, q] of add) {
    const prev = list.get(name);
    list.set(name, prev ? addQuantity(prev, q) : q);
  }
}

function maxResourceList(list: ResourceList, other: ResourceList): void {
  for (const [name, q] of other) {
    const prev = list.get(name);
    if (!prev || compareQuantity(q, prev) > 0) list.set(name, q);
  }
}

function isSidecar(c: Container): boolean {
  return c.restartPolicy === 'Always';
}

function effective(pod: Pod, pick: (c: Container) => Record<string, string> | undefined, overheadOnlyExisting: boolean): ResourceList {
  const total: ResourceList = new Map();
  for (const c of pod.spec.containers) addResourceList(total, toList(pick(c)));
  const restartable: ResourceList = new Map();
  const initMax: ResourceList = new Map();
  for (const c of pod.spec.initContainers ?? []) {
    let containerValues = toList(pick(c));
    if (isSidecar(c)) {
      addResourceList(total, containerValues);
      addResourceList(restartable, containerValues);
      containerValues = new Map(restartable);
    } else {
      const tmp: ResourceList = new Map();
      addResourceList(tmp, containerValues);
      addResourceList(tmp, restartable);
      containerValues = tmp;
    }
    maxResourceList(initMax, containerValues);
  }
  maxResourceList(total, initMax);
  const overhead = pod.spec.overhead;
  if (overhead) {
    for (const [name, q] of toList(overhead)) {
      const prev = total.get(name);
      if (prev) total.set(name, addQuantity(prev, q));
      else if (!overheadOnlyExisting) total.set(name, q);
    }
  }
  return total;
}

/** PodRequestsAndLimits: effective requests and limits (overhead adds to limits only where set). */
export function podRequestsAndLimits(pod: Pod): { requests: ResourceList; limits: ResourceList } {
  return {
    requests: effective(pod, (c) => c.resources?.requests, false),
    limits: effective(pod, (c) => c.resources?.limits, true),
  };
}
