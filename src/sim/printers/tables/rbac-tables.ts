// RoleBindings and ClusterRoleBindings as the API server prints them (pkg/printers/internalversion/
// printers.go printRoleBinding, printClusterRoleBinding): NAME, ROLE (`Kind/name`), AGE, and wide
// USERS, GROUPS, SERVICEACCOUNTS (rbac.SubjectsStrings; a service account as `namespace/name`).
// Roles and ClusterRoles have no handler: the default NAME, CREATED AT.
import type { ClusterRoleBinding, RoleBinding, Subject } from '../../api/rbac-types.js';
import { DOCS } from './column-docs.js';
import { column, type TableHandler } from './table-types.js';
import { translateTimestampSince } from './time-format.js';

const ROLE_REF_DOC = {
  RoleBinding: 'RoleRef can reference a Role in the current namespace or a ClusterRole in the global namespace. If the RoleRef cannot be resolved, the Authorizer must return an error.',
  ClusterRoleBinding: 'RoleRef can only reference a ClusterRole in the global namespace. If the RoleRef cannot be resolved, the Authorizer must return an error.',
};

/** rbac.SubjectsStrings: users, groups and service accounts, each in the binding's order. */
export function subjectsStrings(subjects: readonly Subject[] | undefined): { users: string[]; groups: string[]; serviceAccounts: string[] } {
  const users: string[] = [];
  const groups: string[] = [];
  const serviceAccounts: string[] = [];
  for (const s of subjects ?? []) {
    if (s.kind === 'ServiceAccount') serviceAccounts.push(`${s.namespace ?? ''}/${s.name}`);
    else if (s.kind === 'User') users.push(s.name);
    else if (s.kind === 'Group') groups.push(s.name);
  }
  return { users, groups, serviceAccounts };
}

function bindingTable(kind: 'RoleBinding' | 'ClusterRoleBinding', noun: string): TableHandler<RoleBinding | ClusterRoleBinding> {
  return {
    columns: [
      column('Name', 'string', DOCS.metaName, { format: 'name' }),
      column('Role', 'string', ROLE_REF_DOC[kind]),
      column('Age', 'string', DOCS.metaCreationTimestamp),
      column('Users', 'string', `Users in the ${noun}`, { priority: 1 }),
      column('Groups', 'string', `Groups in the ${noun}`, { priority: 1 }),
      column('ServiceAccounts', 'string', `ServiceAccounts in the ${noun}`, { priority: 1 }),
    ],
    cells: (b, now) => {
      const s = subjectsStrings(b.subjects);
      return [b.metadata.name, `${b.roleRef?.kind ?? ''}/${b.roleRef?.name ?? ''}`, translateTimestampSince(b.metadata.creationTimestamp, now), s.users.join(', '), s.groups.join(', '), s.serviceAccounts.join(', ')];
    },
  };
}

export const roleBindingTable = bindingTable('RoleBinding', 'roleBinding');
export const clusterRoleBindingTable = bindingTable('ClusterRoleBinding', 'clusterRoleBinding');
