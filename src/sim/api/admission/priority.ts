// The Priority admission plugin (plugin/pkg/admission/priority/admission.go): a new pod gets the
// priority (and preemption policy) of the PriorityClass it names, or of the global default class,
// or 0; naming a class that is not there, or giving a priority of its own that differs, refuses
// it. A PriorityClass may be the global default only if no other one is.
import type { ObjectStore } from '../../store/object-store.js';
import type { PriorityClass } from '../priority-class-types.js';
import { qualifiedResource, typeForKind } from '../resources.js';
import { SYSTEM_PRIORITY_CLASSES } from '../system-priority-classes.js';
import type { KubeObject, Pod } from '../types.js';
import { admissionForbidden, type AdmissionAttributes, type AdmissionPlugin } from './admission-plugin.js';

const PRIORITY_CLASSES = qualifiedResource(typeForKind('PriorityClass', 'scheduling.k8s.io/v1')!);

/** The class by name; the system classes are known even before the API has stored them. */
function priorityClass(store: ObjectStore, name: string): Pick<PriorityClass, 'value' | 'preemptionPolicy'> | undefined {
  const stored = store.view<PriorityClass>(PRIORITY_CLASSES, undefined, name);
  if (stored) return stored;
  const system = SYSTEM_PRIORITY_CLASSES.find((c) => c.name === name);
  return system ? { value: system.value, preemptionPolicy: 'PreemptLowerPriority' } : undefined;
}

/** getDefaultPriorityClass: the global default with the lowest value, if any. */
function defaultPriorityClass(store: ObjectStore): PriorityClass | undefined {
  let found: PriorityClass | undefined;
  for (const pc of store.viewList<PriorityClass>(PRIORITY_CLASSES)) {
    if (pc.globalDefault && (!found || found.value > pc.value)) found = pc;
  }
  return found;
}

function admitPod(pod: Pod, attrs: AdmissionAttributes, store: ObjectStore): void {
  const spec = pod.spec;
  let priority: number;
  let preemptionPolicy: string | undefined;
  if (!spec.priorityClassName) {
    const dpc = defaultPriorityClass(store);
    if (dpc) {
      spec.priorityClassName = dpc.metadata.name;
      priority = dpc.value;
      preemptionPolicy = dpc.preemptionPolicy;
    } else {
      priority = 0;
      preemptionPolicy = 'PreemptLowerPriority';
    }
  } else {
    const pc = priorityClass(store, spec.priorityClassName);
    if (!pc) throw admissionForbidden(pod, attrs, `no PriorityClass with name ${spec.priorityClassName} was found`);
    priority = pc.value;
    preemptionPolicy = pc.preemptionPolicy;
  }
  if (spec.priority !== undefined && spec.priority !== priority) {
    throw admissionForbidden(pod, attrs, `the integer value of priority (${spec.priority}) must not be provided in pod spec; priority admission controller computed ${priority} from the given PriorityClass name`);
  }
  spec.priority = priority;
  if (preemptionPolicy !== undefined) {
    if (spec.preemptionPolicy !== undefined && spec.preemptionPolicy !== preemptionPolicy) {
      throw admissionForbidden(pod, attrs, `the string value of PreemptionPolicy (${spec.preemptionPolicy}) must not be provided in pod spec; priority admission controller computed ${preemptionPolicy} from the given PriorityClass name`);
    }
    spec.preemptionPolicy = preemptionPolicy;
  }
}

export const priorityAdmission: AdmissionPlugin = {
  name: 'Priority',
  mutate(obj: KubeObject, attrs: AdmissionAttributes, store: ObjectStore): void {
    if (attrs.operation === 'CREATE' && attrs.type.kind === 'Pod' && attrs.type.group === '') admitPod(obj as Pod, attrs, store);
  },
  validate(obj: KubeObject, attrs: AdmissionAttributes, store: ObjectStore): void {
    if (attrs.type.kind !== 'PriorityClass') return;
    const pc = obj as PriorityClass;
    if (!pc.globalDefault) return;
    const dpc = defaultPriorityClass(store);
    if (dpc && (attrs.operation === 'CREATE' || dpc.metadata.name !== pc.metadata.name)) {
      throw admissionForbidden(pc, attrs, `PriorityClass ${dpc.metadata.name} is marked as default. Only one default can exist`);
    }
  },
};
