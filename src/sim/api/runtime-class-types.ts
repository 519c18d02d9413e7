// node.k8s.io/v1 RuntimeClass (k8s.io/api/node/v1/types.go): a name pods give in
// spec.runtimeClassName for the CRI handler that runs them, the overhead their sandbox costs, and
// the nodes that have the handler.
import type { KubeObject, Toleration } from './types.js';

export interface RuntimeClass extends KubeObject {
  apiVersion: 'node.k8s.io/v1';
  kind: 'RuntimeClass';
  /** A DNS-1123 label naming the CRI runtime handler; immutable. No omitempty: an absent one is `""`. */
  handler: string;
  overhead?: { podFixed?: Record<string, string> };
  scheduling?: { nodeSelector?: Record<string, string>; tolerations?: Toleration[] };
}
