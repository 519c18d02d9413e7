// scheduling.k8s.io/v1 PriorityClass (k8s.io/api/scheduling/v1/types.go): a name pods give in
// spec.priorityClassName for the integer priority the scheduler orders them by.
import type { KubeObject } from './types.js';

export interface PriorityClass extends KubeObject {
  apiVersion: 'scheduling.k8s.io/v1';
  kind: 'PriorityClass';
  value: number;
  globalDefault?: boolean;
  description?: string;
  /** `PreemptLowerPriority` (default) or `Never`. */
  preemptionPolicy?: string;
}
