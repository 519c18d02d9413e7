// `kubectl create role NAME --verb=... --resource=...[.group][/subresource] [--resource-name=...]`
// and `kubectl create clusterrole` (staging/src/k8s.io/kubectl/pkg/cmd/create/create_role.go,
// create_clusterrole.go): verbs and resources de-duplicated, each resource resolved by the
// RESTMapper (short names expand, the group is found), one rule per API group in group order.
import { resolveResourceType, typeForKind } from '../../api/resources.js';
import type { ClusterRole, PolicyRule, Role } from '../../api/rbac-types.js';
import type { Kubectl } from '../context.js';
import { plainError } from '../errors.js';
import { flagStrings } from '../flags.js';
import { imperativeMeta, nameFromArgs, type Imperative } from './create-imperative.js';

const VALID_RESOURCE_VERBS = ['*', 'get', 'delete', 'list', 'create', 'update', 'patch', 'watch', 'proxy', 'deletecollection', 'use', 'bind', 'escalate', 'impersonate'];
const VALID_NON_RESOURCE_VERBS = ['*', 'get', 'post', 'put', 'delete', 'patch', 'head', 'options'];

/** specialVerbs: verbs that only make sense on some resources. */
const SPECIAL_VERBS: Record<string, { resource: string; group: string }[]> = {
  use: [
    { group: 'policy', resource: 'podsecuritypolicies' },
    { group: 'extensions', resource: 'podsecuritypolicies' },
  ],
  bind: [
    { group: 'rbac.authorization.k8s.io', resource: 'roles' },
    { group: 'rbac.authorization.k8s.io', resource: 'clusterroles' },
  ],
  escalate: [
    { group: 'rbac.authorization.k8s.io', resource: 'roles' },
    { group: 'rbac.authorization.k8s.io', resource: 'clusterroles' },
  ],
  impersonate: [
    { group: '', resource: 'users' },
    { group: '', resource: 'serviceaccounts' },
    { group: '', resource: 'groups' },
    { group: 'authentication.k8s.io', resource: 'userextras' },
    { group: 'authentication.k8s.io', resource: 'uids' },
  ],
};

interface ResourceOption {
  resource: string;
  group: string;
  subresource: string;
}

/** A stringSlice flag: every value, comma-separated values split (pflag reads them as CSV). */
function sliceFlag(k: Kubectl, name: string): string[] {
  return flagStrings(k.flags, name).flatMap((v) => v.split(','));
}

/** Complete: `*` stands for every verb; duplicates dropped. */
function verbsOf(k: Kubectl): string[] {
  const verbs: string[] = [];
  for (const v of sliceFlag(k, 'verb')) {
    if (v === '*') return ['*'];
    if (!verbs.includes(v)) verbs.push(v);
  }
  return verbs;
}

/** Complete: `resource.group/subresource`; a bare `*` alone. */
function resourcesOf(k: Kubectl): ResourceOption[] {
  const out: ResourceOption[] = [];
  for (const r of sliceFlag(k, 'resource')) {
    const slash = r.indexOf('/');
    const section = slash < 0 ? r : r.slice(0, slash);
    const dot = section.indexOf('.');
    const option = { resource: dot < 0 ? section : section.slice(0, dot), group: dot < 0 ? '' : section.slice(dot + 1), subresource: slash < 0 ? '' : r.slice(slash + 1) };
    if (option.resource === '*' && dot < 0 && slash < 0) return [option];
    out.push(option);
  }
  return out;
}

/** The RESTMapper's ResourceFor: the served type's plural and group, or the mapper's error. */
function resourceFor(r: ResourceOption): { resource: string; group: string; error?: string } {
  const type = resolveResourceType(r.group ? `${r.resource}.${r.group}` : r.resource);
  if (type) return { resource: type.resource, group: type.group };
  return { resource: r.resource, group: r.group, error: `no matches for ${r.group}/, Resource=${r.resource}` };
}

/** validateResource. */
function validateResources(resources: readonly ResourceOption[], verbs: readonly string[]): void {
  for (const r of resources) {
    if (!r.resource) throw plainError('resource must be specified if apiGroup/subresource specified');
    if (r.resource === '*') return;
    const found = resourceFor(r);
    let error = found.error;
    for (const v of verbs) {
      const allowed = SPECIAL_VERBS[v];
      if (!allowed) continue;
      if (!allowed.some((a) => a.resource === found.resource && a.group === found.group)) throw plainError(`can not perform '${v}' on '${found.resource}' in group '${found.group}'`);
      error = undefined;
    }
    if (error) throw plainError(error);
  }
}

/** generateResourcePolicyRules. */
function policyRules(verbs: string[], resources: readonly ResourceOption[], names: string[], urls: string[]): PolicyRule[] {
  const byGroup = new Map<string, string[]>();
  for (const r of resources) {
    const found = resourceFor(r);
    const resource = r.subresource ? `${found.resource}/${r.subresource}` : found.resource;
    const list = byGroup.get(found.group) ?? [];
    if (!list.includes(resource)) list.push(resource);
    byGroup.set(found.group, list);
  }
  const rules: PolicyRule[] = [...byGroup.keys()]
    .sort()
    .map((g) => ({ verbs, apiGroups: [g], resources: byGroup.get(g)!, ...(names.length > 0 ? { resourceNames: names } : {}) }));
  if (urls.length > 0) rules.push({ verbs, nonResourceURLs: urls });
  return rules;
}

const uniqueNames = (k: Kubectl) => [...new Set(flagStrings(k.flags, 'resource-name'))];

function warnVerbs(k: Kubectl, verbs: readonly string[]): void {
  for (const v of verbs) if (!VALID_RESOURCE_VERBS.includes(v)) k.err(`Warning: '${v}' is not a standard resource verb\n`);
}

export function createRole(k: Kubectl, args: string[]): Imperative {
  const name = nameFromArgs(k, 'role', args);
  const verbs = verbsOf(k);
  const resources = resourcesOf(k);
  if (verbs.length === 0) throw plainError('at least one verb must be specified');
  warnVerbs(k, verbs);
  if (resources.length === 0) throw plainError('at least one resource must be specified');
  validateResources(resources, verbs);
  const role: Role = {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'Role',
    metadata: imperativeMeta(k, name),
    rules: policyRules(verbs, resources, uniqueNames(k), []),
  };
  return { type: typeForKind('Role', 'rbac.authorization.k8s.io/v1')!, obj: role };
}

/** `--aggregation-rule=key=value,...` (a mapStringString flag). */
function aggregationLabels(k: Kubectl): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const pair of sliceFlag(k, 'aggregation-rule')) {
    const eq = pair.indexOf('=');
    if (eq < 0) throw plainError(`invalid argument "${flagStrings(k.flags, 'aggregation-rule').join(',')}" for "--aggregation-rule" flag: ${pair} must be formatted as key=value`);
    labels[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return labels;
}

export function createClusterRole(k: Kubectl, args: string[]): Imperative {
  const name = nameFromArgs(k, 'clusterrole', args);
  const verbs = verbsOf(k);
  const resources = resourcesOf(k);
  const urls = sliceFlag(k, 'non-resource-url');
  const names = uniqueNames(k);
  const aggregation = aggregationLabels(k);
  const type = typeForKind('ClusterRole', 'rbac.authorization.k8s.io/v1')!;
  const meta = imperativeMeta(k, name, false);
  if (Object.keys(aggregation).length > 0) {
    if (urls.length > 0 || verbs.length > 0 || resources.length > 0 || names.length > 0) {
      throw plainError('aggregation rule must not be specified when verbs, resources or resourceNames are specified');
    }
    const role: ClusterRole = { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: meta, aggregationRule: { clusterRoleSelectors: [{ matchLabels: aggregation }] } };
    return { type, obj: role };
  }
  if (verbs.length === 0) throw plainError('at least one verb must be specified');
  if (resources.length === 0 && urls.length === 0) throw plainError('one of resource or nonResourceURL must be specified');
  if (resources.length > 0) {
    warnVerbs(k, verbs);
    validateResources(resources, verbs);
  }
  if (urls.length > 0) {
    for (const v of verbs) if (!VALID_NON_RESOURCE_VERBS.includes(v)) throw plainError(`invalid verb: '${v}' for nonResourceURL`);
    for (const url of urls) {
      if (url === '*') continue;
      if (url === '' || !url.startsWith('/')) throw plainError('nonResourceURL should start with /');
      if (url.slice(0, -1).includes('*')) throw plainError("nonResourceURL only supports wildcard matches when '*' is at the end");
    }
  }
  const role: ClusterRole = { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: meta, rules: policyRules(verbs, resources, names, urls) };
  return { type, obj: role };
}

export const ROLE_FLAGS = [
  { name: 'verb', type: 'strings' as const },
  { name: 'resource', type: 'strings' as const },
  { name: 'resource-name', type: 'strings' as const },
  { name: 'non-resource-url', type: 'strings' as const },
  { name: 'aggregation-rule', type: 'strings' as const },
];

