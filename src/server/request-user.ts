// Who an HTTP request comes from: the kubeconfig `kindling sim serve` writes authenticates as
// kind's admin; Impersonate-User and Impersonate-Group headers (kubectl's --as, --as-group) make it
// someone else, once the impersonation filter
// (apiserver/pkg/endpoints/filters/impersonation.go) has checked the admin may impersonate them.
import type { IncomingMessage } from 'node:http';
import { type ApiServer, forbiddenError, impersonatedUser, KIND_ADMIN, requestAuthorizer, splitServiceAccountUsername, type UserInfo } from '../sim/index.js';

function headerValues(raw: IncomingMessage, name: string): string[] {
  return raw.headersDistinct[name] ?? [];
}

export function requestUser(api: ApiServer, raw: IncomingMessage): UserInfo {
  const [name] = headerValues(raw, 'impersonate-user');
  const groups = headerValues(raw, 'impersonate-group');
  if (name === undefined && groups.length === 0) return KIND_ADMIN;
  const authz = requestAuthorizer(api);
  const base = { user: KIND_ADMIN, verb: 'impersonate', resourceRequest: true as const, subresource: '' };
  const check = (attrs: Parameters<typeof authz.decide>[0]) => {
    const d = authz.decide(attrs);
    if (!d.allowed) throw forbiddenError(attrs, d.reason);
  };
  const sa = name !== undefined ? splitServiceAccountUsername(name) : undefined;
  if (sa) check({ ...base, apiGroup: '', resource: 'serviceaccounts', namespace: sa.namespace, name: sa.name });
  else if (name !== undefined) check({ ...base, apiGroup: '', resource: 'users', namespace: '', name });
  for (const g of groups) check({ ...base, apiGroup: '', resource: 'groups', namespace: '', name: g });
  return impersonatedUser(name ?? '', groups);
}
