// Authorizes the requests of one user against one cluster: what kube-apiserver's
// authorization filter does before a handler runs. kind's admin is allowed everything by its
// bootstrap binding, so while no request has touched RBAC that answer needs no RBAC objects.
import type { ApiServer } from '../api/api-server.js';
import { authorize, forbiddenError } from './authorizer.js';
import { rbacObjectsOf, ROLES } from './rbac-objects.js';
import { rawApi } from './raw-api.js';
import type { RequestAttributes } from './request-attributes.js';
import type { UserInfo } from './user-info.js';

const isKindAdmin = (user: UserInfo): boolean => user.groups.includes('kubeadm:cluster-admins') || user.groups.includes('system:masters');

export interface RequestAuthorizer {
  /** The decision for a request, with the reason when denied. */
  decide(attrs: RequestAttributes): { allowed: boolean; reason: string };
  /** Throws the API server's 403 when the request is not allowed. */
  check(attrs: RequestAttributes): void;
}

export function requestAuthorizer(userApi: ApiServer): RequestAuthorizer {
  const api = rawApi(userApi);
  const decide = (attrs: RequestAttributes) => {
    if (isKindAdmin(attrs.user) && api.untouched(ROLES)) return { allowed: true, reason: '' };
    return authorize(rbacObjectsOf(api), attrs);
  };
  return {
    decide,
    check(attrs) {
      const d = decide(attrs);
      if (!d.allowed) throw forbiddenError(attrs, d.reason);
    },
  };
}
