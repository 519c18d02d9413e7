// Which pods of a node drain deletes, and why not the others (staging/src/k8s.io/kubectl/pkg/
// drain/filters.go and GetPodsForDeletion in drain.go): each pod goes through the filters in
// order until one keeps it; finished pods always go; mirror (static) pods are skipped quietly;
// DaemonSet pods, pods with emptyDir volumes and pods no controller owns stop the drain unless
// a flag allows them, with the filters' own words.
import type { ApiServer } from '../../api/api-server.js';
import { typeForKind } from '../../api/resources.js';
import { PODS } from '../../api/pods-type.js';
import { StatusError } from '../../api/status-error.js';
import type { Pod } from '../../api/types.js';

const DAEMONSETS = typeForKind('DaemonSet', 'apps/v1')!;

const DAEMONSET_FATAL = 'DaemonSet-managed Pods (use --ignore-daemonsets to ignore)';
const DAEMONSET_WARNING = 'ignoring DaemonSet-managed Pods';
const LOCAL_STORAGE_FATAL = 'Pods with local storage (use --delete-emptydir-data to override)';
const LOCAL_STORAGE_WARNING = 'deleting Pods with local storage';
const UNMANAGED_FATAL = 'cannot delete Pods that declare no controller (use --force to override)';
const UNMANAGED_WARNING = 'deleting Pods that declare no controller';

export interface DrainFilterOptions {
  force: boolean;
  ignoreDaemonSets: boolean;
  deleteEmptyDirData: boolean;
  /** --skip-wait-for-delete-timeout: pods deleting for longer than this many seconds are skipped (0: never). */
  skipWaitSeconds: number;
  podSelector: string;
}

type Status = { delete: boolean; reason: 'Okay' | 'Skip' | 'Warning' | 'Error'; message?: string };

const OKAY: Status = { delete: true, reason: 'Okay' };
const SKIP: Status = { delete: false, reason: 'Skip' };
const warning = (del: boolean, message: string): Status => ({ delete: del, reason: 'Warning', message });
const error = (message: string): Status => ({ delete: false, reason: 'Error', message });

const finished = (pod: Pod) => pod.status.phase === 'Succeeded' || pod.status.phase === 'Failed';
const controllerOf = (pod: Pod) => pod.metadata.ownerReferences?.find((o) => o.controller === true);

/** shouldSkipPod: deleting for more than `seconds` (the client's clock). */
export function deletingLongerThan(pod: Pod, seconds: number, now: number): boolean {
  const since = pod.metadata.deletionTimestamp;
  return seconds > 0 && since !== undefined && Math.floor((now - Date.parse(since)) / 1000) > seconds;
}

type Filter = (pod: Pod) => Status;

function filters(api: ApiServer, o: DrainFilterOptions, now: number): Filter[] {
  const skipDeleted: Filter = (pod) => (deletingLongerThan(pod, o.skipWaitSeconds, now) ? SKIP : OKAY);
  const daemonSet: Filter = (pod) => {
    const ref = controllerOf(pod);
    if (!ref || ref.kind !== 'DaemonSet' || finished(pod)) return OKAY;
    try {
      api.get(DAEMONSETS, pod.metadata.namespace, ref.name);
    } catch (e) {
      if (!(e instanceof StatusError)) throw e;
      // An orphan: deleted with a warning under --force.
      return e.status.reason === 'NotFound' && o.force ? warning(true, e.message) : error(e.message);
    }
    return o.ignoreDaemonSets ? warning(false, DAEMONSET_WARNING) : error(DAEMONSET_FATAL);
  };
  const mirror: Filter = (pod) => (pod.metadata.annotations?.['kubernetes.io/config.mirror'] !== undefined ? SKIP : OKAY);
  const localStorage: Filter = (pod) => {
    if (!(pod.spec.volumes ?? []).some((v) => v.emptyDir !== undefined) || finished(pod)) return OKAY;
    return o.deleteEmptyDirData ? warning(true, LOCAL_STORAGE_WARNING) : error(LOCAL_STORAGE_FATAL);
  };
  const unreplicated: Filter = (pod) => {
    if (finished(pod) || controllerOf(pod)) return OKAY;
    return o.force ? warning(true, UNMANAGED_WARNING) : error(UNMANAGED_FATAL);
  };
  return [skipDeleted, daemonSet, mirror, localStorage, unreplicated];
}

export interface PodsForDeletion {
  /** The pods to evict or delete, in list order. */
  pods: Pod[];
  /** PodDeleteList.Warnings: `message: ns/a, ns/b` per message, joined by `; ` ('' when none). */
  warnings: string;
  /** PodDeleteList.errors: `cannot delete <message>: ns/a, ns/b`, one per message. */
  errors: string[];
}

/**
 * GetPodsForDeletion. The messages group pods by message in a Go map, whose order is random from
 * run to run; here they come in the order their first pod was listed.
 */
export function podsForDeletion(api: ApiServer, nodeName: string, o: DrainFilterOptions, now: number): PodsForDeletion {
  const listed = api.list<Pod>(PODS, undefined, { fieldSelector: `spec.nodeName=${nodeName}`, ...(o.podSelector ? { labelSelector: o.podSelector } : {}) }).items;
  const all = filters(api, o, now);
  const pods: Pod[] = [];
  const warned = new Map<string, string[]>();
  const failed = new Map<string, string[]>();
  for (const pod of listed) {
    let status = OKAY;
    for (const f of all) {
      status = f(pod);
      if (!status.delete) break;
    }
    const who = `${pod.metadata.namespace}/${pod.metadata.name}`;
    if (status.delete) pods.push(pod);
    if (status.reason === 'Warning') warned.set(status.message!, [...(warned.get(status.message!) ?? []), who]);
    if (status.reason === 'Error') failed.set(status.message || 'unexpected error', [...(failed.get(status.message || 'unexpected error') ?? []), who]);
  }
  const warnings = [...warned].map(([m, who]) => `${m}: ${who.join(', ')}`).join('; ');
  // 1.32 puts `cannot delete` before every message, even the one that starts with it.
  const errors = [...failed].map(([m, who]) => `cannot delete ${m}: ${who.join(', ')}`);
  return { pods, warnings, errors };
}
