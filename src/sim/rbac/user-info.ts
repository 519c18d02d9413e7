// Who a request comes from (k8s.io/apiserver/pkg/authentication/user and serviceaccount): a
// name and groups. kind's kubeconfig user is kubeadm's admin, whose certificate puts it in
// kubeadm:cluster-admins (kubeadm 1.29+); pods act as their service account.

export interface UserInfo {
  name: string;
  groups: readonly string[];
}

export const AUTHENTICATED = 'system:authenticated';
const SA_PREFIX = 'system:serviceaccount:';

/** The user kind's kubeconfig authenticates as. */
export const KIND_ADMIN: UserInfo = { name: 'kubernetes-admin', groups: ['kubeadm:cluster-admins', AUTHENTICATED] };

/** serviceaccount.MakeUsername. */
export function serviceAccountUsername(namespace: string, name: string): string {
  return `${SA_PREFIX}${namespace}:${name}`;
}

/** serviceaccount.MakeGroupNames: every service account is in these two groups. */
export function serviceAccountGroups(namespace: string): string[] {
  return ['system:serviceaccounts', `system:serviceaccounts:${namespace}`];
}

/** serviceaccount.SplitUsername: the namespace and name of a service account's user name, if it is one. */
export function splitServiceAccountUsername(username: string): { namespace: string; name: string } | undefined {
  if (!username.startsWith(SA_PREFIX)) return undefined;
  const parts = username.slice(SA_PREFIX.length).split(':');
  if (parts.length !== 2 || !parts[0] || !parts[1]) return undefined;
  return { namespace: parts[0], name: parts[1] };
}

/** A pod's service account as the token authenticator sees it. */
export function serviceAccountUser(namespace: string, name: string): UserInfo {
  return { name: serviceAccountUsername(namespace, name), groups: [...serviceAccountGroups(namespace), AUTHENTICATED] };
}

/**
 * The impersonation filter (apiserver/pkg/endpoints/filters/impersonation.go): the user named in
 * Impersonate-User (`--as`), with the Impersonate-Group groups (`--as-group`); a service
 * account's user name brings its groups when none are given; everyone but system:anonymous is
 * also in system:authenticated.
 */
export function impersonatedUser(name: string, groups: readonly string[]): UserInfo {
  const all = [...groups];
  const sa = splitServiceAccountUsername(name);
  if (sa && groups.length === 0) all.push(...serviceAccountGroups(sa.namespace));
  if (name !== 'system:anonymous' && !all.includes(AUTHENTICATED)) all.push(AUTHENTICATED);
  if (name === 'system:anonymous' && !all.includes('system:unauthenticated')) all.push('system:unauthenticated');
  return { name, groups: all };
}
