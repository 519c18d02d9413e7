// DaemonSetStatusViewer.Status (kubectl pkg/polymorphichelpers/rollout_status.go): the line
// `kubectl rollout status ds/x` prints for the rollout's state, and whether it is done.
import type { DaemonSet } from '../../api/types.js';
import { plainError } from '../errors.js';

export function daemonSetRolloutStatus(ds: DaemonSet): { text: string; done: boolean } {
  if (ds.spec.updateStrategy?.type !== 'RollingUpdate') {
    // The message names the StatefulSet constant, as kubectl's does.
    throw plainError('rollout status is only available for RollingUpdate strategy type');
  }
  const name = ds.metadata.name;
  const s = ds.status;
  if ((ds.metadata.generation ?? 0) <= (s.observedGeneration ?? 0)) {
    if ((s.updatedNumberScheduled ?? 0) < s.desiredNumberScheduled) {
      return { text: `Waiting for daemon set "${name}" rollout to finish: ${s.updatedNumberScheduled ?? 0} out of ${s.desiredNumberScheduled} new pods have been updated...\n`, done: false };
    }
    if ((s.numberAvailable ?? 0) < s.desiredNumberScheduled) {
      return { text: `Waiting for daemon set "${name}" rollout to finish: ${s.numberAvailable ?? 0} of ${s.desiredNumberScheduled} updated pods are available...\n`, done: false };
    }
    return { text: `daemon set "${name}" successfully rolled out\n`, done: true };
  }
  return { text: 'Waiting for daemon set spec update to be observed...\n', done: false };
}
