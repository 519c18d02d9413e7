// What probes and lifecycle hooks see of the pod worker that runs them (PodWorker implements it).
import type { Pod } from '../api/types.js';
import type { PodSandbox } from '../runtime/pod-sandbox.js';
import type { ContainerRecord } from './container-record.js';

export interface PodWorkerView {
  readonly pod: Pod;
  readonly sandbox: PodSandbox | undefined;
  /** Writes the status the kubelet would report now, if it changed. */
  publish(): void;
  /** Liveness failure: stops the container so that the restart policy brings it back. */
  restartForLiveness(rec: ContainerRecord): void;
}
