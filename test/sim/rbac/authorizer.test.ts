// The RBAC authorizer against upstream's tables (plugin/pkg/auth/authorizer/rbac/rbac_test.go
// TestAuthorizer and TestRuleMatches), plus the reasons and Forbidden texts the API server gives.
import { describe, expect, test } from 'vitest';
import type { ClusterRole, ClusterRoleBinding, PolicyRule, Role, RoleBinding, Subject } from '../../../src/sim/api/rbac-types.js';
import { authorize, forbiddenError } from '../../../src/sim/rbac/authorizer.js';
import type { RequestAttributes, ResourceAttributes } from '../../../src/sim/rbac/request-attributes.js';
import { ruleAllows } from '../../../src/sim/rbac/rule-matching.js';
import type { RbacObjects } from '../../../src/sim/rbac/rule-resolver.js';
import { impersonatedUser, serviceAccountUser } from '../../../src/sim/rbac/user-info.js';

const G = 'rbac.authorization.k8s.io';
const split = (s: string) => s.split(',');
/** newRule: comma-separated verbs, groups, resources and URLs, as upstream's helper splits them. */
const newRule = (verbs: string, groups: string, resources: string, urls: string): PolicyRule => ({
  verbs: split(verbs),
  apiGroups: split(groups),
  resources: split(resources),
  nonResourceURLs: split(urls),
});
const subjects = (list: string[]): Subject[] =>
  list.map((s) => {
    const [kind, name] = [s.slice(0, s.indexOf(':')), s.slice(s.indexOf(':') + 1)];
    return kind === 'ServiceAccount' ? { kind, name } : { kind, apiGroup: G, name };
  });
const meta = (name: string, namespace?: string) => ({ name, ...(namespace ? { namespace } : {}) });

interface Fixture {
  roles?: Role[];
  roleBindings?: RoleBinding[];
  clusterRoles?: ClusterRole[];
  clusterRoleBindings?: ClusterRoleBinding[];
}

function objects(f: Fixture): RbacObjects {
  return {
    clusterRoleBindings: () => f.clusterRoleBindings ?? [],
    roleBindings: (ns) => (f.roleBindings ?? []).filter((b) => b.metadata.namespace === ns),
    role: (ns, name) => (f.roles ?? []).find((r) => r.metadata.namespace === ns && r.metadata.name === name),
    clusterRole: (name) => (f.clusterRoles ?? []).find((r) => r.metadata.name === name),
  };
}
const clusterRole = (name: string, ...rules: PolicyRule[]): ClusterRole => ({ apiVersion: `${G}/v1`, kind: 'ClusterRole', metadata: meta(name), rules });
const role = (ns: string, name: string, ...rules: PolicyRule[]): Role => ({ apiVersion: `${G}/v1`, kind: 'Role', metadata: meta(name, ns), rules });
const roleBinding = (ns: string, name: string, kind: 'Role' | 'ClusterRole', ...who: string[]): RoleBinding => ({
  apiVersion: `${G}/v1`,
  kind: 'RoleBinding',
  metadata: meta(`${name}-binding`, ns),
  roleRef: { apiGroup: G, kind, name },
  subjects: subjects(who),
});
const clusterRoleBinding = (name: string, ...who: string[]): ClusterRoleBinding => ({
  apiVersion: `${G}/v1`,
  kind: 'ClusterRoleBinding',
  metadata: meta(`${name}-binding`),
  roleRef: { apiGroup: G, kind: 'ClusterRole', name },
  subjects: subjects(who),
});

/** defaultAttributes{user, groups, verb, resource, subresource, namespace, apiGroup}. */
const res = (user: string, groups: string, verb: string, resource: string, subresource: string, namespace: string, apiGroup: string): RequestAttributes => ({
  user: { name: user, groups: groups ? split(groups) : [] },
  verb,
  resourceRequest: true,
  apiGroup,
  resource,
  subresource,
  namespace,
  name: '',
});
const url = (user: { name?: string; groups?: string[] }, verb: string, path: string): RequestAttributes => ({
  user: { name: user.name ?? '', groups: user.groups ?? [] },
  verb,
  resourceRequest: false,
  path,
});

describe('TestAuthorizer', () => {
  const cases: { fixture: Fixture; pass: RequestAttributes[]; fail: RequestAttributes[] }[] = [
    {
      fixture: { clusterRoles: [clusterRole('admin', newRule('*', '*', '*', '*'))], roleBindings: [roleBinding('ns1', 'admin', 'ClusterRole', 'User:admin', 'Group:admins')] },
      pass: [
        res('admin', '', 'get', 'Pods', '', 'ns1', ''),
        res('admin', '', 'watch', 'Pods', '', 'ns1', ''),
        res('admin', 'group1', 'watch', 'Foobar', '', 'ns1', ''),
        res('joe', 'admins', 'watch', 'Foobar', '', 'ns1', ''),
        res('joe', 'group1,admins', 'watch', 'Foobar', '', 'ns1', ''),
      ],
      fail: [
        res('admin', '', 'GET', 'Pods', '', 'ns2', ''),
        res('admin', '', 'GET', 'Nodes', '', '', ''),
        res('admin', 'admins', 'GET', 'Pods', '', 'ns2', ''),
        res('admin', 'admins', 'GET', 'Nodes', '', '', ''),
      ],
    },
    {
      fixture: {
        clusterRoles: [
          clusterRole('non-resource-url-getter', newRule('get', '', '', '/apis')),
          clusterRole('non-resource-url', newRule('*', '', '', '/apis')),
          clusterRole('non-resource-url-prefix', newRule('get', '', '', '/apis/*')),
        ],
        clusterRoleBindings: [
          clusterRoleBinding('non-resource-url-getter', 'User:foo', 'Group:bar'),
          clusterRoleBinding('non-resource-url', 'User:admin', 'Group:admin'),
          clusterRoleBinding('non-resource-url-prefix', 'User:prefixed', 'Group:prefixed'),
        ],
      },
      pass: [
        url({ name: 'foo' }, 'get', '/apis'),
        url({ groups: ['bar'] }, 'get', '/apis'),
        url({ name: 'admin' }, 'get', '/apis'),
        url({ groups: ['admin'] }, 'get', '/apis'),
        url({ name: 'admin' }, 'watch', '/apis'),
        url({ groups: ['admin'] }, 'watch', '/apis'),
        url({ name: 'prefixed' }, 'get', '/apis/v1'),
        url({ groups: ['prefixed'] }, 'get', '/apis/v1'),
        url({ name: 'prefixed' }, 'get', '/apis/v1/foobar'),
        url({ groups: ['prefixed'] }, 'get', '/apis/v1/foorbar'),
      ],
      fail: [
        url({ name: 'foo' }, 'watch', '/apis'),
        url({ groups: ['bar'] }, 'watch', '/apis'),
        url({ name: 'foo' }, 'get', '/api/v1'),
        url({ groups: ['bar'] }, 'get', '/api/v1'),
        url({ name: 'admin' }, 'get', '/api/v1'),
        url({ groups: ['admin'] }, 'get', '/api/v1'),
        url({ name: 'prefixed' }, 'get', '/api/v1'),
        url({ groups: ['prefixed'] }, 'get', '/api/v1'),
      ],
    },
    {
      fixture: { clusterRoles: [clusterRole('admin', newRule('*', '*', 'pods', '*'))], roleBindings: [roleBinding('ns1', 'admin', 'ClusterRole', 'User:admin', 'Group:admins')] },
      pass: [res('admin', '', 'get', 'pods', '', 'ns1', '')],
      fail: [res('admin', '', 'get', 'pods', 'status', 'ns1', '')],
    },
    {
      fixture: { clusterRoles: [clusterRole('admin', newRule('*', '*', 'pods/status', '*'))], roleBindings: [roleBinding('ns1', 'admin', 'ClusterRole', 'User:admin', 'Group:admins')] },
      pass: [res('admin', '', 'get', 'pods', 'status', 'ns1', '')],
      fail: [res('admin', '', 'get', 'pods', '', 'ns1', '')],
    },
  ];
  cases.forEach(({ fixture, pass, fail }, i) => {
    test(`case ${i}: allows and refuses as upstream`, () => {
      for (const a of pass) expect(authorize(objects(fixture), a).allowed, JSON.stringify(a)).toBe(true);
      for (const a of fail) expect(authorize(objects(fixture), a).allowed, JSON.stringify(a)).toBe(false);
    });
  });
});

describe('TestRuleMatches', () => {
  const r = (verb: string, group: string, resource: string, subresource = ''): ResourceAttributes => ({ user: { name: '', groups: [] }, verb, resourceRequest: true, apiGroup: group, resource, subresource, namespace: '', name: '' });
  const u = (verb: string, path: string): RequestAttributes => ({ user: { name: '', groups: [] }, verb, resourceRequest: false, path });
  const grid = (rule: PolicyRule, expected: boolean[], sub: [string, string][] = [['', ''], ['', ''], ['', ''], ['', '']]) => {
    const requests = ['verb1', 'verb2'].flatMap((v) =>
      [
        ['group1', 'resource1'],
        ['group2', 'resource1'],
        ['group1', 'resource2'],
        ['group2', 'resource2'],
      ].map(([g, res], i) => r(v, g!, res!, sub[i]![0] || sub[i]![1])),
    );
    expect(requests.map((q) => ruleAllows(q, rule))).toEqual(expected);
  };
  test('star verb, exact match other', () => grid({ verbs: ['*'], apiGroups: ['group1'], resources: ['resource1'] }, [true, false, false, false, true, false, false, false]));
  test('star group, exact match other', () => grid({ verbs: ['verb1'], apiGroups: ['*'], resources: ['resource1'] }, [true, true, false, false, false, false, false, false]));
  test('star resource, exact match other', () => grid({ verbs: ['verb1'], apiGroups: ['group1'], resources: ['*'] }, [true, false, true, false, false, false, false, false]));
  test('tuple expansion', () => grid({ verbs: ['verb1', 'verb2'], apiGroups: ['group1', 'group2'], resources: ['resource1', 'resource2'] }, [true, true, true, true, true, true, true, true]));
  test('subresource expansion', () =>
    grid({ verbs: ['*'], apiGroups: ['*'], resources: ['resource1/subresource1'] }, [true, false, false, false, true, false, false, false], [
      ['subresource1', ''],
      ['subresource2', ''],
      ['subresource1', ''],
      ['subresource1', ''],
    ]));
  test('star nonresource, exact match other', () => {
    const rule: PolicyRule = { verbs: ['verb1'], nonResourceURLs: ['*'] };
    for (const p of ['/foo', '/foo/bar', '/foo/baz', '/foo/bar/one', '/foo/baz/one']) {
      expect(ruleAllows(u('verb1', p), rule)).toBe(true);
      expect(ruleAllows(u('verb2', p), rule)).toBe(false);
    }
  });
  test('star nonresource subpath', () => {
    const rule: PolicyRule = { verbs: ['verb1'], nonResourceURLs: ['/foo/*'] };
    expect(['/foo', '/foo/bar', '/foo/baz', '/foo/bar/one', '/foo/baz/one'].map((p) => ruleAllows(u('verb1', p), rule))).toEqual([false, true, true, true, true]);
  });
  test('*/subresource matches that subresource of any resource, and resourceNames narrow a rule', () => {
    const rule: PolicyRule = { verbs: ['get'], apiGroups: [''], resources: ['*/log'] };
    expect(ruleAllows(r('get', '', 'pods', 'log'), rule)).toBe(true);
    expect(ruleAllows(r('get', '', 'pods', 'status'), rule)).toBe(false);
    const named: PolicyRule = { verbs: ['get'], apiGroups: [''], resources: ['configmaps'], resourceNames: ['app'] };
    expect(ruleAllows({ ...r('get', '', 'configmaps'), name: 'app' }, named)).toBe(true);
    expect(ruleAllows({ ...r('get', '', 'configmaps'), name: 'other' }, named)).toBe(false);
    expect(ruleAllows(r('list', '', 'configmaps'), { ...named, verbs: ['list'] })).toBe(false);
  });
});

describe('subjects, reasons and Forbidden texts', () => {
  test('a RoleBinding subject ServiceAccount without a namespace means one in the binding namespace', () => {
    const f: Fixture = { roles: [role('dev', 'r', newRule('get', '', 'pods', ''))], roleBindings: [roleBinding('dev', 'r', 'Role', 'ServiceAccount:app')] };
    expect(authorize(objects(f), { ...res('', '', 'get', 'pods', '', 'dev', ''), user: serviceAccountUser('dev', 'app') }).allowed).toBe(true);
    expect(authorize(objects(f), { ...res('', '', 'get', 'pods', '', 'dev', ''), user: serviceAccountUser('other', 'app') }).allowed).toBe(false);
  });

  test('a binding to a missing role allows nothing and says so; an allowed request names its binding', () => {
    const f: Fixture = { roleBindings: [roleBinding('default', 'gone', 'Role', 'User:jane')], clusterRoles: [clusterRole('view', newRule('get', '', 'pods', ''))], clusterRoleBindings: [clusterRoleBinding('view', 'Group:readers')] };
    expect(authorize(objects(f), res('jane', '', 'list', 'pods', '', 'default', ''))).toEqual({ allowed: false, reason: 'RBAC: role.rbac.authorization.k8s.io "gone" not found' });
    expect(authorize(objects(f), res('bob', 'readers', 'get', 'pods', '', 'default', ''))).toEqual({
      allowed: true,
      reason: 'RBAC: allowed by ClusterRoleBinding "view-binding" of ClusterRole "view" to Group "readers"',
    });
  });

  test('Forbidden errors read as the API server words them', () => {
    const jane = impersonatedUser('jane', []);
    expect(jane.groups).toEqual(['system:authenticated']);
    const list: RequestAttributes = { user: jane, verb: 'list', resourceRequest: true, apiGroup: '', resource: 'pods', subresource: '', namespace: 'default', name: '' };
    expect(forbiddenError(list, '').message).toBe('pods is forbidden: User "jane" cannot list resource "pods" in API group "" in the namespace "default"');
    const exec: RequestAttributes = { ...list, verb: 'create', subresource: 'exec', name: 'web' };
    expect(forbiddenError(exec, '').message).toBe('pods "web" is forbidden: User "jane" cannot create resource "pods/exec" in API group "" in the namespace "default"');
    const nodes: RequestAttributes = { ...list, resource: 'nodes', namespace: '' };
    expect(forbiddenError(nodes, 'RBAC: x').message).toBe('nodes is forbidden: User "jane" cannot list resource "nodes" in API group "" at the cluster scope: RBAC: x');
    expect(forbiddenError({ user: jane, verb: 'get', resourceRequest: false, path: '/metrics' }, '').message).toBe('forbidden: User "jane" cannot get path "/metrics"');
  });
});
