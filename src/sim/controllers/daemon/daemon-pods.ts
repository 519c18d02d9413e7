// What the DaemonSet controller puts into the pods it makes and how it recognises an up-to-date
// one: a port of pkg/controller/daemon/util/daemonset_util.go (CreatePodTemplate,
// AddOrUpdateDaemonPodTolerations, ReplaceDaemonSetPodNodeNameNodeAffinity, GetTargetNodeName,
// IsPodUpdated) and the revision hash (controller.ComputeHash, as snapshot in
// pkg/controller/daemon/update.go names a revision).
import type { DaemonSet, Pod, PodTemplateSpec, Toleration } from '../../api/types.js';
import { TEMPLATE_GENERATION_ANNOTATION } from '../../api/strategies/daemon-set-strategy.js';
import { podTemplateHash } from '../deployment/template-hash.js';
import { cloneJson } from '../../store/json-data.js';

export const TEMPLATE_GENERATION_LABEL = 'pod-template-generation';
export const REVISION_HASH_LABEL = 'controller-revision-hash';

/** v1helper.AddOrUpdateTolerationInPodSpec: replaces a toleration that matches (key, operator, value, effect), else appends. */
function addOrUpdateToleration(spec: Pod['spec'], t: Toleration): void {
  const list = spec.tolerations ?? [];
  const same = (a: Toleration) => (a.key ?? '') === (t.key ?? '') && (a.operator ?? '') === (t.operator ?? '') && (a.value ?? '') === (t.value ?? '') && (a.effect ?? '') === (t.effect ?? '');
  const i = list.findIndex(same);
  if (i >= 0) list[i] = t;
  else list.push(t);
  spec.tolerations = list;
}

/** AddOrUpdateDaemonPodTolerations: node problems never evict or keep out a daemon pod. */
export function addDaemonPodTolerations(spec: Pod['spec']): void {
  addOrUpdateToleration(spec, { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute' });
  addOrUpdateToleration(spec, { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute' });
  addOrUpdateToleration(spec, { key: 'node.kubernetes.io/disk-pressure', operator: 'Exists', effect: 'NoSchedule' });
  addOrUpdateToleration(spec, { key: 'node.kubernetes.io/memory-pressure', operator: 'Exists', effect: 'NoSchedule' });
  addOrUpdateToleration(spec, { key: 'node.kubernetes.io/pid-pressure', operator: 'Exists', effect: 'NoSchedule' });
  addOrUpdateToleration(spec, { key: 'node.kubernetes.io/unschedulable', operator: 'Exists', effect: 'NoSchedule' });
  if (spec.hostNetwork) addOrUpdateToleration(spec, { key: 'node.kubernetes.io/network-unavailable', operator: 'Exists', effect: 'NoSchedule' });
}

/** ReplaceDaemonSetPodNodeNameNodeAffinity: the required node affinity becomes `metadata.name In [node]`. */
export function pinToNode(spec: Pod['spec'], nodeName: string): void {
  const term = { matchFields: [{ key: 'metadata.name', operator: 'In', values: [nodeName] }] };
  spec.affinity ??= {};
  spec.affinity.nodeAffinity ??= {};
  const required = spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution;
  if (!required) spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution = { nodeSelectorTerms: [term] };
  else required.nodeSelectorTerms = [term];
}

/** GetTemplateGeneration: the annotation's value, or undefined. */
export function templateGeneration(ds: DaemonSet): number | undefined {
  const v = ds.metadata.annotations?.[TEMPLATE_GENERATION_ANNOTATION];
  if (v === undefined) return undefined;
  const n = Number.parseInt(v, 10);
  return Number.isNaN(n) ? undefined : n;
}

/** CreatePodTemplate: the template with the daemon tolerations and the generation and hash labels. */
export function daemonPodTemplate(ds: DaemonSet, hash: string): PodTemplateSpec {
  const t = cloneJson(ds.spec.template);
  addDaemonPodTolerations(t.spec);
  t.metadata ??= {};
  t.metadata.labels = { ...(t.metadata.labels ?? {}) };
  const generation = templateGeneration(ds);
  if (generation !== undefined) t.metadata.labels[TEMPLATE_GENERATION_LABEL] = String(generation);
  if (hash) t.metadata.labels[REVISION_HASH_LABEL] = hash;
  return t;
}

/** GetTargetNodeName: the pod's node, or the node its daemon affinity names. */
export function targetNodeName(pod: Pod): string | undefined {
  if (pod.spec.nodeName) return pod.spec.nodeName;
  for (const term of pod.spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms ?? []) {
    for (const f of term.matchFields ?? []) {
      if (f.key === 'metadata.name' && f.operator === 'In' && f.values?.length === 1) return f.values[0];
    }
  }
  return undefined;
}

/** IsPodUpdated: the pod carries the current hash or the current template generation. */
export function isPodUpdated(pod: Pod, hash: string, generation: number | undefined): boolean {
  const labels = pod.metadata.labels ?? {};
  const templateMatches = generation !== undefined && labels[TEMPLATE_GENERATION_LABEL] === String(generation);
  const hashMatches = hash.length > 0 && labels[REVISION_HASH_LABEL] === hash;
  return hashMatches || templateMatches;
}

/**
 * The `controller-revision-hash` of a DaemonSet's current template: controller.ComputeHash of the
 * template and the collision count (snapshot in pkg/controller/daemon/update.go), the hash the
 * Deployment controller names its ReplicaSets by.
 */
const hashes = new WeakMap<object, Map<number | undefined, string>>();

export function revisionHash(ds: DaemonSet): string {
  // The store hands out the same frozen template until it changes: hash each one once.
  if (!Object.isFrozen(ds.spec.template)) return podTemplateHash(ds.spec.template, ds.status?.collisionCount);
  const byCollision = hashes.get(ds.spec.template) ?? new Map<number | undefined, string>();
  hashes.set(ds.spec.template, byCollision);
  const known = byCollision.get(ds.status?.collisionCount);
  if (known !== undefined) return known;
  const hash = podTemplateHash(ds.spec.template, ds.status?.collisionCount);
  byCollision.set(ds.status?.collisionCount, hash);
  return hash;
}
