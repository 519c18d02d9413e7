// The cluster's authorizer chain as kind configures kube-apiserver (`--authorization-mode=
// Node,RBAC`): system:masters may do anything; the RBAC authorizer
// (plugin/pkg/auth/authorizer/rbac/rbac.go) allows what a bound rule allows and otherwise gives no
// opinion, with the resolver's errors as the reason. The Node authorizer only speaks for
// system:node: users, which kubectl never is here, so it is not modelled.
import { forbiddenRequest, type StatusError } from '../api/status-error.js';
import type { RequestAttributes } from './request-attributes.js';
import { ruleAllows } from './rule-matching.js';
import { visitRulesFor, type RbacObjects } from './rule-resolver.js';

export interface Decision {
  allowed: boolean;
  /** Why: `RBAC: allowed by ...`, or the resolver's errors when denied (`RBAC: role.rbac.authorization.k8s.io "x" not found`). */
  reason: string;
}

/** utilerrors.NewAggregate(errs).Error(). */
function aggregate(errors: readonly string[]): string {
  return errors.length === 1 ? errors[0]! : `[${errors.join(', ')}]`;
}

export function authorize(objects: RbacObjects, attrs: RequestAttributes): Decision {
  if (attrs.user.groups.includes('system:masters')) return { allowed: true, reason: '' };
  let allowedBy: string | undefined;
  const errors: string[] = [];
  const namespace = attrs.resourceRequest ? attrs.namespace : '';
  visitRulesFor(objects, attrs.user, namespace, (source, rule, error) => {
    if (rule && ruleAllows(attrs, rule)) {
      allowedBy = source;
      return false;
    }
    if (error) errors.push(error);
    return true;
  });
  if (allowedBy !== undefined) return { allowed: true, reason: `RBAC: allowed by ${allowedBy}` };
  return { allowed: false, reason: errors.length > 0 ? `RBAC: ${aggregate(errors)}` : '' };
}

/** responsewriters.forbiddenMessage: what the API server says the user may not do. */
export function forbiddenMessage(attrs: RequestAttributes): string {
  const user = attrs.user.name;
  if (!attrs.resourceRequest) return `User "${user}" cannot ${attrs.verb} path "${attrs.path}"`;
  const resource = attrs.subresource ? `${attrs.resource}/${attrs.subresource}` : attrs.resource;
  const where = attrs.namespace ? `in the namespace "${attrs.namespace}"` : 'at the cluster scope';
  return `User "${user}" cannot ${attrs.verb} resource "${resource}" in API group "${attrs.apiGroup}" ${where}`;
}

/** responsewriters.ForbiddenStatusError: the 403 for a denied request. */
export function forbiddenError(attrs: RequestAttributes, reason: string): StatusError {
  const message = reason ? `${forbiddenMessage(attrs)}: ${reason}` : forbiddenMessage(attrs);
  if (!attrs.resourceRequest) return forbiddenRequest('', '', '', message);
  return forbiddenRequest(attrs.resource, attrs.apiGroup, attrs.name, message);
}
