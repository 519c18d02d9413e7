// The APIServices kube-apiserver registers for its own group versions at start (the aggregator's
// autoregister controller, kube-apiserver `apiServicesToRegister`): one per group version a v1.32
// server serves by default, each `Local` and Available, with the priorities of
// controlplane/apiserver's defaultGenericAPIServicePriorities merged with cmd/kube-apiserver's
// apiVersionPriorities. flowcontrol v1beta3 is no longer served in 1.32 (the API removal guide);
// the aggregator's own group has no APIService.
import type { APIService } from '../api/apiservice-types.js';
import { typeForKind } from '../api/resources.js';
import { rfc3339 } from '../api/time.js';
import type { ClusterParts } from '../controllers/cluster-parts.js';

const APISERVICES = typeForKind('APIService', 'apiregistration.k8s.io/v1')!;

/** `[group, version, groupPriorityMinimum, versionPriority]` */
const LOCAL: ReadonlyArray<readonly [string, string, number, number]> = [
  ['', 'v1', 18000, 1],
  ['admissionregistration.k8s.io', 'v1', 16700, 15],
  ['apiextensions.k8s.io', 'v1', 16700, 15],
  ['apps', 'v1', 17800, 15],
  ['authentication.k8s.io', 'v1', 17700, 15],
  ['authorization.k8s.io', 'v1', 17600, 15],
  ['autoscaling', 'v1', 17500, 15],
  ['autoscaling', 'v2', 17500, 30],
  ['batch', 'v1', 17400, 15],
  ['certificates.k8s.io', 'v1', 17300, 15],
  ['coordination.k8s.io', 'v1', 16500, 15],
  ['discovery.k8s.io', 'v1', 16200, 15],
  ['events.k8s.io', 'v1', 17750, 15],
  ['flowcontrol.apiserver.k8s.io', 'v1', 16100, 21],
  ['networking.k8s.io', 'v1', 17200, 15],
  ['node.k8s.io', 'v1', 16300, 15],
  ['policy', 'v1', 17100, 15],
  ['rbac.authorization.k8s.io', 'v1', 17000, 15],
  ['scheduling.k8s.io', 'v1', 16600, 15],
  ['storage.k8s.io', 'v1', 16800, 15],
];

/**
 * Stores the local APIServices as of the cluster's birth. Their uids come from a stream of their
 * own, so adding them shifted no other object's uid.
 */
export function registerLocalAPIServices(parts: ClusterParts, birth: number): void {
  const uids = parts.random.stream('apiservice-uids');
  for (const [group, version, groupPriorityMinimum, versionPriority] of LOCAL) {
    const obj: APIService = {
      apiVersion: 'apiregistration.k8s.io/v1',
      kind: 'APIService',
      metadata: { name: `${version}.${group}`, uid: uids.uuid(), creationTimestamp: rfc3339(birth), labels: { 'kube-aggregator.kubernetes.io/automanaged': 'onstart' } },
      spec: { ...(group ? { group } : {}), version, groupPriorityMinimum, versionPriority },
      status: { conditions: [{ type: 'Available', status: 'True', lastTransitionTime: rfc3339(birth), reason: 'Local', message: 'Local APIServices are always available' }] },
    };
    parts.api.put(APISERVICES, obj);
  }
}
