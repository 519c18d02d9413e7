// Who our kubectl's requests come from: kind's admin, or whoever `--as` / `--as-group` name
// (client-go sends them as Impersonate-User and Impersonate-Group headers; the API server's
// impersonation filter first checks that the admin may `impersonate` them). Once anyone acts
// as someone else, or RBAC has been touched, every request is authorized.
import { NotModelled } from './not-modelled.js';
import { flagString, flagStrings, type ParsedFlags } from './flags.js';
import type { KubectlCluster } from './context.js';
import { authorizingApi } from '../rbac/authorizing-api.js';
import { requestAuthorizer } from '../rbac/request-authorizer.js';
import { ROLES } from '../rbac/rbac-objects.js';
import { impersonatedUser, KIND_ADMIN, splitServiceAccountUsername, type UserInfo } from '../rbac/user-info.js';

/** kubectl verbs whose writes are merge patches (PATCH), not replacements (PUT). */
const PATCHING_VERBS = new Set(['apply', 'label', 'annotate', 'patch', 'scale', 'set', 'rollout', 'taint', 'cordon', 'uncordon', 'drain', 'autoscale']);

/** Verbs whose requests go to subresources or other servers (logs, exec, metrics) that the authorizing API does not see. */
const UNAUTHORIZED_PATHS = new Set(['logs', 'exec', 'attach', 'port-forward', 'proxy', 'cp', 'top', 'debug']);

/** The user `--as` and `--as-group` name, or undefined for the kubeconfig's own user. */
export function impersonationOf(flags: ParsedFlags): UserInfo | undefined {
  const as = flagString(flags, 'as');
  const groups = flagStrings(flags, 'as-group');
  if (as === undefined && groups.length === 0) return undefined;
  return impersonatedUser(as ?? '', groups);
}

/** The impersonation filter's check: the admin may impersonate the user (or service account) and each group. */
function checkImpersonation(cluster: KubectlCluster, user: UserInfo, groups: readonly string[]): void {
  const authz = requestAuthorizer(cluster.api);
  const base = { user: KIND_ADMIN, verb: 'impersonate', resourceRequest: true as const, subresource: '' };
  const sa = splitServiceAccountUsername(user.name);
  if (sa) authz.check({ ...base, apiGroup: '', resource: 'serviceaccounts', namespace: sa.namespace, name: sa.name });
  else authz.check({ ...base, apiGroup: '', resource: 'users', namespace: '', name: user.name });
  for (const g of groups) authz.check({ ...base, apiGroup: '', resource: 'groups', namespace: '', name: g });
}

/**
 * The cluster as this command's user reaches it: unchanged for the admin while RBAC is untouched
 * (it may do anything then), else an API that authorizes each request.
 */
export function clusterForUser(cluster: KubectlCluster, verb: string, flags: ParsedFlags): { cluster: KubectlCluster; user: UserInfo } {
  const impersonated = impersonationOf(flags);
  if (!impersonated) {
    if (cluster.api.untouched(ROLES)) return { cluster, user: KIND_ADMIN };
    return { cluster: { ...cluster, api: authorizingApi(cluster.api, KIND_ADMIN, PATCHING_VERBS.has(verb) ? 'patch' : 'update', verb === 'delete' ? 'delete' : 'get') }, user: KIND_ADMIN };
  }
  if (UNAUTHORIZED_PATHS.has(verb)) throw new NotModelled(`${verb} --as`, 'only requests to the API server itself are authorized');
  checkImpersonation(cluster, impersonated, flagStrings(flags, 'as-group'));
  return { cluster: { ...cluster, api: authorizingApi(cluster.api, impersonated, PATCHING_VERBS.has(verb) ? 'patch' : 'update', verb === 'delete' ? 'delete' : 'get') }, user: impersonated };
}
