// The RuntimeClass admission plugin (plugin/pkg/admission/runtimeclass/admission.go): on Pod
// create, a pod naming a RuntimeClass gets its overhead (and must not bring a different one) and
// its scheduling: the node selector merged in (a conflicting key refuses the pod), the
// tolerations merged. In the validating phase an overhead is only allowed when it is the one the
// RuntimeClass defines.
import type { ObjectStore } from '../../store/object-store.js';
import { compareQuantity, parseQuantity } from '../../core/quantity.js';
import { qualifiedResource, typeForKind } from '../resources.js';
import type { RuntimeClass } from '../runtime-class-types.js';
import { goQuote } from '../schema/go-quote.js';
import { sortGoStrings } from '../../core/text/go-strings.js';
import type { KubeObject, Pod } from '../types.js';
import { admissionForbidden, type AdmissionAttributes, type AdmissionPlugin } from './admission-plugin.js';
import { mergeTolerations } from './merge-tolerations.js';

const RUNTIME_CLASSES = qualifiedResource(typeForKind('RuntimeClass', 'node.k8s.io/v1')!);
const MISMATCH = "pod rejected: Pod's Overhead doesn't match RuntimeClass's defined Overhead";

const applies = (attrs: AdmissionAttributes): boolean => attrs.operation === 'CREATE' && attrs.type.kind === 'Pod' && attrs.type.group === '';

/** prepareObjects: the pod's RuntimeClass; a name that is not there refuses the pod. */
function runtimeClassOf(pod: Pod, attrs: AdmissionAttributes, store: ObjectStore): RuntimeClass | undefined {
  const name = pod.spec.runtimeClassName;
  if (name === undefined) return undefined;
  const rc = store.view<RuntimeClass>(RUNTIME_CLASSES, undefined, name);
  if (!rc) throw admissionForbidden(pod, attrs, `pod rejected: RuntimeClass ${goQuote(name)} not found`);
  return rc;
}

/** apiequality.Semantic.DeepEqual of two ResourceLists: nil equals empty, quantities by value. */
function sameResources(a: Record<string, string> | undefined, b: Record<string, string> | undefined): boolean {
  const ka = Object.keys(a ?? {});
  if (ka.length !== Object.keys(b ?? {}).length) return false;
  return ka.every((k) => {
    const x = parseQuantity(String(a![k]));
    const y = b && k in b ? parseQuantity(String(b[k])) : undefined;
    return x !== undefined && y !== undefined && compareQuantity(x, y) === 0;
  });
}

const hasOverhead = (pod: Pod): boolean => Object.keys(pod.spec.overhead ?? {}).length > 0;

function setOverhead(pod: Pod, rc: RuntimeClass | undefined, attrs: AdmissionAttributes): void {
  if (!rc?.overhead) return;
  const podFixed = rc.overhead.podFixed;
  if (hasOverhead(pod) && !sameResources(podFixed, pod.spec.overhead)) throw admissionForbidden(pod, attrs, MISMATCH);
  if (podFixed) pod.spec.overhead = { ...podFixed };
  else delete pod.spec.overhead;
}

function setScheduling(pod: Pod, rc: RuntimeClass | undefined, attrs: AdmissionAttributes): void {
  const scheduling = rc?.scheduling;
  if (!scheduling) return;
  const wanted = scheduling.nodeSelector;
  if (pod.spec.nodeSelector === undefined) {
    if (wanted) pod.spec.nodeSelector = { ...wanted };
  } else {
    // Upstream ranges over the map: with several conflicts, which one is named is random.
    for (const key of sortGoStrings(Object.keys(wanted ?? {}))) {
      const value = wanted![key]!;
      const podValue = pod.spec.nodeSelector[key];
      if (podValue !== undefined && podValue !== value) {
        throw admissionForbidden(pod, attrs, `conflict: runtimeClass.scheduling.nodeSelector[${key}] = ${value}; pod.spec.nodeSelector[${key}] = ${podValue}`);
      }
      pod.spec.nodeSelector[key] = value;
    }
  }
  const merged = mergeTolerations(pod.spec.tolerations ?? [], scheduling.tolerations ?? []);
  if (merged.length > 0) pod.spec.tolerations = merged;
  else delete pod.spec.tolerations;
}

export const runtimeClassAdmission: AdmissionPlugin = {
  name: 'RuntimeClass',
  mutate(obj: KubeObject, attrs: AdmissionAttributes, store: ObjectStore): void {
    if (!applies(attrs)) return;
    const pod = obj as Pod;
    const rc = runtimeClassOf(pod, attrs, store);
    setOverhead(pod, rc, attrs);
    setScheduling(pod, rc, attrs);
  },
  validate(obj: KubeObject, attrs: AdmissionAttributes, store: ObjectStore): void {
    if (!applies(attrs)) return;
    const pod = obj as Pod;
    const rc = runtimeClassOf(pod, attrs, store);
    if (!hasOverhead(pod)) return;
    if (!rc?.overhead) throw admissionForbidden(pod, attrs, 'pod rejected: Pod Overhead set without corresponding RuntimeClass defined Overhead');
    if (!sameResources(rc.overhead.podFixed, pod.spec.overhead)) throw admissionForbidden(pod, attrs, MISMATCH);
  },
};
