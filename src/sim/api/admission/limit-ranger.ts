// The LimitRanger admission plugin (plugin/pkg/admission/limitranger/admission.go): on Pod
// creation, each LimitRange of the namespace first fills the containers' missing requests and
// limits from its Container defaults (and says so in the `kubernetes.io/limit-ranger`
// annotation), then checks min, max and maxLimitRequestRatio per Container and per Pod.
import type { ObjectStore } from '../../store/object-store.js';
import { formatQuantity, parseQuantity, quantityMilliValue, quantityValue, type Quantity } from '../../core/quantity.js';
import { podRequestsAndLimits, type ResourceList } from '../pod-resources.js';
import type { LimitRange, LimitRangeItem } from '../policy-types.js';
import type { Container, KubeObject, Pod } from '../types.js';
import { admissionForbidden, aggregateMessage, type AdmissionAttributes, type AdmissionPlugin } from './admission-plugin.js';

const ANNOTATION = 'kubernetes.io/limit-ranger';
/** resource.MaxMilliValue: above it, comparisons use whole units. */
const MAX_MILLI_VALUE = 2 ** 63 / 1000;

function limitRanges(store: ObjectStore, namespace: string): LimitRange[] {
  return store.viewList<LimitRange>('limitranges', namespace);
}

/** defaultContainerResourceRequirements: every Container item's default and defaultRequest, later items winning. */
function containerDefaults(lr: LimitRange): { limits: Record<string, string>; requests: Record<string, string> } {
  const out = { limits: {} as Record<string, string>, requests: {} as Record<string, string> };
  for (const item of lr.spec?.limits ?? []) {
    if (item.type !== 'Container') continue;
    Object.assign(out.requests, item.defaultRequest);
    Object.assign(out.limits, item.default);
  }
  return out;
}

/** mergeContainerResources: fills what is missing; returns the annotation parts it set. */
function mergeContainer(c: Container, defaults: ReturnType<typeof containerDefaults>, prefix: string): string[] {
  const limits = { ...c.resources?.limits };
  const requests = { ...c.resources?.requests };
  const setLimits = Object.keys(defaults.limits).filter((k) => !Object.hasOwn(limits, k));
  const setRequests = Object.keys(defaults.requests).filter((k) => !Object.hasOwn(requests, k));
  for (const k of setLimits) limits[k] = defaults.limits[k]!;
  for (const k of setRequests) requests[k] = defaults.requests[k]!;
  if (setLimits.length === 0 && setRequests.length === 0) return [];
  c.resources = { ...c.resources, limits, requests };
  const parts: string[] = [];
  if (setRequests.length > 0) parts.push(`${setRequests.sort().join(', ')} request for ${prefix} ${c.name}`);
  if (setLimits.length > 0) parts.push(`${setLimits.sort().join(', ')} limit for ${prefix} ${c.name}`);
  return parts;
}

function mutatePod(pod: Pod, lr: LimitRange): void {
  const defaults = containerDefaults(lr);
  if (Object.keys(defaults.limits).length === 0 && Object.keys(defaults.requests).length === 0) return;
  const parts = [
    ...pod.spec.containers.flatMap((c) => mergeContainer(c, defaults, 'container')),
    ...(pod.spec.initContainers ?? []).flatMap((c) => mergeContainer(c, defaults, 'init container')),
  ];
  if (parts.length > 0) pod.metadata.annotations = { ...pod.metadata.annotations, [ANNOTATION]: `LimitRanger plugin set: ${parts.join('; ')}` };
}

type Resources = ResourceList | Record<string, string> | undefined;

function get(list: Resources, name: string): Quantity | undefined {
  if (list instanceof Map) return list.get(name);
  const text = list?.[name];
  return text === undefined ? undefined : parseQuantity(String(text));
}

/** requestLimitEnforcedValues: milli-units unless a value is too large for them. */
function values(...qs: Array<Quantity | undefined>): number[] {
  const milli = qs.every((q) => !q || quantityValue(q) <= MAX_MILLI_VALUE);
  return qs.map((q) => (q ? (milli ? quantityMilliValue(q) : quantityValue(q)) : 0));
}

function minConstraint(type: string, name: string, enforcedText: string, requests: Resources, limits: Resources): string | undefined {
  const enforced = parseQuantity(enforcedText)!;
  const req = get(requests, name);
  const lim = get(limits, name);
  const [r, l, e] = values(req, lim, enforced);
  const min = `minimum ${name} usage per ${type} is ${formatQuantity(enforced)}`;
  if (!req) return `${min}.  No request is specified`;
  if (r! < e!) return `${min}, but request is ${formatQuantity(req)}`;
  if (lim && l! < e!) return `${min}, but limit is ${formatQuantity(lim)}`;
  return undefined;
}

function maxConstraint(type: string, name: string, enforcedText: string, requests: Resources, limits: Resources): string | undefined {
  const enforced = parseQuantity(enforcedText)!;
  const req = get(requests, name);
  const lim = get(limits, name);
  const [r, l, e] = values(req, lim, enforced);
  const max = `maximum ${name} usage per ${type} is ${formatQuantity(enforced)}`;
  if (!lim) return `${max}.  No limit is specified`;
  if (l! > e!) return `${max}, but limit is ${formatQuantity(lim)}`;
  if (req && r! > e!) return `${max}, but request is ${formatQuantity(req)}`;
  return undefined;
}

function ratioConstraint(type: string, name: string, enforcedText: string, requests: Resources, limits: Resources): string | undefined {
  const enforced = parseQuantity(enforcedText)!;
  const req = get(requests, name);
  const lim = get(limits, name);
  const [r, l] = values(req, lim, enforced);
  const ratio = `${name} max limit to request ratio per ${type} is ${formatQuantity(enforced)}`;
  if (!req || r === 0) return `${ratio}, but no request is specified or request is 0`;
  if (!lim || l === 0) return `${ratio}, but no limit is specified or limit is 0`;
  const observed = l! / r!;
  const milli = quantityValue(enforced) <= MAX_MILLI_VALUE;
  if ((milli ? observed * 1000 : observed) > (milli ? quantityMilliValue(enforced) : quantityValue(enforced))) {
    return `${ratio}, but provided ratio is ${observed.toFixed(6)}`;
  }
  return undefined;
}

/** The three checks of one item against one set of requests and limits (keys sorted: Go's map order is random). */
function check(item: LimitRangeItem, requests: Resources, limits: Resources): string[] {
  const out: string[] = [];
  const run = (bounds: Record<string, string> | undefined, f: typeof minConstraint) => {
    for (const name of Object.keys(bounds ?? {}).sort()) {
      const err = f(item.type, name, String(bounds![name]), requests, limits);
      if (err) out.push(err);
    }
  };
  run(item.min, minConstraint);
  run(item.max, maxConstraint);
  run(item.maxLimitRequestRatio, ratioConstraint);
  return out;
}

/** PodValidateLimitFunc: every Container item on every container, every Pod item on the pod's totals. */
function validatePod(pod: Pod, lr: LimitRange): string[] {
  const errs: string[] = [];
  for (const item of lr.spec?.limits ?? []) {
    if (item.type === 'Container') {
      for (const c of [...pod.spec.containers, ...(pod.spec.initContainers ?? [])]) errs.push(...check(item, c.resources?.requests, c.resources?.limits));
    } else if (item.type === 'Pod') {
      const { requests, limits } = podRequestsAndLimits({ ...pod, spec: { ...pod.spec, overhead: {} } });
      errs.push(...check(item, requests, limits));
    }
  }
  return errs;
}

export const limitRanger: AdmissionPlugin = {
  name: 'LimitRanger',
  mutate(obj: KubeObject, attrs: AdmissionAttributes, store: ObjectStore): void {
    if (attrs.operation !== 'CREATE' || attrs.type.kind !== 'Pod' || !attrs.namespace) return;
    for (const lr of limitRanges(store, attrs.namespace)) mutatePod(obj as Pod, lr);
  },
  validate(obj: KubeObject, attrs: AdmissionAttributes, store: ObjectStore): void {
    if (attrs.operation !== 'CREATE' || attrs.type.kind !== 'Pod' || !attrs.namespace) return;
    // runLimitFunc: the first LimitRange that refuses decides.
    for (const lr of limitRanges(store, attrs.namespace)) {
      const errs = validatePod(obj as Pod, lr);
      if (errs.length > 0) throw admissionForbidden(obj, attrs, aggregateMessage(errs));
    }
  },
};

