// ResourceQuotas (pkg/registry/core/resourcequota/strategy.go): a create starts with an empty
// status and an update keeps the stored one (the quota controller owns it, through the status
// subresource); spec.hard is stored with canonical quantities; ValidateResourceQuota checks both.
import type { ResourceQuota } from '../policy-types.js';
import { dns1123SubdomainProblems } from '../validation/names.js';
import { validateResourceQuota } from '../validation/validate-resource-quota.js';
import { genericStrategy } from './generic-strategy.js';
import { storeResourceList } from './stored-resource-lists.js';
import type { Strategy } from './types.js';

/** What the decoder and etcd make of the spec: canonical quantities; empty lists are nil, so left out. */
function storeSpec(rq: ResourceQuota): void {
  rq.spec ??= {};
  storeResourceList(rq.spec, 'hard');
  if (rq.spec.scopes?.length === 0) delete rq.spec.scopes;
  const selector = rq.spec.scopeSelector;
  if (selector?.matchExpressions?.length === 0) delete selector.matchExpressions;
  for (const req of selector?.matchExpressions ?? []) if (req.values?.length === 0) delete req.values;
}

export const resourceQuotaStrategy: Strategy = {
  ...genericStrategy(true, dns1123SubdomainProblems, (o) => validateResourceQuota(o as ResourceQuota)),
  prepareForCreate(obj) {
    const rq = obj as ResourceQuota;
    rq.status = {};
    storeSpec(rq);
  },
  prepareForUpdate(next, old) {
    next['status'] = old['status'] ?? {};
    storeSpec(next as ResourceQuota);
  },
};
