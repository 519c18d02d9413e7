// StatefulSetStatusViewer.Status (staging/src/k8s.io/kubectl/pkg/polymorphichelpers/rollout_status.go):
// what `kubectl rollout status sts/NAME` prints for the set's state, and whether it is done.
import type { StatefulSet } from '../../api/statefulset-types.js';
import { plainError } from '../errors.js';

export function statefulSetRolloutStatus(s: StatefulSet): { text: string; done: boolean } {
  if (s.spec.updateStrategy?.type !== 'RollingUpdate') throw plainError('rollout status is only available for RollingUpdate strategy type');
  const observed = s.status.observedGeneration ?? 0;
  if (observed === 0 || (s.metadata.generation ?? 0) > observed) return { text: 'Waiting for statefulset spec update to be observed...\n', done: false };
  const replicas = s.spec.replicas;
  const ready = s.status.readyReplicas ?? 0;
  if (replicas !== undefined && ready < replicas) return { text: `Waiting for ${replicas - ready} pods to be ready...\n`, done: false };
  const rolling = s.spec.updateStrategy.rollingUpdate;
  const updated = s.status.updatedReplicas ?? 0;
  if (rolling) {
    const partition = rolling.partition;
    if (replicas !== undefined && partition !== undefined && updated < replicas - partition) {
      return { text: `Waiting for partitioned roll out to finish: ${updated} out of ${replicas - partition} new pods have been updated...\n`, done: false };
    }
    return { text: `partitioned roll out complete: ${updated} new pods have been updated...\n`, done: true };
  }
  if (s.status.updateRevision !== s.status.currentRevision) {
    return { text: `waiting for statefulset rolling update to complete ${updated} pods at revision ${s.status.updateRevision ?? ''}...\n`, done: false };
  }
  return { text: `statefulset rolling update complete ${s.status.currentReplicas ?? 0} pods at revision ${s.status.currentRevision ?? ''}...\n`, done: true };
}
