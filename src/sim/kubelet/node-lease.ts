// A node's heartbeat Lease in kube-node-lease. The simulator keeps no Lease objects: the kubelet
// renews its lease every 10 s, so the lease reads as it would at that moment. `kubectl describe
// node` (ours, and the real one through the HTTP API) prints its holder and renew time.
import type { Lease } from '../api/api-extras.js';

const RENEW_EVERY_MS = 10_000;
const LEASE_DURATION_SECONDS = 40;

/** The lease of node `name` as it reads at virtual time `now`. */
export function nodeLease(name: string, now: number): Lease {
  const renewTime = new Date(now - (now % RENEW_EVERY_MS)).toISOString().replace(/\.\d+Z$/, '.000000Z');
  return {
    kind: 'Lease',
    apiVersion: 'coordination.k8s.io/v1',
    metadata: { name, namespace: 'kube-node-lease' },
    spec: { holderIdentity: name, leaseDurationSeconds: LEASE_DURATION_SECONDS, renewTime },
  };
}
