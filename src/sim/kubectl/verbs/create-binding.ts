// `kubectl create rolebinding NAME --role=R|--clusterrole=CR [--user=U] [--group=G]
// [--serviceaccount=NS:NAME]` and `kubectl create clusterrolebinding NAME --clusterrole=CR ...`
// (staging/src/k8s.io/kubectl/pkg/cmd/create/create_rolebinding.go, create_clusterrolebinding.go):
// subjects in the order users, groups, service accounts.
import { RBAC_GROUP, type ClusterRoleBinding, type RoleBinding, type Subject } from '../../api/rbac-types.js';
import { typeForKind } from '../../api/resources.js';
import type { Kubectl } from '../context.js';
import { plainError } from '../errors.js';
import { flagString, flagStrings } from '../flags.js';
import { imperativeMeta, nameFromArgs, type Imperative } from './create-imperative.js';

function subjectsOf(k: Kubectl): Subject[] {
  const subjects: Subject[] = [];
  for (const name of flagStrings(k.flags, 'user')) subjects.push({ kind: 'User', apiGroup: RBAC_GROUP, name });
  for (const name of flagStrings(k.flags, 'group')) subjects.push({ kind: 'Group', apiGroup: RBAC_GROUP, name });
  for (const sa of flagStrings(k.flags, 'serviceaccount')) {
    const tokens = sa.split(':');
    if (tokens.length !== 2 || !tokens[0] || !tokens[1]) throw plainError('serviceaccount must be <namespace>:<name>');
    subjects.push({ kind: 'ServiceAccount', apiGroup: '', name: tokens[1], namespace: tokens[0] });
  }
  return subjects;
}

export function createRoleBinding(k: Kubectl, args: string[]): Imperative {
  const name = nameFromArgs(k, 'rolebinding', args);
  const role = flagString(k.flags, 'role') ?? '';
  const clusterRole = flagString(k.flags, 'clusterrole') ?? '';
  if ((clusterRole === '') === (role === '')) throw plainError('exactly one of clusterrole or role must be specified');
  const subjects = subjectsOf(k);
  const binding: RoleBinding = {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'RoleBinding',
    metadata: imperativeMeta(k, name),
    roleRef: { apiGroup: RBAC_GROUP, kind: role ? 'Role' : 'ClusterRole', name: role || clusterRole },
    ...(subjects.length > 0 ? { subjects } : {}),
  };
  return { type: typeForKind('RoleBinding', 'rbac.authorization.k8s.io/v1')!, obj: binding };
}

export function createClusterRoleBinding(k: Kubectl, args: string[]): Imperative {
  if (!k.flags.values.has('clusterrole')) throw plainError('required flag(s) "clusterrole" not set');
  const name = nameFromArgs(k, 'clusterrolebinding', args);
  const subjects = subjectsOf(k);
  const binding: ClusterRoleBinding = {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'ClusterRoleBinding',
    metadata: imperativeMeta(k, name, false),
    roleRef: { apiGroup: RBAC_GROUP, kind: 'ClusterRole', name: flagString(k.flags, 'clusterrole') ?? '' },
    ...(subjects.length > 0 ? { subjects } : {}),
  };
  return { type: typeForKind('ClusterRoleBinding', 'rbac.authorization.k8s.io/v1')!, obj: binding };
}

export const BINDING_FLAGS = [
  { name: 'role', type: 'string' as const },
  { name: 'clusterrole', type: 'string' as const },
  { name: 'user', type: 'strings' as const },
  { name: 'group', type: 'strings' as const },
  { name: 'serviceaccount', type: 'strings' as const },
];
