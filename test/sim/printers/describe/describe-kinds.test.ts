import { describe, expect, it } from 'vitest';
import type { Pod } from '../../../../src/sim/api/types.js';
import { describeConfigMap } from '../../../../src/sim/printers/describe/describe-config-map.js';
import { describeDaemonSet } from '../../../../src/sim/printers/describe/describe-daemon-set.js';
import { describeDeployment } from '../../../../src/sim/printers/describe/describe-deployment.js';
import { describeEndpoints } from '../../../../src/sim/printers/describe/describe-endpoints.js';
import { describeNamespace } from '../../../../src/sim/printers/describe/describe-namespace.js';
import { describeNode } from '../../../../src/sim/printers/describe/describe-node.js';
import { describeReplicaSet } from '../../../../src/sim/printers/describe/describe-replica-set.js';
import { describeSecret } from '../../../../src/sim/printers/describe/describe-secret.js';
import { describeServiceAccount } from '../../../../src/sim/printers/describe/describe-service-account.js';
import { joinDescriptions } from '../../../../src/sim/printers/describe/join-descriptions.js';
import {
  NOW,
  ago,
  configMap,
  container,
  daemonSet,
  deployment,
  endpoints,
  event,
  namespace,
  node,
  pod,
  replicaSet,
  secret,
  serviceAccount,
} from '../tables/fixtures.js';
import { expectGolden } from '../../../support/golden.js';

const GOLDEN = 'test/sim/kubectl/print/golden';
const opts = { now: NOW };

function owned(p: Pod, kind: string, name: string, phase: Pod['status']['phase']): Pod {
  p.metadata.ownerReferences = [{ apiVersion: 'apps/v1', kind, name, uid: `uid-${name}`, controller: true }];
  p.status.phase = phase;
  return p;
}

describe('describeNode', () => {
  const n = node('kind-control-plane', {
    labels: {
      'kubernetes.io/hostname': 'kind-control-plane',
      'node-role.kubernetes.io/control-plane': '',
      'kubernetes.io/os': 'linux',
      'beta.kubernetes.io/arch': 'amd64',
    },
  });
  n.metadata.annotations = {
    'node.alpha.kubernetes.io/ttl': '0',
    'volumes.kubernetes.io/controller-managed-attach-detach': 'true',
    'kubeadm.alpha.kubernetes.io/cri-socket': 'unix:///run/containerd/containerd.sock',
  };
  n.spec.taints = [{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }];
  const pods: Pod[] = [
    pod(
      'coredns-668d6bf9bc-abcde',
      {
        containers: [container('coredns', { resources: { requests: { cpu: '100m', memory: '70Mi' }, limits: { memory: '170Mi' } } })],
        nodeName: 'kind-control-plane',
      },
      { phase: 'Running' },
      { namespace: 'kube-system', creationTimestamp: ago(3 * 86400) },
    ),
    pod(
      'etcd-kind-control-plane',
      { containers: [container('etcd', { resources: { requests: { cpu: '100m', memory: '100Mi' } } })] },
      { phase: 'Running' },
      { namespace: 'kube-system', creationTimestamp: ago(10 * 86400 - 30) },
    ),
    pod('web-0', { containers: [container('web', { resources: { requests: { cpu: '1500m', memory: '1Gi' }, limits: { cpu: '2', memory: '2Gi' } } })] }, { phase: 'Running' }, { creationTimestamp: ago(95) }),
  ];
  const lease = {
    spec: { holderIdentity: 'kind-control-plane', acquireTime: ago(863990), renewTime: ago(4) },
  };
  const events = [
    event('n1', {
      involvedObject: { kind: 'Node', name: 'kind-control-plane' },
      reason: 'RegisteredNode',
      message: 'Node kind-control-plane event: Registered Node kind-control-plane in Controller',
      source: { component: 'node-controller' },
      firstTimestamp: ago(600),
      lastTimestamp: ago(600),
    }),
  ];

  it('full node with lease, taints, pods and allocated resources (golden)', () => {
    expectGolden(describeNode(n, pods, events, { ...opts, lease }), `${GOLDEN}/describe-node.txt`);
  });

  it('lease fields absent print <unset>', () => {
    const out = describeNode(n, pods, [], { ...opts, lease: { spec: {} } });
    expect(out).toContain('Lease:\n  HolderIdentity:  <unset>\n  AcquireTime:     <unset>\n  RenewTime:       <unset>\n');
  });

  it('no pods: zero totals; pods not viewable: not authorized', () => {
    const bare = node('worker');
    const out = describeNode(bare, [], [], { ...opts, lease });
    expect(out).toContain('Roles:              <none>\n');
    expect(out).toContain('Taints:             <none>\n');
    expect(out).toContain('Non-terminated Pods:          (0 in total)\n');
    expect(out).toContain('  cpu                0 (0%)    0 (0%)\n');
    expect(out).toContain('  hugepages-2Mi      0 (0%)    0 (0%)\n');
    expect(out.endsWith('Events:              <none>\n')).toBe(true);
    const noPods = describeNode(bare, [], [], { ...opts, lease, canViewPods: false });
    expect(noPods).toContain('\nPods:                         not authorized\n');
    expect(noPods).not.toContain('Allocated resources');
  });
});

describe('workload describers', () => {
  it('deployment with old and new ReplicaSets and scaling events (golden)', () => {
    const d = deployment('nginx', 3, {
      replicas: 3,
      updatedReplicas: 3,
      readyReplicas: 3,
      availableReplicas: 3,
      conditions: [
        { type: 'Available', status: 'True', reason: 'MinimumReplicasAvailable', message: 'Deployment has minimum availability.', lastUpdateTime: ago(200), lastTransitionTime: ago(200) },
        { type: 'Progressing', status: 'True', reason: 'NewReplicaSetAvailable', message: 'ReplicaSet "nginx-7c5ddbdf54" has successfully progressed.', lastUpdateTime: ago(180), lastTransitionTime: ago(312) },
      ],
    });
    const oldRs = replicaSet('nginx-6d8f7c9b44', 'nginx', 0, 0);
    const newRs = replicaSet('nginx-7c5ddbdf54', 'nginx', 3, 3);
    const events = [
      event('d1', { involvedObject: { kind: 'Deployment', name: 'nginx' }, reason: 'ScalingReplicaSet', message: 'Scaled up replica set nginx-6d8f7c9b44 from 0 to 3', source: { component: 'deployment-controller' }, firstTimestamp: ago(312), lastTimestamp: ago(312) }),
      event('d2', { involvedObject: { kind: 'Deployment', name: 'nginx' }, reason: 'ScalingReplicaSet', message: 'Scaled up replica set nginx-7c5ddbdf54 from 0 to 1', source: { component: 'deployment-controller' }, firstTimestamp: ago(180), lastTimestamp: ago(180) }),
      event('d3', { involvedObject: { kind: 'Deployment', name: 'nginx' }, reason: 'ScalingReplicaSet', message: 'Scaled down replica set nginx-6d8f7c9b44 from 3 to 0', source: { component: 'deployment-controller' }, firstTimestamp: ago(170), lastTimestamp: ago(170) }),
    ];
    expectGolden(describeDeployment(d, [oldRs], [newRs], events, opts), `${GOLDEN}/describe-deployment.txt`);
  });

  it('deployment without ReplicaSets omits OldReplicaSets/NewReplicaSet; Recreate has no RollingUpdateStrategy', () => {
    const d = deployment('api', 1);
    d.spec.strategy = { type: 'Recreate' };
    const out = describeDeployment(d, [], [], [], opts);
    expect(out).not.toContain('OldReplicaSets');
    expect(out).not.toContain('RollingUpdateStrategy');
    expect(out).toContain('StrategyType:       Recreate\n');
    expect(out).toContain('Replicas:           1 desired | 0 updated | 0 total | 0 available | 0 unavailable\n');
  });

  it('replicaset counting only pods it controls (golden)', () => {
    const rs = replicaSet('nginx-7c5ddbdf54', 'nginx', 3, 2);
    const pods = [
      owned(pod('nginx-7c5ddbdf54-a'), 'ReplicaSet', 'nginx-7c5ddbdf54', 'Running'),
      owned(pod('nginx-7c5ddbdf54-b'), 'ReplicaSet', 'nginx-7c5ddbdf54', 'Running'),
      owned(pod('nginx-7c5ddbdf54-c'), 'ReplicaSet', 'nginx-7c5ddbdf54', 'Pending'),
      owned(pod('nginx-7c5ddbdf54-d'), 'ReplicaSet', 'nginx-7c5ddbdf54', 'Failed'),
      owned(pod('stranger'), 'ReplicaSet', 'other', 'Running'),
    ];
    const events = [
      event('r1', { involvedObject: { kind: 'ReplicaSet', name: 'nginx-7c5ddbdf54' }, reason: 'SuccessfulCreate', message: 'Created pod: nginx-7c5ddbdf54-a', source: { component: 'replicaset-controller' }, firstTimestamp: ago(180), lastTimestamp: ago(180) }),
      event('r2', { involvedObject: { kind: 'ReplicaSet', name: 'nginx-7c5ddbdf54' }, reason: 'SuccessfulCreate', message: 'Created pod: nginx-7c5ddbdf54-b', source: { component: 'replicaset-controller' }, firstTimestamp: ago(180), lastTimestamp: ago(180) }),
    ];
    const out = describeReplicaSet(rs, pods, events, opts);
    expect(out).toContain('Pods Status:    2 Running / 1 Waiting / 0 Succeeded / 1 Failed\n');
    expectGolden(out, `${GOLDEN}/describe-replicaset.txt`);
  });

  it('daemonset (golden)', () => {
    const ds = daemonSet('kube-proxy');
    ds.metadata.labels = { 'k8s-app': 'kube-proxy' };
    ds.metadata.annotations = { 'deprecated.daemonset.template.generation': '1' };
    const pods = [owned(pod('kube-proxy-x7k2p', {}, {}, { namespace: 'kube-system' }), 'DaemonSet', 'kube-proxy', 'Running')];
    const events = [
      event('ds1', { involvedObject: { kind: 'DaemonSet', name: 'kube-proxy', namespace: 'kube-system' }, reason: 'SuccessfulCreate', message: 'Created pod: kube-proxy-x7k2p', source: { component: 'daemonset-controller' }, firstTimestamp: ago(864000), lastTimestamp: ago(864000) }),
    ];
    expectGolden(describeDaemonSet(ds, pods, events, opts), `${GOLDEN}/describe-daemonset.txt`);
  });
});

describe('namespace, configmap, secret, serviceaccount, endpoints', () => {
  it('namespace without quotas or limit ranges', () => {
    expect(describeNamespace(namespace('shop'))).toBe(
      [
        'Name:         shop',
        'Labels:       kubernetes.io/metadata.name=shop',
        'Annotations:  <none>',
        'Status:       Active',
        '',
        'No resource quota.',
        '',
        'No LimitRange resource.',
        '',
      ].join('\n'),
    );
  });

  it('namespace with a quota and a limit range (golden)', () => {
    const ns = namespace('team-a');
    const out = describeNamespace(ns, {
      resourceQuotas: [
        {
          apiVersion: 'v1',
          kind: 'ResourceQuota',
          metadata: { name: 'compute' },
          spec: { scopes: ['NotTerminating'] },
          status: { hard: { 'requests.cpu': '4', 'limits.memory': '8Gi', pods: '10' }, used: { 'requests.cpu': '1500m', 'limits.memory': '1Gi', pods: '3' } },
        },
      ],
      limitRanges: [
        {
          apiVersion: 'v1',
          kind: 'LimitRange',
          metadata: { name: 'defaults' },
          spec: {
            limits: [
              { type: 'Container', max: { cpu: '2' }, min: { cpu: '50m' }, default: { cpu: '500m', memory: '256Mi' }, defaultRequest: { cpu: '250m', memory: '128Mi' } },
              { type: 'Pod', max: { memory: '4Gi' } },
            ],
          },
        },
      ],
    });
    expectGolden(out, `${GOLDEN}/describe-namespace.txt`);
  });

  it('namespace with no such resources on the server omits the sections', () => {
    expect(describeNamespace(namespace('x'), { resourceQuotas: null, limitRanges: null })).toBe(
      ['Name:         x', 'Labels:       kubernetes.io/metadata.name=x', 'Annotations:  <none>', 'Status:       Active', ''].join('\n'),
    );
  });

  it('configmap with data and binary data', () => {
    const cm = configMap('game-config', { 'ui.properties': 'color=blue\nmode=dark', lives: '3' }, { 'logo.png': 'iVBORw0KGgo=' });
    expect(describeConfigMap(cm, [], opts)).toBe(
      [
        'Name:         game-config',
        'Namespace:    default',
        'Labels:       <none>',
        'Annotations:  <none>',
        '',
        'Data',
        '====',
        'lives:',
        '----',
        '3',
        '',
        'ui.properties:',
        '----',
        'color=blue',
        'mode=dark',
        '',
        '',
        'BinaryData',
        '====',
        'logo.png: 8 bytes',
        '',
        'Events:  <none>',
        '',
      ].join('\n'),
    );
  });

  it('secret: sizes of decoded values; a service-account token printed in full', () => {
    const s = secret('db', 'Opaque', { password: 'czNjcjN0', username: 'YWRtaW4=' });
    expect(describeSecret(s)).toBe(
      [
        'Name:         db',
        'Namespace:    default',
        'Labels:       <none>',
        'Annotations:  <none>',
        '',
        'Type:  Opaque',
        '',
        'Data',
        '====',
        'password:  6 bytes',
        'username:  5 bytes',
        '',
      ].join('\n'),
    );
    const token = secret('sa-token', 'kubernetes.io/service-account-token', { 'ca.crt': 'YWJjZA==', namespace: 'ZGVmYXVsdA==', token: 'ZXlKaGJHY2lPaUpTVXpJMU5pSjkuZTMw' });
    token.metadata.annotations = { 'kubernetes.io/service-account.name': 'build', 'kubernetes.io/service-account.uid': 'uid-build' };
    expectGolden(describeSecret(token), `${GOLDEN}/describe-secret-token.txt`);
  });

  it('serviceaccount: pull secrets, mountable secrets, tokens and missing secrets', () => {
    const sa = serviceAccount('build', ['build-token', 'gone']) as ReturnType<typeof serviceAccount> & { imagePullSecrets?: Array<{ name: string }> };
    sa.imagePullSecrets = [{ name: 'regcred' }];
    const token = secret('build-token', 'kubernetes.io/service-account-token', {});
    token.metadata.annotations = { 'kubernetes.io/service-account.name': 'build', 'kubernetes.io/service-account.uid': 'uid-build' };
    const out = describeServiceAccount(sa, [token, secret('regcred', 'kubernetes.io/dockerconfigjson', {})], [], opts);
    expect(out).toBe(
      [
        'Name:                build',
        'Namespace:           default',
        'Labels:              <none>',
        'Annotations:         <none>',
        'Image pull secrets:  regcred',
        'Mountable secrets:   build-token',
        '                     gone (not found)',
        'Tokens:              build-token',
        'Events:              <none>',
        '',
      ].join('\n'),
    );
    const bare = describeServiceAccount(serviceAccount('default'), [], [], opts);
    expect(bare).toBe(
      [
        'Name:                default',
        'Namespace:           default',
        'Labels:              <none>',
        'Annotations:         <none>',
        'Image pull secrets:  <none>',
        'Mountable secrets:   <none>',
        'Tokens:              <none>',
        'Events:              <none>',
        '',
      ].join('\n'),
    );
  });

  it('endpoints with ready, not-ready addresses and ports (golden)', () => {
    const ep = endpoints('web', [
      {
        addresses: [{ ip: '10.244.0.7' }, { ip: '10.244.0.8' }],
        notReadyAddresses: [{ ip: '10.244.0.9' }],
        ports: [
          { name: 'http', port: 8080, protocol: 'TCP' },
          { port: 9090, protocol: 'TCP' },
        ],
      },
    ]);
    ep.metadata.labels = { app: 'web' };
    expectGolden(describeEndpoints(ep, [], opts), `${GOLDEN}/describe-endpoints.txt`);
    expect(describeEndpoints(endpoints('none', undefined), [], opts)).toBe(
      ['Name:         none', 'Namespace:    default', 'Labels:       <none>', 'Annotations:  <none>', 'Subsets:', 'Events:  <none>', ''].join('\n'),
    );
  });
});

describe('joinDescriptions', () => {
  it('separates objects by two blank lines', () => {
    expect(joinDescriptions(['a\n', 'b\n', 'c\n'])).toBe('a\n\n\nb\n\n\nc\n');
    expect(joinDescriptions(['only\n'])).toBe('only\n');
    expect(joinDescriptions([])).toBe('');
  });
});
