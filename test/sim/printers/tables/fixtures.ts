// Hand-built API objects for printer tests: a virtual "now" and builders that fill in the fields
// the API server would have set, so each test states only what it is about.
import type {
  ConfigMap,
  Container,
  ContainerState,
  ContainerStatus,
  DaemonSet,
  Deployment,
  EndpointSlice,
  Endpoints,
  Event,
  Namespace,
  Node,
  Pod,
  ReplicaSet,
  Secret,
  Service,
  ServiceAccount,
} from '../../../../src/sim/api/types.js';

/** The virtual clock for every printer test: Mon, 06 Jan 2025 10:10:00 UTC. */
export const NOW = Date.parse('2025-01-06T10:10:00Z');

/** An API timestamp `seconds` before NOW. */
export function ago(seconds: number): string {
  return new Date(NOW - seconds * 1000).toISOString().replace('.000Z', 'Z');
}

export function container(name: string, extra: Partial<Container> = {}): Container {
  return { name, image: 'busybox:1.28', ...extra };
}

export function status(name: string, state: ContainerState, extra: Partial<ContainerStatus> = {}): ContainerStatus {
  return { name, state, lastState: {}, ready: false, restartCount: 0, image: 'busybox:1.28', imageID: '', ...extra };
}

export function pod(name: string, spec: Partial<Pod['spec']> = {}, st: Partial<Pod['status']> = {}, meta: Partial<Pod['metadata']> = {}): Pod {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: 'default', uid: `uid-${name}`, creationTimestamp: ago(600), ...meta },
    spec: { containers: [container('app')], ...spec },
    status: { phase: 'Pending', ...st },
  };
}

export function condition(type: string, s: 'True' | 'False'): NonNullable<Pod['status']['conditions']>[number] {
  return { type, status: s, lastProbeTime: null, lastTransitionTime: ago(300) };
}

export function service(name: string, spec: Partial<Service['spec']>, meta: Partial<Service['metadata']> = {}): Service {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, namespace: 'default', creationTimestamp: ago(60), ...meta },
    spec: { type: 'ClusterIP', sessionAffinity: 'None', ...spec },
    status: { loadBalancer: {} },
  };
}

export function event(name: string, fields: Partial<Event>): Event {
  return {
    apiVersion: 'v1',
    kind: 'Event',
    metadata: { name, namespace: 'default' },
    involvedObject: { kind: 'Pod', name: 'myapp-pod', namespace: 'default' },
    reason: 'Started',
    message: '',
    source: { component: 'kubelet', host: 'minikube' },
    firstTimestamp: ago(60),
    lastTimestamp: ago(60),
    count: 1,
    type: 'Normal',
    eventTime: null,
    reportingComponent: '',
    reportingInstance: '',
    ...fields,
  };
}

export function node(name: string, extra: { labels?: Record<string, string>; unschedulable?: boolean; ready?: 'True' | 'False' | 'Unknown' } = {}): Node {
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: { name, uid: `uid-${name}`, creationTimestamp: ago(10 * 86400), labels: extra.labels ?? {} },
    spec: { podCIDR: '10.244.0.0/24', podCIDRs: ['10.244.0.0/24'], providerID: `kind://docker/kind/${name}`, ...(extra.unschedulable ? { unschedulable: true } : {}) },
    status: {
      capacity: { cpu: '8', 'ephemeral-storage': '102625208Ki', 'hugepages-1Gi': '0', 'hugepages-2Mi': '0', memory: '16375628Ki', pods: '110' },
      allocatable: { cpu: '8', 'ephemeral-storage': '102625208Ki', 'hugepages-1Gi': '0', 'hugepages-2Mi': '0', memory: '16375628Ki', pods: '110' },
      conditions: [
        { type: 'MemoryPressure', status: 'False', lastHeartbeatTime: ago(30), lastTransitionTime: ago(864000), reason: 'KubeletHasSufficientMemory', message: 'kubelet has sufficient memory available' },
        { type: 'DiskPressure', status: 'False', lastHeartbeatTime: ago(30), lastTransitionTime: ago(864000), reason: 'KubeletHasNoDiskPressure', message: 'kubelet has no disk pressure' },
        { type: 'PIDPressure', status: 'False', lastHeartbeatTime: ago(30), lastTransitionTime: ago(864000), reason: 'KubeletHasSufficientPID', message: 'kubelet has sufficient PID available' },
        { type: 'Ready', status: extra.ready ?? 'True', lastHeartbeatTime: ago(30), lastTransitionTime: ago(863990), reason: 'KubeletReady', message: 'kubelet is posting ready status' },
      ],
      addresses: [
        { type: 'InternalIP', address: '172.18.0.2' },
        { type: 'Hostname', address: name },
      ],
      daemonEndpoints: { kubeletEndpoint: { Port: 10250 } },
      nodeInfo: {
        machineID: 'd2a6c0e4a8f04b0b9d7c1e2f3a4b5c6d',
        systemUUID: '0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0',
        bootID: '6a7b8c9d-0e1f-2a3b-4c5d-6e7f8a9b0c1d',
        kernelVersion: '6.8.0-1019-gcp',
        osImage: 'Debian GNU/Linux 12 (bookworm)',
        containerRuntimeVersion: 'containerd://1.7.24',
        kubeletVersion: 'v1.32.0',
        kubeProxyVersion: 'v1.32.0',
        operatingSystem: 'linux',
        architecture: 'amd64',
      },
    },
  };
}

export function namespace(name: string): Namespace {
  return {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { name, creationTimestamp: ago(10 * 86400), labels: { 'kubernetes.io/metadata.name': name } },
    spec: { finalizers: ['kubernetes'] },
    status: { phase: 'Active' },
  };
}

export function serviceAccount(name: string, secrets: string[] = []): ServiceAccount {
  return {
    apiVersion: 'v1',
    kind: 'ServiceAccount',
    metadata: { name, namespace: 'default', uid: `uid-${name}`, creationTimestamp: ago(10 * 86400) },
    ...(secrets.length > 0 ? { secrets: secrets.map((s) => ({ name: s })) } : {}),
  };
}

export function configMap(name: string, data: Record<string, string>, binaryData?: Record<string, string>): ConfigMap {
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name, namespace: 'default', creationTimestamp: ago(3600) },
    data,
    ...(binaryData ? { binaryData } : {}),
  };
}

export function secret(name: string, type: string, data: Record<string, string>): Secret {
  return { apiVersion: 'v1', kind: 'Secret', metadata: { name, namespace: 'default', creationTimestamp: ago(3600) }, type, data };
}

export function deployment(name: string, replicas: number, st: Partial<Deployment['status']> = {}): Deployment {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: 'default', uid: `uid-${name}`, creationTimestamp: ago(312), labels: { app: name }, annotations: { 'deployment.kubernetes.io/revision': '1' } },
    spec: {
      replicas,
      selector: { matchLabels: { app: name } },
      template: { metadata: { labels: { app: name } }, spec: { containers: [{ name, image: `${name}:1.27`, ports: [{ containerPort: 80, protocol: 'TCP' }] }] } },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '25%', maxSurge: '25%' } },
      revisionHistoryLimit: 10,
      progressDeadlineSeconds: 600,
    },
    status: st,
  };
}

export function replicaSet(name: string, owner: string, replicas: number, ready: number): ReplicaSet {
  return {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: {
      name,
      namespace: 'default',
      uid: `uid-${name}`,
      creationTimestamp: ago(180),
      labels: { app: owner, 'pod-template-hash': name.split('-').pop() ?? '' },
      ownerReferences: [{ apiVersion: 'apps/v1', kind: 'Deployment', name: owner, uid: `uid-${owner}`, controller: true, blockOwnerDeletion: true }],
    },
    spec: {
      replicas,
      selector: { matchLabels: { app: owner, 'pod-template-hash': name.split('-').pop() ?? '' } },
      template: { metadata: { labels: { app: owner } }, spec: { containers: [{ name: owner, image: 'nginx:1.27' }] } },
    },
    status: { replicas, readyReplicas: ready, availableReplicas: ready, fullyLabeledReplicas: replicas },
  };
}

export function daemonSet(name: string): DaemonSet {
  return {
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    metadata: { name, namespace: 'kube-system', uid: `uid-${name}`, creationTimestamp: ago(864000) },
    spec: {
      selector: { matchLabels: { 'k8s-app': name } },
      template: {
        metadata: { labels: { 'k8s-app': name } },
        spec: { containers: [{ name, image: `registry.k8s.io/${name}:v1.32.0` }], nodeSelector: { 'kubernetes.io/os': 'linux' } },
      },
    },
    status: { currentNumberScheduled: 1, numberMisscheduled: 0, desiredNumberScheduled: 1, numberReady: 1, updatedNumberScheduled: 1, numberAvailable: 1 },
  };
}

export function endpoints(name: string, subsets: Endpoints['subsets']): Endpoints {
  return { apiVersion: 'v1', kind: 'Endpoints', metadata: { name, namespace: 'default', creationTimestamp: ago(60) }, ...(subsets ? { subsets } : {}) };
}

export function endpointSlice(name: string, service: string, ports: EndpointSlice['ports'], eps: EndpointSlice['endpoints']): EndpointSlice {
  return {
    apiVersion: 'discovery.k8s.io/v1',
    kind: 'EndpointSlice',
    metadata: { name, namespace: 'default', creationTimestamp: ago(60), labels: { 'kubernetes.io/service-name': service } },
    addressType: 'IPv4',
    endpoints: eps,
    ports,
  };
}
