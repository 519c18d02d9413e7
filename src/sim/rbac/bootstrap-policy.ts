// The RBAC objects a v1.32 kind cluster starts with: kube-apiserver's bootstrap policy
// (plugin/pkg/auth/authorizer/rbac/bootstrappolicy/policy.go ClusterRoles and
// ClusterRoleBindings; namespace_policy.go), kubeadm's admin binding, and the roles of kind's
// add-ons (CoreDNS, kindnet, local-path-provisioner). The controller roles
// (controller_policy.go, `system:controller:*`) are left out: kubectl users rarely read them.
import { RBAC_GROUP, type AggregationRule, type ClusterRole, type ClusterRoleBinding, type PolicyRule, type Role, type RoleBinding, type Subject } from '../api/rbac-types.js';
import { READ, READ_UPDATE, READ_WRITE, resourceRule as r, urlRule as url, WRITE } from './policy-rule-builder.js';

const BOOTSTRAP_LABELS = { 'kubernetes.io/bootstrapping': 'rbac-defaults' };
const AUTOUPDATE = { 'rbac.authorization.kubernetes.io/autoupdate': 'true' };

const aggregateTo = (role: string) => ({ [`rbac.authorization.k8s.io/aggregate-to-${role}`]: 'true' });
const aggregation = (role: string): AggregationRule => ({ clusterRoleSelectors: [{ matchLabels: aggregateTo(role) }] });

interface RoleDef {
  name: string;
  rules: PolicyRule[];
  labels?: Record<string, string>;
  aggregationRule?: AggregationRule;
  /** Not one of kube-apiserver's (no bootstrapping label or autoupdate annotation). */
  addon?: boolean;
}

const NODE_RULES: PolicyRule[] = [
  r(['create'], ['authentication.k8s.io'], ['tokenreviews']),
  r(['create'], ['authorization.k8s.io'], ['subjectaccessreviews', 'localsubjectaccessreviews']),
  r(READ, [''], ['services']),
  r(['create', 'get', 'list', 'watch'], [''], ['nodes']),
  r(['update', 'patch'], [''], ['nodes/status']),
  r(['update', 'patch'], [''], ['nodes']),
  r(['create', 'update', 'patch'], [''], ['events']),
  r(READ, [''], ['pods']),
  r(['create', 'delete'], [''], ['pods']),
  r(['update', 'patch'], [''], ['pods/status']),
  r(['create'], [''], ['pods/eviction']),
  r(['get', 'list', 'watch'], [''], ['secrets', 'configmaps']),
  r(['get'], [''], ['persistentvolumeclaims', 'persistentvolumes']),
  r(['get'], [''], ['endpoints']),
  r(['create', 'get', 'list', 'watch'], ['certificates.k8s.io'], ['certificatesigningrequests']),
  r(['get', 'create', 'update', 'patch', 'delete'], ['coordination.k8s.io'], ['leases']),
  r(['get'], ['storage.k8s.io'], ['volumeattachments']),
  r(['get', 'update', 'patch'], [''], ['persistentvolumeclaims/status']),
  r(['create'], [''], ['serviceaccounts/token']),
  r(['get', 'watch', 'list'], ['storage.k8s.io'], ['csidrivers']),
  r(['get', 'create', 'update', 'patch', 'delete'], ['storage.k8s.io'], ['csinodes']),
  r(['get', 'list', 'watch'], ['node.k8s.io'], ['runtimeclasses']),
];

const CLUSTER_ROLES: RoleDef[] = [
  { name: 'cluster-admin', rules: [r(['*'], ['*'], ['*']), url(['*'], ['*'])] },
  { name: 'system:discovery', rules: [url(['get'], ['/livez', '/readyz', '/healthz', '/version', '/version/', '/openapi', '/openapi/*', '/api', '/api/*', '/apis', '/apis/*'])] },
  { name: 'system:monitoring', rules: [url(['get'], ['/metrics', '/metrics/slis', '/livez', '/readyz', '/healthz', '/livez/*', '/readyz/*', '/healthz/*'])] },
  {
    name: 'system:basic-user',
    rules: [r(['create'], ['authorization.k8s.io'], ['selfsubjectaccessreviews', 'selfsubjectrulesreviews']), r(['create'], ['authentication.k8s.io'], ['selfsubjectreviews'])],
  },
  { name: 'system:public-info-viewer', rules: [url(['get'], ['/livez', '/readyz', '/healthz', '/version', '/version/'])] },
  { name: 'admin', rules: [], aggregationRule: aggregation('admin') },
  { name: 'edit', rules: [], labels: aggregateTo('admin'), aggregationRule: aggregation('edit') },
  { name: 'view', rules: [], labels: aggregateTo('edit'), aggregationRule: aggregation('view') },
  {
    name: 'system:aggregate-to-admin',
    labels: aggregateTo('admin'),
    rules: [r(['create'], ['authorization.k8s.io'], ['localsubjectaccessreviews']), r(READ_WRITE, ['rbac.authorization.k8s.io'], ['roles', 'rolebindings'])],
  },
  {
    name: 'system:aggregate-to-edit',
    labels: aggregateTo('edit'),
    rules: [
      r(READ, [''], ['pods/attach', 'pods/proxy', 'pods/exec', 'pods/portforward', 'secrets', 'services/proxy']),
      r(['impersonate'], [''], ['serviceaccounts']),
      r(WRITE, [''], ['pods', 'pods/attach', 'pods/proxy', 'pods/exec', 'pods/portforward']),
      r(['create'], [''], ['pods/eviction']),
      r(WRITE, [''], ['replicationcontrollers', 'replicationcontrollers/scale', 'serviceaccounts', 'services', 'services/proxy', 'persistentvolumeclaims', 'configmaps', 'secrets', 'events']),
      r(['create'], [''], ['serviceaccounts/token']),
      r(WRITE, ['apps'], ['statefulsets', 'statefulsets/scale', 'daemonsets', 'deployments', 'deployments/scale', 'deployments/rollback', 'replicasets', 'replicasets/scale']),
      r(WRITE, ['autoscaling'], ['horizontalpodautoscalers']),
      r(WRITE, ['batch'], ['jobs', 'cronjobs']),
      r(WRITE, ['extensions'], ['daemonsets', 'deployments', 'deployments/scale', 'deployments/rollback', 'ingresses', 'replicasets', 'replicasets/scale', 'replicationcontrollers/scale', 'networkpolicies']),
      r(WRITE, ['policy'], ['poddisruptionbudgets']),
      r(WRITE, ['networking.k8s.io'], ['networkpolicies', 'ingresses']),
      r(READ_WRITE, ['coordination.k8s.io'], ['leases']),
    ],
  },
  {
    name: 'system:aggregate-to-view',
    labels: aggregateTo('view'),
    rules: [
      r(READ, [''], ['pods', 'replicationcontrollers', 'replicationcontrollers/scale', 'serviceaccounts', 'services', 'services/status', 'endpoints', 'persistentvolumeclaims', 'persistentvolumeclaims/status', 'configmaps']),
      r(READ, [''], ['limitranges', 'resourcequotas', 'bindings', 'events', 'pods/status', 'resourcequotas/status', 'namespaces/status', 'replicationcontrollers/status', 'pods/log']),
      r(READ, [''], ['namespaces']),
      r(READ, ['discovery.k8s.io'], ['endpointslices']),
      r(READ, ['apps'], ['controllerrevisions', 'statefulsets', 'statefulsets/status', 'statefulsets/scale', 'daemonsets', 'daemonsets/status', 'deployments', 'deployments/status', 'deployments/scale', 'replicasets', 'replicasets/status', 'replicasets/scale']),
      r(READ, ['autoscaling'], ['horizontalpodautoscalers', 'horizontalpodautoscalers/status']),
      r(READ, ['batch'], ['jobs', 'cronjobs', 'cronjobs/status', 'jobs/status']),
      r(READ, ['extensions'], ['daemonsets', 'daemonsets/status', 'deployments', 'deployments/scale', 'deployments/status', 'ingresses', 'ingresses/status', 'replicasets', 'replicasets/scale', 'replicasets/status', 'replicationcontrollers/scale', 'networkpolicies']),
      r(READ, ['policy'], ['poddisruptionbudgets', 'poddisruptionbudgets/status']),
      r(READ, ['networking.k8s.io'], ['networkpolicies', 'ingresses', 'ingresses/status']),
    ],
  },
  { name: 'system:heapster', rules: [r(READ, [''], ['events', 'pods', 'nodes', 'namespaces']), r(READ, ['extensions', 'apps'], ['deployments'])] },
  { name: 'system:node', rules: NODE_RULES },
  { name: 'system:node-problem-detector', rules: [r(['get'], [''], ['nodes']), r(['patch'], [''], ['nodes/status']), r(['create', 'update', 'patch'], ['', 'events.k8s.io'], ['events'])] },
  {
    name: 'system:kubelet-api-admin',
    rules: [r(['get', 'list', 'watch'], [''], ['nodes']), r(['proxy'], [''], ['nodes']), r(['*'], [''], ['nodes/log', 'nodes/metrics', 'nodes/proxy', 'nodes/stats'])],
  },
  { name: 'system:node-bootstrapper', rules: [r(['create', 'get', 'list', 'watch'], ['certificates.k8s.io'], ['certificatesigningrequests'])] },
  { name: 'system:auth-delegator', rules: [r(['create'], ['authentication.k8s.io'], ['tokenreviews']), r(['create'], ['authorization.k8s.io'], ['subjectaccessreviews'])] },
  { name: 'system:kube-aggregator', rules: [r(READ, [''], ['endpoints', 'services'])] },
  {
    name: 'system:kube-controller-manager',
    rules: [
      r(['create', 'patch', 'update'], ['', 'events.k8s.io'], ['events']),
      r(['create'], ['coordination.k8s.io'], ['leases']),
      r(['get', 'update'], ['coordination.k8s.io'], ['leases'], ['kube-controller-manager']),
      r(['create'], [''], ['secrets', 'serviceaccounts']),
      r(['delete'], [''], ['secrets']),
      r(['get'], [''], ['namespaces', 'secrets', 'serviceaccounts', 'configmaps']),
      r(['update'], [''], ['secrets', 'serviceaccounts']),
      r(['create'], ['authentication.k8s.io'], ['tokenreviews']),
      r(['create'], ['authorization.k8s.io'], ['subjectaccessreviews']),
      r(['list', 'watch'], ['*'], ['*']),
      r(['create'], [''], ['serviceaccounts/token']),
    ],
  },
  { name: 'system:kube-dns', rules: [r(['list', 'watch'], [''], ['endpoints', 'services'])] },
  {
    name: 'system:persistent-volume-provisioner',
    rules: [
      r(['get', 'list', 'watch', 'create', 'delete'], [''], ['persistentvolumes']),
      r(['get', 'list', 'watch', 'update'], [''], ['persistentvolumeclaims']),
      r(READ, ['storage.k8s.io'], ['storageclasses']),
      r(['watch'], [''], ['events']),
      r(['create', 'update', 'patch'], ['', 'events.k8s.io'], ['events']),
    ],
  },
  {
    name: 'system:certificates.k8s.io:certificatesigningrequests:nodeclient',
    rules: [r(['create'], ['certificates.k8s.io'], ['certificatesigningrequests/nodeclient'])],
  },
  {
    name: 'system:certificates.k8s.io:certificatesigningrequests:selfnodeclient',
    rules: [r(['create'], ['certificates.k8s.io'], ['certificatesigningrequests/selfnodeclient'])],
  },
  { name: 'system:volume-scheduler', rules: [r(READ_UPDATE, [''], ['persistentvolumes']), r(READ, ['storage.k8s.io'], ['storageclasses']), r(READ_UPDATE, [''], ['persistentvolumeclaims'])] },
  { name: 'system:certificates.k8s.io:legacy-unknown-approver', rules: [r(['approve'], ['certificates.k8s.io'], ['signers'], ['kubernetes.io/legacy-unknown'])] },
  { name: 'system:certificates.k8s.io:kubelet-serving-approver', rules: [r(['approve'], ['certificates.k8s.io'], ['signers'], ['kubernetes.io/kubelet-serving'])] },
  { name: 'system:certificates.k8s.io:kube-apiserver-client-approver', rules: [r(['approve'], ['certificates.k8s.io'], ['signers'], ['kubernetes.io/kube-apiserver-client'])] },
  {
    name: 'system:certificates.k8s.io:kube-apiserver-client-kubelet-approver',
    rules: [r(['approve'], ['certificates.k8s.io'], ['signers'], ['kubernetes.io/kube-apiserver-client-kubelet'])],
  },
  { name: 'system:service-account-issuer-discovery', rules: [url(['get'], ['/.well-known/openid-configuration', '/.well-known/openid-configuration/', '/openid/v1/jwks', '/openid/v1/jwks/'])] },
  {
    name: 'system:node-proxier',
    rules: [
      r(['list', 'watch'], [''], ['services', 'endpoints']),
      r(['get', 'list', 'watch'], [''], ['nodes']),
      r(['create', 'update', 'patch'], ['', 'events.k8s.io'], ['events']),
      r(['list', 'watch'], ['discovery.k8s.io'], ['endpointslices']),
    ],
  },
  {
    name: 'system:kube-scheduler',
    rules: [
      r(['create', 'patch', 'update'], ['', 'events.k8s.io'], ['events']),
      r(['create'], ['coordination.k8s.io'], ['leases']),
      r(['get', 'update'], ['coordination.k8s.io'], ['leases'], ['kube-scheduler']),
      r(READ, [''], ['nodes']),
      r(['get', 'list', 'watch', 'delete'], [''], ['pods']),
      r(['create'], [''], ['bindings', 'pods/binding']),
      r(['patch', 'update'], [''], ['pods/status']),
      r(READ, [''], ['replicationcontrollers', 'services']),
      r(READ, ['apps', 'extensions'], ['replicasets']),
      r(READ, ['apps'], ['statefulsets']),
      r(READ, ['policy'], ['poddisruptionbudgets']),
      r(READ, [''], ['persistentvolumeclaims', 'persistentvolumes']),
      r(['create'], ['authentication.k8s.io'], ['tokenreviews']),
      r(['create'], ['authorization.k8s.io'], ['subjectaccessreviews']),
      r(READ, ['storage.k8s.io'], ['csinodes']),
      r(READ, [''], ['namespaces']),
      r(READ, ['storage.k8s.io'], ['csidrivers']),
      r(READ, ['storage.k8s.io'], ['csistoragecapacities']),
    ],
  },
  // kind's add-ons and kubeadm
  { name: 'kubeadm:get-nodes', addon: true, rules: [r(['get'], [''], ['nodes'])] },
  {
    name: 'system:coredns',
    addon: true,
    rules: [r(['list', 'watch'], [''], ['endpoints', 'services', 'pods', 'namespaces']), r(['list', 'watch'], ['discovery.k8s.io'], ['endpointslices'])],
  },
  {
    name: 'kindnet',
    addon: true,
    rules: [r(['list', 'watch', 'patch'], [''], ['nodes']), r(['list', 'watch'], [''], ['namespaces', 'pods']), r(['list', 'watch'], ['networking.k8s.io'], ['networkpolicies'])],
  },
  {
    name: 'local-path-provisioner-role',
    addon: true,
    rules: [
      r(['get', 'list', 'watch'], [''], ['nodes', 'persistentvolumeclaims', 'configmaps', 'pods', 'pods/log']),
      r(['get', 'list', 'watch', 'create', 'patch', 'update', 'delete'], [''], ['persistentvolumes']),
      r(['create', 'patch'], [''], ['events']),
      r(['get', 'list', 'watch'], ['storage.k8s.io'], ['storageclasses']),
    ],
  },
];

interface BindingDef {
  name: string;
  role: string;
  subjects: Subject[];
  addon?: boolean;
}

const group = (name: string): Subject => ({ kind: 'Group', apiGroup: RBAC_GROUP, name });
const user = (name: string): Subject => ({ kind: 'User', apiGroup: RBAC_GROUP, name });
const sa = (namespace: string, name: string): Subject => ({ kind: 'ServiceAccount', name, namespace });

const CLUSTER_ROLE_BINDINGS: BindingDef[] = [
  { name: 'cluster-admin', role: 'cluster-admin', subjects: [group('system:masters')] },
  { name: 'system:monitoring', role: 'system:monitoring', subjects: [group('system:monitoring')] },
  { name: 'system:discovery', role: 'system:discovery', subjects: [group('system:authenticated')] },
  { name: 'system:basic-user', role: 'system:basic-user', subjects: [group('system:authenticated')] },
  { name: 'system:public-info-viewer', role: 'system:public-info-viewer', subjects: [group('system:authenticated'), group('system:unauthenticated')] },
  { name: 'system:node-proxier', role: 'system:node-proxier', subjects: [user('system:kube-proxy')] },
  { name: 'system:kube-controller-manager', role: 'system:kube-controller-manager', subjects: [user('system:kube-controller-manager')] },
  { name: 'system:kube-dns', role: 'system:kube-dns', subjects: [sa('kube-system', 'kube-dns')] },
  { name: 'system:kube-scheduler', role: 'system:kube-scheduler', subjects: [user('system:kube-scheduler')] },
  { name: 'system:volume-scheduler', role: 'system:volume-scheduler', subjects: [user('system:kube-scheduler')] },
  { name: 'system:node', role: 'system:node', subjects: [] },
  { name: 'system:service-account-issuer-discovery', role: 'system:service-account-issuer-discovery', subjects: [group('system:serviceaccounts')] },
  { name: 'kubeadm:cluster-admins', role: 'cluster-admin', subjects: [group('kubeadm:cluster-admins')], addon: true },
  { name: 'kubeadm:get-nodes', role: 'kubeadm:get-nodes', subjects: [group('system:bootstrappers:kubeadm:default-node-token')], addon: true },
  { name: 'kubeadm:kubelet-bootstrap', role: 'system:node-bootstrapper', subjects: [group('system:bootstrappers:kubeadm:default-node-token')], addon: true },
  { name: 'kubeadm:node-autoapprove-bootstrap', role: 'system:certificates.k8s.io:certificatesigningrequests:nodeclient', subjects: [group('system:bootstrappers:kubeadm:default-node-token')], addon: true },
  { name: 'kubeadm:node-autoapprove-certificate-rotation', role: 'system:certificates.k8s.io:certificatesigningrequests:selfnodeclient', subjects: [group('system:nodes')], addon: true },
  { name: 'kubeadm:node-proxier', role: 'system:node-proxier', subjects: [sa('kube-system', 'kube-proxy')], addon: true },
  { name: 'system:coredns', role: 'system:coredns', subjects: [sa('kube-system', 'coredns')], addon: true },
  { name: 'kindnet', role: 'kindnet', subjects: [sa('kube-system', 'kindnet')], addon: true },
  { name: 'local-path-provisioner-bind', role: 'local-path-provisioner-role', subjects: [sa('local-path-storage', 'local-path-provisioner-service-account')], addon: true },
];

function meta(name: string, addon: boolean | undefined, labels: Record<string, string> | undefined, namespace?: string) {
  return {
    ...(addon ? {} : { annotations: { ...AUTOUPDATE } }),
    ...(addon && !labels ? {} : { labels: { ...(addon ? {} : BOOTSTRAP_LABELS), ...labels } }),
    name,
    ...(namespace ? { namespace } : {}),
  };
}

export function bootstrapClusterRoles(): ClusterRole[] {
  return CLUSTER_ROLES.map((d) => ({
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'ClusterRole',
    metadata: meta(d.name, d.addon, d.labels),
    ...(d.aggregationRule ? { aggregationRule: d.aggregationRule } : {}),
    ...(d.rules.length > 0 || !d.aggregationRule ? { rules: d.rules } : {}),
  }));
}

export function bootstrapClusterRoleBindings(): ClusterRoleBinding[] {
  return CLUSTER_ROLE_BINDINGS.map((d) => ({
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'ClusterRoleBinding',
    metadata: meta(d.name, d.addon, undefined),
    roleRef: { apiGroup: RBAC_GROUP, kind: 'ClusterRole', name: d.role },
    ...(d.subjects.length > 0 ? { subjects: d.subjects } : {}),
  }));
}

/** namespace_policy.go: the roles kube-system and kube-public start with. */
export function bootstrapRoles(): Role[] {
  const role = (namespace: string, name: string, rules: PolicyRule[]): Role => ({
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'Role',
    metadata: meta(name, false, undefined, namespace),
    rules,
  });
  return [
    role('kube-public', 'system:controller:bootstrap-signer', [r(READ, [''], ['configmaps']), r(['update'], [''], ['configmaps'], ['cluster-info']), r(['create', 'update', 'patch'], ['', 'events.k8s.io'], ['events'])]),
    role('kube-system', 'extension-apiserver-authentication-reader', [r(['get', 'list', 'watch'], [''], ['configmaps'], ['extension-apiserver-authentication'])]),
    role('kube-system', 'system::leader-locking-kube-controller-manager', [r(['watch'], [''], ['configmaps']), r(['get', 'update'], [''], ['configmaps'], ['kube-controller-manager'])]),
    role('kube-system', 'system::leader-locking-kube-scheduler', [r(['watch'], [''], ['configmaps']), r(['get', 'update'], [''], ['configmaps'], ['kube-scheduler'])]),
    role('kube-system', 'system:controller:bootstrap-signer', [r(READ, [''], ['secrets'])]),
    role('kube-system', 'system:controller:cloud-provider', [r(['create', 'get', 'list', 'watch'], [''], ['configmaps'])]),
    role('kube-system', 'system:controller:token-cleaner', [r(['delete', 'get', 'list', 'watch'], [''], ['secrets']), r(['create', 'update', 'patch'], ['', 'events.k8s.io'], ['events'])]),
  ];
}

export function bootstrapRoleBindings(): RoleBinding[] {
  const binding = (namespace: string, name: string, role: string, subjects: Subject[]): RoleBinding => ({
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'RoleBinding',
    metadata: meta(name, false, undefined, namespace),
    roleRef: { apiGroup: RBAC_GROUP, kind: 'Role', name: role },
    subjects,
  });
  return [
    binding('kube-public', 'system:controller:bootstrap-signer', 'system:controller:bootstrap-signer', [sa('kube-system', 'bootstrap-signer')]),
    binding('kube-system', 'system::extension-apiserver-authentication-reader', 'extension-apiserver-authentication-reader', [user('system:kube-controller-manager'), user('system:kube-scheduler')]),
    binding('kube-system', 'system::leader-locking-kube-controller-manager', 'system::leader-locking-kube-controller-manager', [user('system:kube-controller-manager'), sa('kube-system', 'kube-controller-manager')]),
    binding('kube-system', 'system::leader-locking-kube-scheduler', 'system::leader-locking-kube-scheduler', [user('system:kube-scheduler'), sa('kube-system', 'kube-scheduler')]),
    binding('kube-system', 'system:controller:bootstrap-signer', 'system:controller:bootstrap-signer', [sa('kube-system', 'bootstrap-signer')]),
    binding('kube-system', 'system:controller:cloud-provider', 'system:controller:cloud-provider', [sa('kube-system', 'cloud-provider')]),
    binding('kube-system', 'system:controller:token-cleaner', 'system:controller:token-cleaner', [sa('kube-system', 'token-cleaner')]),
  ];
}
