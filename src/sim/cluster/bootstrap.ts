// What a freshly created cluster holds before any lesson command: namespaces, nodes, the
// `kubernetes` and `kube-dns` Services, and the system workloads (control-plane static pods,
// CoreDNS, kube-proxy, the CNI), created through the API so they get the same defaults,
// scheduling, events and lifecycle as any pod.
import { typeForKind } from '../api/resources.js';
import { rfc3339 } from '../api/time.js';
import type { Container, DaemonSet, Deployment, Endpoints, EndpointSlice, KubeObject, Namespace, Node, Pod, ReplicaSet, Service } from '../api/types.js';
import { IS_DEFAULT_CLASS, type StorageClass } from '../api/storage-types.js';
import { preloadedImages } from '../runtime/image-catalog.js';
import { scheduleAddons } from './addons.js';
import type { ClusterParts } from '../controllers/cluster-parts.js';
import { intToIp, parseCidr, type NodeConfig } from '../core/config/config.js';
import { registerLocalAPIServices } from './local-apiservices.js';
import { DEFAULT_NODE_CAPACITY } from '../core/config/node-declarations.js';
import { nodeRuntimeHandlers } from '../runtime/runtime-handlers.js';

const T = (kind: string, v = 'v1') => typeForKind(kind, v)!;
/** The cluster's own objects are well-formed: no need to decode them as a client request. */
const TRUSTED = { trusted: true } as const;

function nodeObject(parts: ClusterParts, n: NodeConfig, index: number, single: boolean): Node {
  const { config } = parts;
  const cidr = parseCidr(config.podCIDR)!;
  const podCIDR = `${intToIp(cidr.base + index * 256)}/24`;
  const t = rfc3339(parts.loop.now());
  const labels: Record<string, string> = {
    'beta.kubernetes.io/arch': 'amd64',
    'beta.kubernetes.io/os': 'linux',
    'kubernetes.io/arch': 'amd64',
    'kubernetes.io/hostname': n.name,
    'kubernetes.io/os': 'linux',
  };
  if (n.role === 'control-plane') {
    labels['node-role.kubernetes.io/control-plane'] = '';
    if (!single) labels['node.kubernetes.io/exclude-from-external-load-balancers'] = '';
  }
  Object.assign(labels, n.labels);
  const capacity = { ...DEFAULT_NODE_CAPACITY, ...n.capacity };
  const taints = [
    ...(n.role === 'control-plane' && !single ? [{ effect: 'NoSchedule', key: 'node-role.kubernetes.io/control-plane' }] : []),
    ...(n.taints ?? []).map((t) => ({ effect: t.effect, key: t.key, ...(t.value !== undefined ? { value: t.value } : {}) })),
  ];
  const cond = (type: string, status: 'True' | 'False', reason: string, message: string) => ({
    lastHeartbeatTime: t,
    lastTransitionTime: t,
    message,
    reason,
    status,
    type,
  });
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      annotations: {
        'kubeadm.alpha.kubernetes.io/cri-socket': 'unix:///run/containerd/containerd.sock',
        'node.alpha.kubernetes.io/ttl': '0',
        'volumes.kubernetes.io/controller-managed-attach-detach': 'true',
      },
      labels,
      name: n.name,
    },
    spec: {
      podCIDR,
      podCIDRs: [podCIDR],
      providerID: `kind://docker/${config.clusterName}/${n.name}`,
      ...(taints.length > 0 ? { taints } : {}),
    },
    status: {
      addresses: [
        { address: n.ip, type: 'InternalIP' },
        { address: n.name, type: 'Hostname' },
      ],
      allocatable: capacity,
      capacity,
      conditions: [
        cond('MemoryPressure', 'False', 'KubeletHasSufficientMemory', 'kubelet has sufficient memory available'),
        cond('DiskPressure', 'False', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure'),
        cond('PIDPressure', 'False', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available'),
        cond('Ready', 'True', 'KubeletReady', 'kubelet is posting ready status'),
      ],
      daemonEndpoints: { kubeletEndpoint: { Port: 10250 } },
      images: preloadedImages().map((i) => {
        const [tag, info] = Object.entries(i.tags)[0]!;
        return { names: [`${i.repository}@${info.digest}`, `${i.repository}:${tag}`], sizeBytes: info.size };
      }),
      nodeInfo: {
        architecture: 'amd64',
        bootID: parts.random.stream('uids').uuid(),
        containerRuntimeVersion: config.containerRuntime,
        kernelVersion: config.kernelVersion,
        kubeProxyVersion: config.kubernetesVersion,
        kubeletVersion: config.kubernetesVersion,
        machineID: parts.random.stream('host-ids').hex(32),
        operatingSystem: 'linux',
        osImage: config.osImage,
        systemUUID: parts.random.stream('uids').uuid(),
      },
      runtimeHandlers: nodeRuntimeHandlers(),
    },
  };
}

function container(name: string, image: string, extra: Partial<Container> = {}): Container {
  return { name, image, imagePullPolicy: 'IfNotPresent', ...extra };
}

const CRITICAL = { priorityClassName: 'system-node-critical', priority: 2000001000 };
const CLUSTER_CRITICAL = { priorityClassName: 'system-cluster-critical', priority: 2000000000 };

function staticPod(parts: ClusterParts, component: string, image: string, command: string[], requests: Record<string, string>, node: NodeConfig): Pod {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: `${component}-${node.name}`,
      namespace: 'kube-system',
      labels: { component, tier: 'control-plane' },
      annotations: {
        'kubernetes.io/config.hash': parts.random.stream('host-ids').hex(32),
        'kubernetes.io/config.mirror': parts.random.stream('host-ids').hex(32),
        'kubernetes.io/config.seen': `${rfc3339(parts.loop.now()).slice(0, -1)}.${parts.random.stream('host-ids').between(100000000, 999999999)}Z`,
        'kubernetes.io/config.source': 'file',
      },
      ownerReferences: [{ apiVersion: 'v1', controller: true, kind: 'Node', name: node.name, uid: parts.api.find(T('Node'), undefined, node.name)?.metadata.uid ?? '' }],
    },
    spec: {
      containers: [container(component, image, { command, resources: { requests } })],
      hostNetwork: true,
      nodeName: node.name,
      ...CRITICAL,
      securityContext: { seccompProfile: { type: 'RuntimeDefault' } },
      tolerations: [{ effect: 'NoExecute', operator: 'Exists' }],
    },
    status: {},
  };
}

interface Workload {
  kind: 'Deployment' | 'DaemonSet';
  name: string;
  namespace: string;
  labels: Record<string, string>;
  hash: string;
  replicas: number;
  podSpec: Pod['spec'];
}

/**
 * The bootstrap Pods: a DaemonSet's, one per node; a Deployment's, left to the scheduler, or all
 * on `onFirstNode` where they were scheduled while it was the only Ready node: kind installs its
 * CNI before the workers join, so CoreDNS and the storage provisioner wait for the control plane
 * alone and stay there (as kubeadm clusters show them: kubernetes-sigs/cluster-api#9639).
 */
function podsFor(parts: ClusterParts, w: Workload, ownerKind: string, ownerName: string, ownerUid: string, nodes: NodeConfig[], onFirstNode?: string): Pod[] {
  const count = w.kind === 'DaemonSet' ? nodes.length : w.replicas;
  return Array.from({ length: count }, (_, i) => ({
    apiVersion: 'v1' as const,
    kind: 'Pod' as const,
    metadata: {
      name: `${ownerName}-${parts.random.stream('names').nameSuffix(5)}`,
      generateName: `${ownerName}-`,
      namespace: w.namespace,
      labels: { ...w.labels, ...(w.kind === 'Deployment' ? { 'pod-template-hash': w.hash } : { 'controller-revision-hash': w.hash, 'pod-template-generation': '1' }) },
      ownerReferences: [{ apiVersion: 'apps/v1', blockOwnerDeletion: true, controller: true, kind: ownerKind, name: ownerName, uid: ownerUid }],
    },
    spec: { ...structuredClone(w.podSpec), ...(w.kind === 'DaemonSet' ? { nodeName: nodes[i]!.name } : onFirstNode ? { nodeName: onFirstNode } : {}) },
    status: {},
  }));
}

function createWorkload(parts: ClusterParts, w: Workload, nodes: NodeConfig[], onFirstNode?: string): void {
  const { api } = parts;
  const selector = { matchLabels: w.labels };
  const template = { metadata: { labels: w.labels }, spec: w.podSpec };
  if (w.kind === 'Deployment') {
    const dep = api.create<Deployment>(T('Deployment', 'apps/v1'), w.namespace, {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: w.name, namespace: w.namespace, labels: w.labels, annotations: { 'deployment.kubernetes.io/revision': '1' } },
      spec: { progressDeadlineSeconds: 600, replicas: w.replicas, revisionHistoryLimit: 10, selector, strategy: { rollingUpdate: { maxSurge: '25%', maxUnavailable: 1 }, type: 'RollingUpdate' }, template },
      status: { availableReplicas: w.replicas, observedGeneration: 1, readyReplicas: w.replicas, replicas: w.replicas, updatedReplicas: w.replicas },
    }, TRUSTED);
    const rsName = `${w.name}-${w.hash}`;
    const rs = api.create<ReplicaSet>(T('ReplicaSet', 'apps/v1'), w.namespace, {
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: {
        name: rsName,
        namespace: w.namespace,
        labels: { ...w.labels, 'pod-template-hash': w.hash },
        annotations: { 'deployment.kubernetes.io/desired-replicas': String(w.replicas), 'deployment.kubernetes.io/max-replicas': String(w.replicas + 1), 'deployment.kubernetes.io/revision': '1' },
        ownerReferences: [{ apiVersion: 'apps/v1', blockOwnerDeletion: true, controller: true, kind: 'Deployment', name: w.name, uid: dep.metadata.uid ?? '' }],
      },
      spec: { replicas: w.replicas, selector: { matchLabels: { ...w.labels, 'pod-template-hash': w.hash } }, template: { metadata: { labels: { ...w.labels, 'pod-template-hash': w.hash } }, spec: w.podSpec } },
      status: { availableReplicas: w.replicas, fullyLabeledReplicas: w.replicas, observedGeneration: 1, readyReplicas: w.replicas, replicas: w.replicas },
    }, TRUSTED);
    for (const pod of podsFor(parts, w, 'ReplicaSet', rsName, rs.metadata.uid ?? '', nodes, onFirstNode)) api.create(T('Pod'), w.namespace, pod, TRUSTED);
  } else {
    const n = nodes.length;
    const ds = api.create<DaemonSet>(T('DaemonSet', 'apps/v1'), w.namespace, {
      apiVersion: 'apps/v1',
      kind: 'DaemonSet',
      metadata: { name: w.name, namespace: w.namespace, labels: w.labels, annotations: { 'deprecated.daemonset.template.generation': '1' } },
      spec: { revisionHistoryLimit: 10, selector, template, updateStrategy: { rollingUpdate: { maxSurge: 0, maxUnavailable: 1 }, type: 'RollingUpdate' } },
      status: { currentNumberScheduled: n, desiredNumberScheduled: n, numberAvailable: n, numberMisscheduled: 0, numberReady: n, observedGeneration: 1, updatedNumberScheduled: n },
    }, TRUSTED);
    for (const pod of podsFor(parts, w, 'DaemonSet', w.name, ds.metadata.uid ?? '', nodes)) api.create(T('Pod'), w.namespace, pod, TRUSTED);
  }
}

function cniWorkload(parts: ClusterParts): Workload {
  const { config } = parts;
  const base = { hostNetwork: true, serviceAccountName: '', ...CRITICAL, tolerations: [{ operator: 'Exists' }] };
  switch (config.cni) {
    case 'flannel':
      return {
        kind: 'DaemonSet', name: 'kube-flannel-ds', namespace: config.cniNamespace, labels: { app: 'flannel', 'k8s-app': 'flannel', tier: 'node' }, hash: '5f7b8c6d9f', replicas: 0,
        podSpec: { ...base, serviceAccountName: 'flannel', containers: [container('kube-flannel', 'docker.io/flannel/flannel:v0.26.4', { command: ['/opt/bin/flanneld'], args: ['--ip-masq', '--kube-subnet-mgr'], resources: { requests: { cpu: '100m', memory: '50Mi' } } })] },
      };
    case 'calico':
      return {
        kind: 'DaemonSet', name: 'calico-node', namespace: config.cniNamespace, labels: { 'k8s-app': 'calico-node' }, hash: '7c9d5f6b8d', replicas: 0,
        podSpec: { ...base, serviceAccountName: 'calico-node', containers: [container('calico-node', 'docker.io/calico/node:v3.29.2', { command: ['start_runit'], resources: { requests: { cpu: '250m' } } })] },
      };
    default:
      return {
        kind: 'DaemonSet', name: 'kindnet', namespace: config.cniNamespace, labels: { app: 'kindnet', 'k8s-app': 'kindnet', tier: 'node' }, hash: '6d9b6f8c7d', replicas: 0,
        podSpec: {
          ...base,
          serviceAccountName: 'kindnet',
          containers: [container('kindnet-cni', 'docker.io/kindest/kindnetd:v20250214-acbabc1a', { command: ['/bin/kindnetd'], resources: { limits: { cpu: '100m', memory: '50Mi' }, requests: { cpu: '100m', memory: '50Mi' } } })],
        },
      };
  }
}

function service(name: string, namespace: string, ip: string, spec: Partial<Service['spec']>, labels: Record<string, string>, annotations?: Record<string, string>): Service {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, namespace, labels, ...(annotations ? { annotations } : {}) },
    spec: { clusterIP: ip, clusterIPs: [ip], ...spec },
    status: { loadBalancer: {} },
  };
}

/**
 * kind's default StorageClass (pkg/build/nodeimage/const_storage.go), as `kubectl apply` left it:
 * the namespace the manifest gives is dropped for a cluster-scoped kind.
 */
function standardStorageClass(): StorageClass {
  const manifest = { provisioner: 'rancher.io/local-path', reclaimPolicy: 'Delete', volumeBindingMode: 'WaitForFirstConsumer' };
  const annotations = { [IS_DEFAULT_CLASS]: 'true' };
  const applied = { apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', metadata: { annotations, name: 'standard' }, ...manifest };
  return {
    apiVersion: 'storage.k8s.io/v1',
    kind: 'StorageClass',
    metadata: { name: 'standard', annotations: { 'kubectl.kubernetes.io/last-applied-configuration': `${JSON.stringify(applied)}\n`, ...annotations } },
    ...manifest,
  };
}

/** Creates the cluster's initial objects at the current virtual time (the cluster's birth). */
export function bootstrapCluster(parts: ClusterParts): void {
  const { api, config, loop } = parts;
  const birth = loop.now();
  const put = <O extends KubeObject>(kind: string, obj: O, v = 'v1') => api.create(T(kind, v), obj.metadata.namespace, obj, TRUSTED);
  const namespaces = ['default', 'kube-node-lease', 'kube-public', 'kube-system'];
  if (config.cni === 'kindnet') namespaces.push('local-path-storage');
  if (config.cniNamespace !== 'kube-system' && !namespaces.includes(config.cniNamespace)) namespaces.push(config.cniNamespace);
  for (const name of namespaces) put<Namespace>('Namespace', { apiVersion: 'v1', kind: 'Namespace', metadata: { name }, spec: {}, status: { phase: 'Active' } });
  const single = config.nodes.length === 1;
  config.nodes.forEach((n, i) => put<Node>('Node', nodeObject(parts, n, i, single)));

  const accounts: Record<string, string[]> = {
    'kube-system': ['attachdetach-controller', 'bootstrap-signer', 'certificate-controller', 'clusterrole-aggregation-controller', 'coredns', 'cronjob-controller', 'daemon-set-controller', 'deployment-controller', 'disruption-controller', 'endpoint-controller', 'endpointslice-controller', 'endpointslicemirroring-controller', 'generic-garbage-collector', 'job-controller', 'kube-proxy', 'namespace-controller', 'node-controller', 'replicaset-controller', 'service-account-controller', 'ttl-controller'],
  };
  if (config.cni === 'kindnet') {
    accounts['kube-system']!.push('kindnet');
    accounts['local-path-storage'] = ['local-path-provisioner-service-account'];
  } else {
    (accounts[config.cniNamespace] ??= []).push(config.cni === 'flannel' ? 'flannel' : 'calico-node');
  }
  for (const [ns, names] of Object.entries(accounts)) {
    for (const name of names.sort()) api.put(T('ServiceAccount'), { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name, namespace: ns } });
  }
  const svcCidr = parseCidr(config.serviceCIDR)!;
  const apiIP = intToIp(svcCidr.base + 1);
  const cp = config.nodes.find((n) => n.role === 'control-plane')!;
  put<Service>('Service', service('kubernetes', 'default', apiIP, { ipFamilies: ['IPv4'], ipFamilyPolicy: 'SingleStack', ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 6443 }], sessionAffinity: 'None', type: 'ClusterIP', internalTrafficPolicy: 'Cluster' }, { component: 'apiserver', provider: 'kubernetes' }));
  put<Endpoints>('Endpoints', { apiVersion: 'v1', kind: 'Endpoints', metadata: { name: 'kubernetes', namespace: 'default', labels: { 'endpointslice.kubernetes.io/skip-mirror': 'true' } }, subsets: [{ addresses: [{ ip: cp.ip }], ports: [{ name: 'https', port: 6443, protocol: 'TCP' }] }] });
  put<EndpointSlice>('EndpointSlice', {
    apiVersion: 'discovery.k8s.io/v1',
    kind: 'EndpointSlice',
    metadata: { name: 'kubernetes', namespace: 'default', labels: { 'kubernetes.io/service-name': 'kubernetes' }, generation: 1 },
    addressType: 'IPv4',
    endpoints: [{ addresses: [cp.ip], conditions: { ready: true } }],
    ports: [{ name: 'https', port: 6443, protocol: 'TCP' }],
  }, 'discovery.k8s.io/v1');
  put<Service>('Service', service('kube-dns', 'kube-system', config.dnsIP, {
    ipFamilies: ['IPv4'], ipFamilyPolicy: 'SingleStack', internalTrafficPolicy: 'Cluster', sessionAffinity: 'None', type: 'ClusterIP',
    ports: [{ name: 'dns', port: 53, protocol: 'UDP', targetPort: 53 }, { name: 'dns-tcp', port: 53, protocol: 'TCP', targetPort: 53 }, { name: 'metrics', port: 9153, protocol: 'TCP', targetPort: 9153 }],
    selector: { 'k8s-app': 'kube-dns' },
  }, { 'k8s-app': 'kube-dns', 'kubernetes.io/cluster-service': 'true', 'kubernetes.io/name': 'CoreDNS' }, { 'prometheus.io/port': '9153', 'prometheus.io/scrape': 'true' }));

  for (const [component, image, command, requests] of [
    ['etcd', 'registry.k8s.io/etcd:3.5.16-0', ['etcd', `--advertise-client-urls=https://${cp.ip}:2379`, '--data-dir=/var/lib/etcd', `--name=${cp.name}`], { cpu: '100m', memory: '100Mi' }],
    ['kube-apiserver', `registry.k8s.io/kube-apiserver:v1.32.2`, ['kube-apiserver', `--advertise-address=${cp.ip}`, `--service-cluster-ip-range=${config.serviceCIDR}`, '--secure-port=6443'], { cpu: '250m' }],
    ['kube-controller-manager', `registry.k8s.io/kube-controller-manager:v1.32.2`, ['kube-controller-manager', `--cluster-cidr=${config.podCIDR}`, '--leader-elect=true'], { cpu: '200m' }],
    ['kube-scheduler', `registry.k8s.io/kube-scheduler:v1.32.2`, ['kube-scheduler', '--leader-elect=true'], { cpu: '100m' }],
  ] as const) {
    put<Pod>('Pod', staticPod(parts, component, image, [...command], { ...requests }, cp));
  }
  loop.advanceTo(loop.now() + 2000);
  createWorkload(parts, {
    kind: 'DaemonSet', name: 'kube-proxy', namespace: 'kube-system', labels: { 'k8s-app': 'kube-proxy' }, hash: '64b9dbc74b', replicas: 0,
    podSpec: { hostNetwork: true, serviceAccountName: 'kube-proxy', ...CRITICAL, tolerations: [{ operator: 'Exists' }], containers: [container('kube-proxy', 'registry.k8s.io/kube-proxy:v1.32.2', { command: ['/usr/local/bin/kube-proxy', '--config=/var/lib/kube-proxy/config.conf', '--hostname-override=$(NODE_NAME)'] })] },
  }, config.nodes);
  createWorkload(parts, cniWorkload(parts), config.nodes);
  loop.advanceTo(loop.now() + 8000);
  // kind (kindnet) installs its CNI and storage before the workers join; a kubeadm cluster set up
  // by hand usually joins its workers first, and the scheduler spreads CoreDNS over them.
  const kindFirst = config.cni === 'kindnet' ? cp.name : undefined;
  createWorkload(parts, {
    kind: 'Deployment', name: 'coredns', namespace: 'kube-system', labels: { 'k8s-app': 'kube-dns' }, hash: '668d6bf9bc', replicas: 2,
    podSpec: {
      serviceAccountName: 'coredns', ...CLUSTER_CRITICAL, dnsPolicy: 'Default',
      nodeSelector: { 'kubernetes.io/os': 'linux' },
      tolerations: [{ key: 'CriticalAddonsOnly', operator: 'Exists' }, { effect: 'NoSchedule', key: 'node-role.kubernetes.io/control-plane' }],
      containers: [container('coredns', 'registry.k8s.io/coredns/coredns:v1.11.3', {
        args: ['-conf', '/etc/coredns/Corefile'],
        ports: [{ containerPort: 53, name: 'dns', protocol: 'UDP' }, { containerPort: 53, name: 'dns-tcp', protocol: 'TCP' }, { containerPort: 9153, name: 'metrics', protocol: 'TCP' }],
        resources: { limits: { memory: '170Mi' }, requests: { cpu: '100m', memory: '70Mi' } },
      })],
    },
  }, config.nodes, kindFirst);
  if (config.cni === 'kindnet') {
    put<StorageClass>('StorageClass', standardStorageClass(), 'storage.k8s.io/v1');
    createWorkload(parts, {
      kind: 'Deployment', name: 'local-path-provisioner', namespace: 'local-path-storage', labels: { app: 'local-path-provisioner' }, hash: '7dc846544d', replicas: 1,
      podSpec: {
        serviceAccountName: 'local-path-provisioner-service-account',
        nodeSelector: { 'kubernetes.io/os': 'linux' },
        tolerations: [{ effect: 'NoSchedule', key: 'node-role.kubernetes.io/control-plane', operator: 'Equal' }],
        containers: [container('local-path-provisioner', 'docker.io/kindest/local-path-provisioner:v20250214-acbabc1a', { command: ['local-path-provisioner', '--debug', 'start', '--helper-image', 'docker.io/kindest/local-path-helper:v20241212-8ac705d0', '--config', '/etc/config/config.json'] })],
      },
    }, config.nodes, kindFirst);
  }
  registerLocalAPIServices(parts, birth);
  scheduleAddons(parts);
}
