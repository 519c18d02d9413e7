// k8s.io/api/scheduling/v1 (1.32): PriorityClass.
import { TYPE_META, type GoPackage } from './go-package.js';

export const SCHEDULING_V1: GoPackage = {
  path: 'k8s.io/api/scheduling/v1',
  imports: { metav1: 'meta', apiv1: 'core' },
  structs: {
    PriorityClass: {
      ...TYPE_META,
      metadata: 'metav1.ObjectMeta',
      value: 'int32',
      globalDefault: 'bool',
      description: 'string',
      preemptionPolicy: '*apiv1.PreemptionPolicy',
    },
  },
  named: {},
};
