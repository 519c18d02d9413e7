// Which fields a kind can be selected by, and their values: the field label conversions of the API
// server's schemes (pkg/apis/core/v1/conversion.go, batch/v1) and each registry's selectable
// fields. A label a kind does not know is refused in that kind's own words; kinds without a
// conversion of their own know only metadata.name and metadata.namespace.
import type { ResourceType } from './resources.js';
import { SelectorParseError, type FieldRequirement } from './selectors.js';
import type { KubeObject } from './types.js';

type Value = (o: KubeObject) => string;

interface Selectable {
  fields: Record<string, Value>;
  reject: (label: string) => string;
}

const at =
  (...path: string[]): Value =>
  (o) => {
    let cur: unknown = o;
    for (const part of path) cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[part] : undefined;
    return cur === undefined || cur === null ? '' : String(cur);
  };
const or = (value: Value, fallback: string): Value => (o) => value(o) || fallback;

const NAME = { 'metadata.name': at('metadata', 'name') };
const META = { ...NAME, 'metadata.namespace': at('metadata', 'namespace') };
const core = (fields: Record<string, Value>): Selectable => ({ fields, reject: (label) => `field label not supported: ${label}` });

const BY_KIND: Record<string, Selectable> = {
  Pod: core({
    ...META,
    'spec.nodeName': at('spec', 'nodeName'),
    // Old v1 clients' name for spec.nodeName.
    'spec.host': at('spec', 'nodeName'),
    'spec.restartPolicy': at('spec', 'restartPolicy'),
    'spec.schedulerName': at('spec', 'schedulerName'),
    'spec.serviceAccountName': at('spec', 'serviceAccountName'),
    'spec.hostNetwork': or(at('spec', 'hostNetwork'), 'false'),
    'status.phase': at('status', 'phase'),
    'status.podIP': at('status', 'podIPs', '0', 'ip'),
    // Accepted by the conversion, but not among the pod's selectable fields: always empty.
    'status.podIPs': () => '',
    'status.nominatedNodeName': at('status', 'nominatedNodeName'),
  }),
  Node: core({ ...NAME, 'spec.unschedulable': or(at('spec', 'unschedulable'), 'false') }),
  Event: core({
    ...META,
    'involvedObject.kind': at('involvedObject', 'kind'),
    'involvedObject.namespace': at('involvedObject', 'namespace'),
    'involvedObject.name': at('involvedObject', 'name'),
    'involvedObject.uid': at('involvedObject', 'uid'),
    'involvedObject.apiVersion': at('involvedObject', 'apiVersion'),
    'involvedObject.resourceVersion': at('involvedObject', 'resourceVersion'),
    'involvedObject.fieldPath': at('involvedObject', 'fieldPath'),
    reason: at('reason'),
    reportingComponent: at('reportingComponent'),
    source: at('source', 'component'),
    type: at('type'),
  }),
  Namespace: core({ ...NAME, 'status.phase': at('status', 'phase') }),
  Secret: core({ ...META, type: at('type') }),
  Service: core({ ...META, 'spec.clusterIP': at('spec', 'clusterIP'), 'spec.type': at('spec', 'type') }),
  Job: { fields: { ...META, 'status.successful': or(at('status', 'succeeded'), '0') }, reject: (label) => `field label "${label}" not supported for batchv1.Job` },
};

const DEFAULT: Selectable = { fields: META, reject: (label) => `"${label}" is not a known field selector: only "metadata.name", "metadata.namespace"` };

/** The value of a field of an object of a type, or the error the API server gives for a field it cannot select by. */
export function selectableField(type: ResourceType, label: string): { value: Value } | { error: string } {
  const s = BY_KIND[type.kind] ?? DEFAULT;
  const value = s.fields[label];
  return value ? { value } : { error: s.reject(label) };
}

/** A parsed field selector as a predicate over objects of a type; a field the type cannot select by throws. */
export function fieldMatcher(type: ResourceType, reqs: readonly FieldRequirement[]): (o: KubeObject) => boolean {
  const checks = reqs.map((r) => {
    const f = selectableField(type, r.field);
    if ('error' in f) throw new SelectorParseError(f.error);
    return { r, value: f.value };
  });
  return (o) => checks.every(({ r, value }) => (r.op === '=' ? value(o) === r.value : value(o) !== r.value));
}
