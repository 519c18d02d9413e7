// The identity of a StatefulSet's pods (pkg/controller/statefulset/stateful_set_utils.go): the
// ordinal in a pod's name, the pod's name, hostname and subdomain, its claims'
// names (`<template>-<set>-<ordinal>`), the volumes that mount them, and the revision label.
import type { StatefulSet } from '../../api/statefulset-types.js';
import type { PersistentVolumeClaim } from '../../api/storage-types.js';
import type { Pod, Volume } from '../../api/types.js';

/** apps.ControllerRevisionHashLabelKey. */
export const REVISION_LABEL = 'controller-revision-hash';
/** apps.StatefulSetPodNameLabel and apps.PodIndexLabel. */
export const POD_NAME_LABEL = 'statefulset.kubernetes.io/pod-name';
export const POD_INDEX_LABEL = 'apps.kubernetes.io/pod-index';

const STATEFUL_POD_REGEX = /^(.*)-([0-9]+)$/;

/** getParentNameAndOrdinal: the set's name and the ordinal, or undefined and -1. */
export function parentNameAndOrdinal(pod: Pod): { parent: string | undefined; ordinal: number } {
  const m = STATEFUL_POD_REGEX.exec(pod.metadata.name);
  if (!m) return { parent: undefined, ordinal: -1 };
  const ordinal = Number.parseInt(m[2]!, 10);
  // strconv.ParseInt(.., 10, 32) fails past int32.
  if (!Number.isFinite(ordinal) || ordinal > 2147483647) return { parent: m[1], ordinal: -1 };
  return { parent: m[1], ordinal };
}

/** getOrdinal. */
export function getOrdinal(pod: Pod): number {
  return parentNameAndOrdinal(pod).ordinal;
}

/** getStartOrdinal: spec.ordinals.start (the StatefulSetStartOrdinal feature, on in 1.32). */
export function startOrdinal(set: StatefulSet): number {
  return set.spec.ordinals?.start ?? 0;
}

/** getEndOrdinal: the last ordinal in the set's range. */
export function endOrdinal(set: StatefulSet): number {
  return startOrdinal(set) + (set.spec.replicas ?? 1) - 1;
}

/** podInOrdinalRange. */
export function podInOrdinalRange(pod: Pod, set: StatefulSet): boolean {
  const ordinal = getOrdinal(pod);
  return ordinal >= startOrdinal(set) && ordinal <= endOrdinal(set);
}

/** getPodName: `<set>-<ordinal>`. */
export function podName(set: StatefulSet, ordinal: number): string {
  return `${set.metadata.name}-${ordinal}`;
}

/** getPersistentVolumeClaimName: `<template>-<set>-<ordinal>`. */
export function claimName(set: StatefulSet, template: PersistentVolumeClaim, ordinal: number): string {
  return `${template.metadata.name}-${set.metadata.name}-${ordinal}`;
}

/** isMemberOf: the pod's name says it belongs to the set. */
export function isMemberOf(set: StatefulSet, pod: Pod): boolean {
  return parentNameAndOrdinal(pod).parent === set.metadata.name;
}

/** identityMatches: name, namespace, the pod-name label, hostname and subdomain as the set gives them. */
export function identityMatches(set: StatefulSet, pod: Pod): boolean {
  const { parent, ordinal } = parentNameAndOrdinal(pod);
  return (
    ordinal >= 0 &&
    parent === set.metadata.name &&
    pod.metadata.name === podName(set, ordinal) &&
    pod.metadata.namespace === set.metadata.namespace &&
    pod.metadata.labels?.[POD_NAME_LABEL] === pod.metadata.name
  );
}

/** storageMatches: every claim template has a volume of the same name naming the pod's claim. */
export function storageMatches(set: StatefulSet, pod: Pod): boolean {
  const ordinal = getOrdinal(pod);
  if (ordinal < 0) return false;
  const volumes = new Map((pod.spec.volumes ?? []).map((v) => [v.name, v]));
  return (set.spec.volumeClaimTemplates ?? []).every((t) => volumes.get(t.metadata.name)?.persistentVolumeClaim?.claimName === claimName(set, t, ordinal));
}

/**
 * getPersistentVolumeClaims: the pod's claims from the set's templates, named for its ordinal,
 * labelled with the set's selector's matchLabels on top of the template's labels.
 */
export function claimsFor(set: StatefulSet, ordinal: number): Array<{ template: string; claim: PersistentVolumeClaim }> {
  return (set.spec.volumeClaimTemplates ?? []).map((t) => {
    const claim = structuredClone(t) as PersistentVolumeClaim;
    claim.metadata = { ...claim.metadata, name: claimName(set, t, ordinal), namespace: set.metadata.namespace ?? 'default' };
    delete claim.metadata.creationTimestamp;
    claim.metadata.labels = { ...(claim.metadata.labels ?? {}), ...(set.spec.selector.matchLabels ?? {}) };
    if (Object.keys(claim.metadata.labels).length === 0) delete claim.metadata.labels;
    return { template: t.metadata.name, claim };
  });
}

/** updateStorage: the claims' volumes first (in template order), then the template's other volumes. */
export function withStorage(set: StatefulSet, ordinal: number, volumes: readonly Volume[] | undefined): Volume[] | undefined {
  const claims = claimsFor(set, ordinal);
  if (claims.length === 0) return volumes ? [...volumes] : undefined;
  const names = new Set(claims.map((c) => c.template));
  return [
    ...claims.map((c) => ({ name: c.template, persistentVolumeClaim: { claimName: c.claim.metadata.name } })),
    ...(volumes ?? []).filter((v) => !names.has(v.name)),
  ];
}

/** newVersionedStatefulSetPod: the pod for an ordinal from the set's template, with its identity, storage and revision. */
export function newStatefulSetPod(set: StatefulSet, ordinal: number, revision: string): Pod {
  const template = set.spec.template;
  const name = podName(set, ordinal);
  const labels = { ...(template.metadata?.labels ?? {}), [POD_NAME_LABEL]: name, [POD_INDEX_LABEL]: String(ordinal), [REVISION_LABEL]: revision };
  const spec = structuredClone(template.spec);
  const volumes = withStorage(set, ordinal, spec.volumes);
  if (volumes) spec.volumes = volumes;
  spec.hostname = name;
  if (set.spec.serviceName) spec.subdomain = set.spec.serviceName;
  else delete spec.subdomain;
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      namespace: set.metadata.namespace ?? 'default',
      labels,
      ...(template.metadata?.annotations ? { annotations: { ...template.metadata.annotations } } : {}),
      ownerReferences: [{ apiVersion: 'apps/v1', blockOwnerDeletion: true, controller: true, kind: 'StatefulSet', name: set.metadata.name, uid: set.metadata.uid ?? '' }],
    },
    spec,
    status: {},
  };
}

/** isRunningAndReady. */
export function isRunningAndReady(pod: Pod): boolean {
  return pod.status.phase === 'Running' && pod.status.conditions?.find((c) => c.type === 'Ready')?.status === 'True';
}

/** isCreated: the pod has been given to the API server (it has a phase). */
export function isCreated(pod: Pod): boolean {
  return pod.status.phase !== undefined;
}

export function isTerminating(pod: Pod): boolean {
  return pod.metadata.deletionTimestamp !== undefined;
}

export function isFailed(pod: Pod): boolean {
  return pod.status.phase === 'Failed';
}

export function isSucceeded(pod: Pod): boolean {
  return pod.status.phase === 'Succeeded';
}

/** isHealthy: running, ready and not terminating. */
export function isHealthy(pod: Pod): boolean {
  return isRunningAndReady(pod) && !isTerminating(pod);
}

export function podRevision(pod: Pod): string {
  return pod.metadata.labels?.[REVISION_LABEL] ?? '';
}
