// RuntimeClasses (pkg/registry/node/runtimeclass/strategy.go): no defaults, validated on create
// and update (the handler may not change). Stored as etcd gives them back: `handler` always
// present (no omitempty), canonical podFixed quantities, empty lists and maps left out.
import type { RuntimeClass } from '../runtime-class-types.js';
import { validateRuntimeClass, validateRuntimeClassUpdate } from '../validation/validate-runtime-class.js';
import { dns1123SubdomainProblems } from '../validation/names.js';
import type { KubeObject } from '../types.js';
import { storeResourceList } from './stored-resource-lists.js';
import type { Strategy } from './types.js';

function normalize(obj: KubeObject): void {
  const rc = obj as RuntimeClass;
  rc.handler ??= '';
  if (rc.overhead) storeResourceList(rc.overhead, 'podFixed');
  const scheduling = rc.scheduling;
  if (scheduling) {
    if (scheduling.nodeSelector && Object.keys(scheduling.nodeSelector).length === 0) delete scheduling.nodeSelector;
    if (scheduling.tolerations?.length === 0) delete scheduling.tolerations;
  }
}

export const runtimeClassStrategy: Strategy = {
  nameProblems: dns1123SubdomainProblems,
  prepareForCreate: normalize,
  prepareForUpdate: normalize,
  validate: (o) => validateRuntimeClass(o as RuntimeClass),
  validateUpdate: (next, old) => validateRuntimeClassUpdate(next as RuntimeClass, old as RuntimeClass),
};
