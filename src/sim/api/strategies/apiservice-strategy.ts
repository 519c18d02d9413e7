// APIServices (k8s.io/kube-aggregator/pkg/registry/apiservice/strategy.go): a created one starts
// with no status, except a local one, which is Available at once; an update keeps the status; the
// service port defaults to 443 (SetDefaults_ServiceReference, apiregistration/v1/defaults.go).
import type { APIService } from '../apiservice-types.js';
import { rfc3339 } from '../time.js';
import { apiServiceNameProblems, validateAPIServiceSpec } from '../validation/validate-apiservice.js';
import { validateObjectMeta } from '../validation/object-meta.js';
import type { KubeObject } from '../types.js';
import type { Strategy, StrategyContext } from './types.js';

function defaultServicePort(svc: APIService): void {
  if (svc.spec?.service && svc.spec.service.port === undefined) svc.spec.service.port = 443;
}

function validate(obj: KubeObject) {
  const svc = obj as APIService;
  return [...validateObjectMeta(svc.metadata, false, apiServiceNameProblems(svc)), ...validateAPIServiceSpec(svc)];
}

export const apiServiceStrategy: Strategy = {
  nameProblems: () => [],
  prepareForCreate(obj, ctx: StrategyContext) {
    const svc = obj as APIService;
    defaultServicePort(svc);
    svc.status = {};
    if (!svc.spec?.service) {
      // NewLocalAvailableAPIServiceCondition
      svc.status = { conditions: [{ type: 'Available', status: 'True', lastTransitionTime: rfc3339(ctx.now()), reason: 'Local', message: 'Local APIServices are always available' }] };
    }
  },
  prepareForUpdate(next, old) {
    defaultServicePort(next as APIService);
    (next as APIService).status = (old as APIService).status ?? {};
  },
  validate,
  validateUpdate: validate,
};
