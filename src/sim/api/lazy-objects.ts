// Bootstrap objects the API server stores on first use (system priority classes, RBAC policy).
import type { KubeObject } from './types.js';

/**
 * Objects a real cluster creates at start-up that few lessons read: they are stored the first
 * time a request touches one of their types (so they shift no resourceVersion or uid in lessons
 * that never do), dated from the cluster's start, with uids of their own random stream.
 */
export interface LazyObjects {
  /** Store keys (`clusterroles.rbac.authorization.k8s.io`) whose first use stores the objects. */
  keys: readonly string[];
  /** When the cluster started: the objects' creationTimestamp. */
  createdAt: number;
  objects(): KubeObject[];
  /** Runs once the objects are stored (a controller that starts watching them). */
  stored?(): void;
}
