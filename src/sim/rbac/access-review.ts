// The review APIs kubectl's `auth` commands use: SelfSubjectAccessReview (may I do this?),
// SelfSubjectRulesReview (what may I do in this namespace?) and SelfSubjectReview (who am I?),
// answered as pkg/registry/authorization/{selfsubjectaccessreview,selfsubjectrulesreview}/rest.go
// and pkg/registry/authentication/selfsubjectreview/rest.go do.
import type { ApiServer } from '../api/api-server.js';
import type { PolicyRule } from '../api/rbac-types.js';
import { badRequest } from '../api/status-error.js';
import { rbacObjectsOf } from './rbac-objects.js';
import { rawApi } from './raw-api.js';
import type { RequestAttributes } from './request-attributes.js';
import { requestAuthorizer } from './request-authorizer.js';
import { rulesFor } from './rule-resolver.js';
import type { UserInfo } from './user-info.js';

export interface AccessReviewSpec {
  resourceAttributes?: { namespace?: string; verb?: string; group?: string; version?: string; resource?: string; subresource?: string; name?: string };
  nonResourceAttributes?: { path?: string; verb?: string };
}

export interface AccessReviewStatus {
  allowed: boolean;
  denied?: boolean;
  reason?: string;
  evaluationError?: string;
}

/** SelfSubjectAccessReview: the authorizer's decision on the attributes, for the requesting user. */
export function selfSubjectAccessReview(api: ApiServer, user: UserInfo, spec: AccessReviewSpec): AccessReviewStatus {
  const r = spec.resourceAttributes;
  const n = spec.nonResourceAttributes;
  if (!r && !n) throw badRequest('SelfSubjectAccessReview.authorization.k8s.io "" is invalid: spec.resourceAttributes: Invalid value: "null": exactly one of nonResourceAttributes or resourceAttributes must be specified');
  const attrs: RequestAttributes = r
    ? { user, verb: r.verb ?? '', resourceRequest: true, apiGroup: r.group ?? '', resource: r.resource ?? '', subresource: r.subresource ?? '', namespace: r.namespace ?? '', name: r.name ?? '' }
    : { user, verb: n!.verb ?? '', resourceRequest: false, path: n!.path ?? '' };
  const d = requestAuthorizer(api).decide(attrs);
  return { allowed: d.allowed, ...(d.reason ? { reason: d.reason } : {}) };
}

export interface RulesReviewStatus {
  resourceRules: { verbs: string[]; apiGroups?: string[]; resources?: string[]; resourceNames?: string[] }[];
  nonResourceRules: { verbs: string[]; nonResourceURLs?: string[] }[];
  incomplete: boolean;
  evaluationError?: string;
}

/** What the privileged-group authorizer answers for system:masters: everything. */
const CLUSTER_ADMIN_RULES: PolicyRule[] = [
  { verbs: ['*'], apiGroups: ['*'], resources: ['*'] },
  { verbs: ['*'], nonResourceURLs: ['*'] },
];

/** SelfSubjectRulesReview: every rule that applies to the user in the namespace (RBACAuthorizer.RulesFor). */
export function selfSubjectRulesReview(api: ApiServer, user: UserInfo, namespace: string): RulesReviewStatus {
  if (!namespace) throw badRequest('no namespace on request');
  const { rules, errors } = rulesFor(rbacObjectsOf(rawApi(api)), user, namespace);
  const status: RulesReviewStatus = { resourceRules: [], nonResourceRules: [], incomplete: false };
  for (const rule of user.groups.includes('system:masters') ? CLUSTER_ADMIN_RULES : rules) {
    if ((rule.resources ?? []).length > 0) {
      status.resourceRules.push({ verbs: rule.verbs, ...(rule.apiGroups ? { apiGroups: rule.apiGroups } : {}), resources: rule.resources!, ...(rule.resourceNames ? { resourceNames: rule.resourceNames } : {}) });
    }
    if ((rule.nonResourceURLs ?? []).length > 0) status.nonResourceRules.push({ verbs: rule.verbs, nonResourceURLs: rule.nonResourceURLs! });
  }
  if (errors.length > 0) status.evaluationError = errors.length === 1 ? errors[0]! : `[${errors.join(', ')}]`;
  return status;
}
