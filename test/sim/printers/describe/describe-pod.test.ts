import { describe, expect, it } from 'vitest';
import type { Event, Pod } from '../../../../src/sim/api/types.js';
import { describePod } from '../../../../src/sim/printers/describe/describe-pod.js';
import { describeEvents, sortEventsForDescribe } from '../../../../src/sim/printers/describe/events.js';
import { tabbedString } from '../../../../src/sim/printers/describe/tabbed-string.js';
import { LEVEL_0 } from '../../../../src/sim/printers/describe/prefix-writer.js';
import { expectGolden } from '../../../support/golden.js';

const T = (s: string) => `2025-01-06T10:${s}Z`;
const MOUNT = (volume: string) => [{ name: volume, mountPath: '/var/run/secrets/kubernetes.io/serviceaccount', readOnly: true }];
const API_ACCESS = (name: string) => ({
  name,
  projected: {
    defaultMode: 420,
    sources: [
      { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
      { configMap: { name: 'kube-root-ca.crt', items: [{ key: 'ca.crt', path: 'ca.crt' }] } },
      { downwardAPI: { items: [{ path: 'namespace', fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' } }] } },
    ],
  },
});
const DEFAULT_TOLERATIONS = [
  { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
  { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
];

function ev(now: number, reason: string, message: string, fields: Partial<Event> & { ago?: number; first?: number } = {}): Event {
  const last = new Date(now - (fields.ago ?? 0) * 1000).toISOString();
  const first = new Date(now - (fields.first ?? fields.ago ?? 0) * 1000).toISOString();
  return {
    apiVersion: 'v1',
    kind: 'Event',
    metadata: { name: `x.${reason}`, namespace: 'default' },
    involvedObject: { kind: 'Pod', name: 'p', namespace: 'default' },
    reason,
    message,
    source: { component: 'kubelet', host: 'minikube' },
    firstTimestamp: first,
    lastTimestamp: last,
    count: 1,
    type: 'Normal',
    eventTime: null,
    reportingComponent: '',
    reportingInstance: '',
    ...fields,
  };
}

function scheduled(now: number, ago: number, pod: string): Event {
  return ev(now, 'Scheduled', `Successfully assigned default/${pod} to minikube`, {
    source: {},
    reportingComponent: 'default-scheduler',
    reportingInstance: 'default-scheduler-minikube',
    firstTimestamp: null,
    lastTimestamp: null,
    count: undefined,
    eventTime: new Date(now - ago * 1000).toISOString().replace('Z', '000Z'),
  });
}

function readFixtureSample(): string {
  return [
    'Name:             myapp-pod',
    'Namespace:        default',
    'Priority:         0',
    'Service Account:  default',
    'Node:             minikube/192.168.49.2',
    'Start Time:       Mon, 06 Jan 2025 10:00:00 +0000',
    'Labels:           app.kubernetes.io/name=MyApp',
    'Annotations:      <none>',
    'Status:           Pending',
    'IP:               10.244.0.5',
    'IPs:',
    '  IP:  10.244.0.5',
    'Init Containers:',
    '  init-myservice:',
    '    Container ID:  containerd://4f1c0a7e9b2d3c5f6a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f',
    '    Image:         busybox:1.28',
    '    Image ID:      docker.io/library/busybox@sha256:141c253bc4c3fd0a201d32dc1f493bcf3fff003b6df416dea4f41046e0f37d47',
    '    Port:          <none>',
    '    Host Port:     <none>',
    '    Command:',
    '      sh',
    '      -c',
    '      until nslookup myservice.$(cat /var/run/secrets/kubernetes.io/serviceaccount/namespace).svc.cluster.local; do echo waiting for myservice; sleep 2; done',
    '    State:          Running',
    '      Started:      Mon, 06 Jan 2025 10:00:05 +0000',
    '    Ready:          False',
    '    Restart Count:  0',
    '    Environment:    <none>',
    '    Mounts:',
    '      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-7kq2x (ro)',
    '  init-mydb:',
    '    Container ID:  ',
    '    Image:         busybox:1.28',
    '    Image ID:      ',
    '    Port:          <none>',
    '    Host Port:     <none>',
    '    Command:',
    '      sh',
    '      -c',
    '      until nslookup mydb.$(cat /var/run/secrets/kubernetes.io/serviceaccount/namespace).svc.cluster.local; do echo waiting for mydb; sleep 2; done',
    '    State:          Waiting',
    '      Reason:       PodInitializing',
    '    Ready:          False',
    '    Restart Count:  0',
    '    Environment:    <none>',
    '    Mounts:',
    '      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-7kq2x (ro)',
    'Containers:',
    '  myapp-container:',
    '    Container ID:  ',
    '    Image:         busybox:1.28',
    '    Image ID:      ',
    '    Port:          <none>',
    '    Host Port:     <none>',
    '    Command:',
    '      sh',
    '      -c',
    '      echo The app is running! && sleep 3600',
    '    State:          Waiting',
    '      Reason:       PodInitializing',
    '    Ready:          False',
    '    Restart Count:  0',
    '    Environment:    <none>',
    '    Mounts:',
    '      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-7kq2x (ro)',
    'Conditions:',
    '  Type                        Status',
    '  PodReadyToStartContainers   True ',
    '  Initialized                 False ',
    '  Ready                       False ',
    '  ContainersReady             False ',
    '  PodScheduled                True ',
    'Volumes:',
    '  kube-api-access-7kq2x:',
    '    Type:                    Projected (a volume that contains injected data from multiple sources)',
    '    TokenExpirationSeconds:  3607',
    '    ConfigMapName:           kube-root-ca.crt',
    '    ConfigMapOptional:       <nil>',
    '    DownwardAPI:             true',
    'QoS Class:                   BestEffort',
    'Node-Selectors:              <none>',
    'Tolerations:                 node.kubernetes.io/not-ready:NoExecute op=Exists for 300s',
    '                             node.kubernetes.io/unreachable:NoExecute op=Exists for 300s',
    'Events:',
    '  Type    Reason     Age    From               Message',
    '  ----    ------     ----   ----               -------',
    '  Normal  Scheduled  2m10s  default-scheduler  Successfully assigned default/myapp-pod to minikube',
    '  Normal  Pulling    2m9s   kubelet            Pulling image "busybox:1.28"',
    '  Normal  Pulled     2m7s   kubelet            Successfully pulled image "busybox:1.28" in 2.104s (2.104s including waiting). Image size: 727869 bytes.',
    '  Normal  Created    2m7s   kubelet            Created container: init-myservice',
    '  Normal  Started    2m7s   kubelet            Started container init-myservice',
    '',
  ].join('\n');
}

function initPod(): Pod {
  const cmd = (svc: string) => ['sh', '-c', `until nslookup ${svc}.$(cat /var/run/secrets/kubernetes.io/serviceaccount/namespace).svc.cluster.local; do echo waiting for ${svc}; sleep 2; done`];
  const volume = 'kube-api-access-7kq2x';
  const waiting = { waiting: { reason: 'PodInitializing' } };
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'myapp-pod', namespace: 'default', uid: 'uid-1', labels: { 'app.kubernetes.io/name': 'MyApp' }, creationTimestamp: T('00:00') },
    spec: {
      priority: 0,
      serviceAccountName: 'default',
      nodeName: 'minikube',
      initContainers: [
        { name: 'init-myservice', image: 'busybox:1.28', command: cmd('myservice'), volumeMounts: MOUNT(volume) },
        { name: 'init-mydb', image: 'busybox:1.28', command: cmd('mydb'), volumeMounts: MOUNT(volume) },
      ],
      containers: [{ name: 'myapp-container', image: 'busybox:1.28', command: ['sh', '-c', 'echo The app is running! && sleep 3600'], volumeMounts: MOUNT(volume) }],
      volumes: [API_ACCESS(volume)],
      tolerations: DEFAULT_TOLERATIONS,
    },
    status: {
      phase: 'Pending',
      hostIP: '192.168.49.2',
      podIP: '10.244.0.5',
      podIPs: [{ ip: '10.244.0.5' }],
      startTime: T('00:00'),
      conditions: ['PodReadyToStartContainers:True', 'Initialized:False', 'Ready:False', 'ContainersReady:False', 'PodScheduled:True'].map((c) => {
        const [type = '', s] = c.split(':');
        return { type, status: s as 'True' | 'False', lastProbeTime: null, lastTransitionTime: T('00:00') };
      }),
      initContainerStatuses: [
        {
          name: 'init-myservice',
          state: { running: { startedAt: T('00:05') } },
          lastState: {},
          ready: false,
          restartCount: 0,
          image: 'busybox:1.28',
          imageID: 'docker.io/library/busybox@sha256:141c253bc4c3fd0a201d32dc1f493bcf3fff003b6df416dea4f41046e0f37d47',
          containerID: 'containerd://4f1c0a7e9b2d3c5f6a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f',
          started: true,
        },
        { name: 'init-mydb', state: waiting, lastState: {}, ready: false, restartCount: 0, image: 'busybox:1.28', imageID: '', started: false },
      ],
      containerStatuses: [{ name: 'myapp-container', state: waiting, lastState: {}, ready: false, restartCount: 0, image: 'busybox:1.28', imageID: '', started: false }],
      qosClass: 'BestEffort',
    },
  };
}

describe('describePod', () => {
  it('reproduces the 1.32 init-container sample byte for byte', () => {
    const now = Date.parse(T('02:10'));
    const events = [
      ev(now, 'Started', 'Started container init-myservice', { ago: 127 }),
      scheduled(now, 130, 'myapp-pod'),
      ev(now, 'Pulling', 'Pulling image "busybox:1.28"', { ago: 129 }),
      ev(now, 'Pulled', 'Successfully pulled image "busybox:1.28" in 2.104s (2.104s including waiting). Image size: 727869 bytes.', { ago: 127 }),
      ev(now, 'Created', 'Created container: init-myservice', { ago: 127 }),
    ];
    // Events sort by lastTimestamp; equal ones keep their order (fewer than 13: insertion sort).
    const ordered = [events[1], events[2], events[3], events[4], events[0]] as Event[];
    expect(describePod(initPod(), ordered, { now })).toBe(readFixtureSample());
  });

  it('reproduces the CrashLoopBackOff container fragment and the repeated-events sample', () => {
    const now = Date.parse(T('04:12'));
    const p = initPod();
    p.metadata.name = 'crashy';
    p.spec.initContainers = undefined;
    p.spec.volumes = [API_ACCESS('kube-api-access-p9wzd')];
    p.spec.containers = [{ name: 'crashy', image: 'busybox', command: ['sh', '-c', 'exit 1'], volumeMounts: MOUNT('kube-api-access-p9wzd') }];
    p.status = {
      phase: 'Running',
      containerStatuses: [
        {
          name: 'crashy',
          state: { waiting: { reason: 'CrashLoopBackOff', message: 'back-off 2m40s restarting failed container=crashy' } },
          lastState: { terminated: { exitCode: 1, reason: 'Error', startedAt: T('03:35'), finishedAt: T('03:35'), containerID: 'containerd://9a8b' } },
          ready: false,
          restartCount: 5,
          image: 'docker.io/library/busybox:latest',
          imageID: 'docker.io/library/busybox@sha256:abcd',
          containerID: 'containerd://9a8b',
        },
      ],
    };
    const events = [
      scheduled(now, 252, 'crashy'),
      ev(now, 'Pulled', 'Successfully pulled image "busybox" in 1.012s (1.012s including waiting). Image size: 2160406 bytes.', { ago: 250 }),
      ev(now, 'Pulling', 'Pulling image "busybox"', { ago: 163, first: 252, count: 5 }),
      ev(now, 'Created', 'Created container: crashy', { ago: 162, first: 250, count: 5 }),
      ev(now, 'Started', 'Started container crashy', { ago: 162, first: 250, count: 5 }),
      ev(now, 'BackOff', 'Back-off restarting failed container crashy in pod crashy_default(0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0)', {
        type: 'Warning',
        ago: 15,
        first: 248,
        count: 18,
      }),
    ];
    const out = describePod(p, events, { now });
    expect(out).toContain(
      [
        'Containers:',
        '  crashy:',
        '    Container ID:  containerd://9a8b',
        '    Image:         busybox',
        '    Image ID:      docker.io/library/busybox@sha256:abcd',
        '    Port:          <none>',
        '    Host Port:     <none>',
        '    Command:',
        '      sh',
        '      -c',
        '      exit 1',
        '    State:          Waiting',
        '      Reason:       CrashLoopBackOff',
        '    Last State:     Terminated',
        '      Reason:       Error',
        '      Exit Code:    1',
        '      Started:      Mon, 06 Jan 2025 10:03:35 +0000',
        '      Finished:     Mon, 06 Jan 2025 10:03:35 +0000',
        '    Ready:          False',
        '    Restart Count:  5',
        '    Environment:    <none>',
        '    Mounts:',
        '      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-p9wzd (ro)',
        '',
      ].join('\n'),
    );
    expect(out.slice(out.indexOf('Events:'))).toBe(
      [
        'Events:',
        '  Type     Reason     Age                    From               Message',
        '  ----     ------     ----                   ----               -------',
        '  Normal   Scheduled  4m12s                  default-scheduler  Successfully assigned default/crashy to minikube',
        '  Normal   Pulled     4m10s                  kubelet            Successfully pulled image "busybox" in 1.012s (1.012s including waiting). Image size: 2160406 bytes.',
        '  Normal   Pulling    2m43s (x5 over 4m12s)  kubelet            Pulling image "busybox"',
        '  Normal   Created    2m42s (x5 over 4m10s)  kubelet            Created container: crashy',
        '  Normal   Started    2m42s (x5 over 4m10s)  kubelet            Started container crashy',
        '  Warning  BackOff    15s (x18 over 4m8s)    kubelet            Back-off restarting failed container crashy in pod crashy_default(0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0)',
        '',
      ].join('\n'),
    );
  });

  it('aligns "Events:  <none>" with the block above it', () => {
    const out = tabbedString((w) => {
      w.write(LEVEL_0, 'Tolerations:\t<none>\n');
      describeEvents([], w, 0);
    });
    expect(out).toBe('Tolerations:  <none>\nEvents:       <none>\n');
  });

  it('orders 13 events with equal times the way Go sort.Sort does', () => {
    const now = Date.parse(T('05:00'));
    const events = 'abcdefghijklm'.split('').map((r, i) => ev(now, r, r, { ago: i === 0 ? 10 : 60 }));
    expect(sortEventsForDescribe(events).map((e) => e.reason).join('')).toBe('gbcdefhijklma');
  });

  it('describes a running pod with sidecar, probes, resources, env sources and many volume types', () => {
    const now = Date.parse(T('10:00'));
    const p = initPod();
    p.metadata = {
      name: 'web-7854ff8877-5xk2p',
      namespace: 'shop',
      uid: 'uid-web',
      creationTimestamp: T('00:00'),
      labels: { app: 'web', 'pod-template-hash': '7854ff8877' },
      annotations: {
        'kubectl.kubernetes.io/last-applied-configuration': '{}',
        'example.com/note': 'short note',
        'example.com/long': `${'x'.repeat(150)}`,
        'example.com/multi': 'line one\nline two\n',
      },
      ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web-7854ff8877', uid: 'uid-rs', controller: true }],
    };
    p.spec = {
      priority: 1000,
      priorityClassName: 'high',
      serviceAccountName: 'web',
      nodeName: 'kind-worker',
      nodeSelector: { 'kubernetes.io/os': 'linux', disk: 'ssd' },
      tolerations: [...DEFAULT_TOLERATIONS, { operator: 'Exists' }, { key: 'dedicated', operator: 'Equal', value: 'web', effect: 'NoSchedule' }],
      initContainers: [
        { name: 'logger', image: 'fluent-bit:3', restartPolicy: 'Always', volumeMounts: [{ name: 'logs', mountPath: '/logs' }] },
      ],
      containers: [
        {
          name: 'web',
          image: 'nginx:1.27',
          args: ['--port=8080', 'multi\nline'],
          ports: [
            { name: 'http', containerPort: 8080, protocol: 'TCP' },
            { name: 'metrics', containerPort: 9090, protocol: 'TCP' },
          ],
          resources: { limits: { cpu: '500m', memory: '128Mi' }, requests: { cpu: '0.25', memory: '64Mi' } },
          livenessProbe: { httpGet: { path: '/healthz', port: 8080, scheme: 'HTTP' }, initialDelaySeconds: 3, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 },
          readinessProbe: { tcpSocket: { port: 8080 }, timeoutSeconds: 1, periodSeconds: 5, successThreshold: 1, failureThreshold: 3 },
          startupProbe: { exec: { command: ['cat', '/tmp/ready'] }, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 30 },
          envFrom: [{ configMapRef: { name: 'web-config' } }, { prefix: 'DB_', secretRef: { name: 'db', optional: true } }],
          env: [
            { name: 'PLAIN', value: 'one\ntwo' },
            { name: 'POD_NAME', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.name' } } },
            { name: 'POD_IP', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'status.podIP' } } },
            { name: 'APP_LABEL', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: "metadata.labels['app']" } } },
            { name: 'CPU_LIMIT', valueFrom: { resourceFieldRef: { containerName: 'web', resource: 'limits.cpu', divisor: '1m' } } },
            { name: 'MEM_REQUEST', valueFrom: { resourceFieldRef: { resource: 'requests.memory', divisor: '1Mi' } } },
            { name: 'STORAGE_LIMIT', valueFrom: { resourceFieldRef: { resource: 'limits.memory', divisor: '1Gi' } } },
            { name: 'PASSWORD', valueFrom: { secretKeyRef: { name: 'db', key: 'password' } } },
            { name: 'MODE', valueFrom: { configMapKeyRef: { name: 'web-config', key: 'mode', optional: true } } },
          ],
          volumeMounts: [
            { name: 'kube-api-access-abcde', mountPath: '/var/run/secrets/kubernetes.io/serviceaccount', readOnly: true },
            { name: 'config', mountPath: '/etc/nginx/conf.d', subPath: 'site.conf' },
            { name: 'logs', mountPath: '/logs' },
          ],
        },
      ],
      volumes: [
        { name: 'logs', emptyDir: {} },
        { name: 'cache', emptyDir: { medium: 'Memory', sizeLimit: '1Gi' } },
        { name: 'config', configMap: { name: 'web-config' } },
        { name: 'tls', secret: { secretName: 'web-tls', optional: true } },
        { name: 'host', hostPath: { path: '/var/log', type: '' } },
        { name: 'data', persistentVolumeClaim: { claimName: 'web-data' } },
        API_ACCESS('kube-api-access-abcde'),
      ],
      readinessGates: [{ conditionType: 'example.com/ready' }],
    };
    p.status = {
      phase: 'Running',
      hostIP: '172.18.0.3',
      podIP: '10.244.1.7',
      podIPs: [{ ip: '10.244.1.7' }, { ip: 'fd00::7' }],
      startTime: T('00:01'),
      conditions: [
        { type: 'example.com/ready', status: 'True', lastProbeTime: null, lastTransitionTime: T('00:30') },
        { type: 'PodReadyToStartContainers', status: 'True', lastProbeTime: null, lastTransitionTime: T('00:05') },
        { type: 'Initialized', status: 'True', lastProbeTime: null, lastTransitionTime: T('00:06') },
        { type: 'Ready', status: 'True', lastProbeTime: null, lastTransitionTime: T('00:30') },
        { type: 'ContainersReady', status: 'True', lastProbeTime: null, lastTransitionTime: T('00:30') },
        { type: 'PodScheduled', status: 'True', lastProbeTime: null, lastTransitionTime: T('00:01') },
      ],
      initContainerStatuses: [
        {
          name: 'logger',
          state: { running: { startedAt: T('00:05') } },
          lastState: {},
          ready: true,
          started: true,
          restartCount: 0,
          image: 'fluent-bit:3',
          imageID: 'docker.io/fluent/fluent-bit@sha256:1111',
          containerID: 'containerd://1111',
        },
      ],
      containerStatuses: [
        {
          name: 'web',
          state: { running: { startedAt: T('00:07') } },
          lastState: { terminated: { exitCode: 137, signal: 9, reason: 'OOMKilled', message: 'out of memory', startedAt: T('00:05'), finishedAt: T('00:06') } },
          ready: true,
          started: true,
          restartCount: 1,
          image: 'nginx:1.27',
          imageID: 'docker.io/library/nginx@sha256:2222',
          containerID: 'containerd://2222',
        },
      ],
    };
    expectGolden(describePod(p, [], { now }), 'test/sim/kubectl/print/golden/describe-pod-running.txt');
  });

  it('shows Terminating with the grace period for a deleted pod, and leaves events out when asked', () => {
    const now = Date.parse(T('01:00'));
    const p = initPod();
    p.metadata.deletionTimestamp = T('01:30');
    p.metadata.deletionGracePeriodSeconds = 30;
    p.spec.nodeName = undefined;
    p.spec.volumes = [];
    p.spec.tolerations = [];
    p.status = { phase: 'Pending', qosClass: 'BestEffort' };
    const out = describePod(p, [], { now, showEvents: false });
    expect(out).toContain('Status:                    Terminating (lasts <invalid>)\nTermination Grace Period:  30s\n');
    expect(out).toContain('Node:                      <none>\n');
    expect(out).toContain('IP:                        \nIPs:                       <none>\n');
    expect(out.endsWith('Tolerations:     <none>\n')).toBe(true);
    expect(out).not.toContain('Events');
  });

  it('computes the QoS class client-side', () => {
    const now = Date.parse(T('01:00'));
    const p = initPod();
    p.spec.initContainers = undefined;
    p.spec.containers = [{ name: 'a', resources: { limits: { cpu: '1', memory: '1Gi' }, requests: { cpu: '1000m', memory: '1024Mi' } } }];
    expect(describePod(p, [], { now })).toContain('QoS Class:                   Guaranteed\n');
    p.spec.containers = [{ name: 'a', resources: { requests: { cpu: '100m' } } }];
    expect(describePod(p, [], { now })).toContain('QoS Class:                   Burstable\n');
  });
});

describe('describePod: more pod lifecycles (goldens)', () => {
  const now = Date.parse('2025-01-06T10:10:00Z');
  const at = (secondsAgo: number) => new Date(now - secondsAgo * 1000).toISOString().replace('.000Z', 'Z');
  const base = (name: string): Pod => ({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: 'default', uid: `uid-${name}`, creationTimestamp: at(120), labels: { run: name } },
    spec: {
      containers: [{ name, image: 'nginx:1.27', imagePullPolicy: 'IfNotPresent', volumeMounts: MOUNT('kube-api-access-x1y2z') }],
      volumes: [API_ACCESS('kube-api-access-x1y2z')],
      serviceAccountName: 'default',
      priority: 0,
      tolerations: DEFAULT_TOLERATIONS,
      restartPolicy: 'Always',
    },
    status: { phase: 'Pending', qosClass: 'BestEffort' },
  });

  it('an unschedulable pod: Node <none>, PodScheduled False, FailedScheduling from the scheduler', () => {
    const p = base('big');
    p.spec.containers[0]!.resources = { requests: { cpu: '64' } };
    p.status = {
      phase: 'Pending',
      conditions: [{ type: 'PodScheduled', status: 'False', reason: 'Unschedulable', message: '0/1 nodes are available: 1 Insufficient cpu.', lastProbeTime: null, lastTransitionTime: at(120) }],
    };
    const failed = ev(now, 'FailedScheduling', '0/1 nodes are available: 1 Insufficient cpu. preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.', {
      type: 'Warning',
      source: {},
      reportingComponent: 'default-scheduler',
      firstTimestamp: null,
      lastTimestamp: null,
      count: undefined,
      eventTime: new Date(now - 120_000).toISOString().replace('Z', '000Z'),
      series: { count: 2, lastObservedTime: new Date(now - 30_000).toISOString().replace('Z', '000Z') },
    } as Partial<Event>);
    expectGolden(describePod(p, [failed], { now }), 'test/sim/kubectl/print/golden/describe-pod-unschedulable.txt');
  });

  it('an image that cannot be pulled: Waiting ErrImagePull / ImagePullBackOff with repeated events', () => {
    const p = base('typo');
    p.spec.containers[0]!.image = 'ngnix:1.27';
    p.spec.nodeName = 'minikube';
    p.status = {
      phase: 'Pending',
      hostIP: '192.168.49.2',
      hostIPs: [{ ip: '192.168.49.2' }],
      podIP: '10.244.0.9',
      podIPs: [{ ip: '10.244.0.9' }],
      startTime: at(118),
      qosClass: 'BestEffort',
      conditions: [
        { type: 'PodReadyToStartContainers', status: 'True', lastProbeTime: null, lastTransitionTime: at(116) },
        { type: 'Initialized', status: 'True', lastProbeTime: null, lastTransitionTime: at(118) },
        { type: 'Ready', status: 'False', reason: 'ContainersNotReady', message: 'containers with unready status: [typo]', lastProbeTime: null, lastTransitionTime: at(118) },
        { type: 'ContainersReady', status: 'False', reason: 'ContainersNotReady', message: 'containers with unready status: [typo]', lastProbeTime: null, lastTransitionTime: at(118) },
        { type: 'PodScheduled', status: 'True', lastProbeTime: null, lastTransitionTime: at(118) },
      ],
      containerStatuses: [
        {
          name: 'typo',
          state: { waiting: { reason: 'ImagePullBackOff', message: 'Back-off pulling image "ngnix:1.27"' } },
          lastState: {},
          ready: false,
          restartCount: 0,
          image: 'ngnix:1.27',
          imageID: '',
          started: false,
        },
      ],
    };
    const events = [
      scheduled(now, 118, 'typo'),
      ev(now, 'Pulling', 'Pulling image "ngnix:1.27"', { ago: 30, first: 117, count: 4, involvedObject: { kind: 'Pod', name: 'typo', namespace: 'default', fieldPath: 'spec.containers{typo}' } }),
      ev(now, 'Failed', 'Failed to pull image "ngnix:1.27": pull access denied, repository does not exist or may require authorization', { type: 'Warning', ago: 29, first: 115, count: 4, involvedObject: { kind: 'Pod', name: 'typo', namespace: 'default', fieldPath: 'spec.containers{typo}' } }),
      ev(now, 'Failed', 'Error: ErrImagePull', { type: 'Warning', ago: 29, first: 115, count: 4, involvedObject: { kind: 'Pod', name: 'typo', namespace: 'default', fieldPath: 'spec.containers{typo}' } }),
      ev(now, 'BackOff', 'Back-off pulling image "ngnix:1.27"', { ago: 5, first: 114, count: 6, involvedObject: { kind: 'Pod', name: 'typo', namespace: 'default', fieldPath: 'spec.containers{typo}' } }),
      ev(now, 'Failed', 'Error: ImagePullBackOff', { type: 'Warning', ago: 5, first: 114, count: 6, involvedObject: { kind: 'Pod', name: 'typo', namespace: 'default', fieldPath: 'spec.containers{typo}' } }),
    ];
    const out = describePod(p, events, { now });
    expect(out).toContain('    State:          Waiting\n      Reason:       ImagePullBackOff\n');
    expectGolden(out, 'test/sim/kubectl/print/golden/describe-pod-image-pull.txt');
  });

  it('a completed Job pod: Succeeded, Terminated Completed with exit code 0, Controlled By Job', () => {
    const p = base('pi-x7k2p');
    p.metadata.ownerReferences = [{ apiVersion: 'batch/v1', kind: 'Job', name: 'pi', uid: 'uid-pi', controller: true, blockOwnerDeletion: true }];
    p.metadata.labels = { 'batch.kubernetes.io/job-name': 'pi', 'job-name': 'pi', 'batch.kubernetes.io/controller-uid': 'uid-pi', 'controller-uid': 'uid-pi' };
    p.spec.containers[0] = { name: 'pi', image: 'perl:5.34.0', command: ['perl', '-Mbignum=bpi', '-wle', 'print bpi(2000)'], volumeMounts: MOUNT('kube-api-access-x1y2z') };
    p.spec.restartPolicy = 'Never';
    p.spec.nodeName = 'minikube';
    p.status = {
      phase: 'Succeeded',
      hostIP: '192.168.49.2',
      podIP: '10.244.0.12',
      podIPs: [{ ip: '10.244.0.12' }],
      startTime: at(100),
      qosClass: 'BestEffort',
      conditions: [
        { type: 'PodReadyToStartContainers', status: 'False', lastProbeTime: null, lastTransitionTime: at(60) },
        { type: 'Initialized', status: 'True', lastProbeTime: null, lastTransitionTime: at(100) },
        { type: 'Ready', status: 'False', reason: 'PodCompleted', lastProbeTime: null, lastTransitionTime: at(62) },
        { type: 'ContainersReady', status: 'False', reason: 'PodCompleted', lastProbeTime: null, lastTransitionTime: at(62) },
        { type: 'PodScheduled', status: 'True', lastProbeTime: null, lastTransitionTime: at(100) },
      ],
      containerStatuses: [
        {
          name: 'pi',
          state: { terminated: { exitCode: 0, reason: 'Completed', startedAt: at(70), finishedAt: at(62), containerID: 'containerd://abc' } },
          lastState: {},
          ready: false,
          restartCount: 0,
          image: 'docker.io/library/perl:5.34.0',
          imageID: 'docker.io/library/perl@sha256:2584f46a92d1042b25320131219e5832c5b3abd7d79e2d6d0b1d3b2e5d1a8f77',
          containerID: 'containerd://abc',
          started: false,
        },
      ],
    };
    const out = describePod(p, [], { now });
    expect(out).toContain('Status:           Succeeded\n');
    expect(out).toContain('Controlled By:  Job/pi\n');
    expectGolden(out, 'test/sim/kubectl/print/golden/describe-pod-completed.txt');
  });
});
