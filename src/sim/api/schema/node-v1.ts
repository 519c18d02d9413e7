// k8s.io/api/node/v1 (1.32): RuntimeClass, its Overhead and Scheduling.
import { TYPE_META, type GoPackage } from './go-package.js';

export const NODE_V1: GoPackage = {
  path: 'k8s.io/api/node/v1',
  imports: { v1: 'core', metav1: 'meta' },
  structs: {
    RuntimeClass: { ...TYPE_META, metadata: 'metav1.ObjectMeta', handler: 'string', overhead: '*Overhead', scheduling: '*Scheduling' },
    Overhead: { podFixed: 'v1.ResourceList' },
    Scheduling: { nodeSelector: 'map[string]string', tolerations: '[]v1.Toleration' },
  },
  named: {},
};
