import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../../src/sim/api/types.js';
import { buildTable, tableHandlerFor } from '../../../../src/sim/printers/tables/build-table.js';
import { expectGolden, toGoldenJson } from '../../../support/golden.js';
import {
  ago,
  condition,
  configMap,
  container,
  daemonSet,
  deployment,
  endpointSlice,
  endpoints,
  event,
  namespace,
  node,
  NOW,
  pod,
  replicaSet,
  secret,
  service,
  serviceAccount,
  status,
} from './fixtures.js';

const OPTS = { now: NOW, resourceVersion: '1006' };

function golden(kind: string, objects: KubeObject[]): void {
  expectGolden(toGoldenJson(buildTable(kind, objects, OPTS)), `test/sim/printers/golden/table-${kind.toLowerCase()}.json`);
}

describe('buildTable', () => {
  it('builds the pod Table with every column, wide ones included, and row conditions for finished pods', () => {
    golden('Pod', [
      pod('myapp-pod', { nodeName: 'minikube', initContainers: [container('init-myservice'), container('init-mydb')] }, {
        podIPs: [{ ip: '10.244.0.5' }],
        initContainerStatuses: [status('init-myservice', { running: { startedAt: ago(5) } }), status('init-mydb', { waiting: { reason: 'PodInitializing' } })],
      }),
      pod('done', {}, { phase: 'Succeeded', conditions: [condition('Ready', 'False')], containerStatuses: [status('app', { terminated: { exitCode: 0, reason: 'Completed' } })] }),
      pod('broken', {}, { phase: 'Failed', containerStatuses: [status('app', { terminated: { exitCode: 1, reason: 'Error' } })] }),
    ]);
  });

  it('builds the service Table for each service type', () => {
    golden('Service', [
      service('kubernetes', { clusterIP: '10.96.0.1', clusterIPs: ['10.96.0.1'], ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 8443 }] }, { labels: { component: 'apiserver', provider: 'kubernetes' } }),
      service('web', { type: 'NodePort', clusterIPs: ['10.100.7.3'], selector: { app: 'web' }, ports: [{ port: 80, nodePort: 30080, protocol: 'TCP' }] }),
      service('lb', {
        type: 'LoadBalancer',
        clusterIPs: ['10.104.2.9'],
        ports: [
          { port: 80, nodePort: 31234, protocol: 'TCP' },
          { port: 443, nodePort: 32100, protocol: 'TCP' },
        ],
      }),
      service('ext', { type: 'ExternalName', externalName: 'example.com' }),
    ]);
  });

  it('builds the endpoints, endpoint slice, event, node and namespace Tables', () => {
    golden('Endpoints', [
      endpoints('web', [{ addresses: [{ ip: '10.244.0.7' }, { ip: '10.244.0.8' }, { ip: 'fd00::9' }, { ip: '10.244.0.10' }], ports: [{ port: 8080, protocol: 'TCP' }] }]),
      endpoints('none', undefined),
    ]);
    golden('EndpointSlice', [
      endpointSlice('web-abcde', 'web', [{ name: 'http', port: 8080, protocol: 'TCP' }], [
        { addresses: ['10.244.0.7'], conditions: { ready: true } },
        { addresses: ['10.244.0.8'], conditions: { ready: false } },
      ]),
      endpointSlice('empty-xyz', 'empty', null, []),
    ]);
    golden('Event', [
      event('myapp-pod.181', { reason: 'Scheduled', message: 'Successfully assigned default/myapp-pod to minikube', source: {}, reportingComponent: 'default-scheduler', reportingInstance: 'default-scheduler-minikube', firstTimestamp: null, lastTimestamp: null, count: undefined, eventTime: '2025-01-06T10:07:50.123456Z' }),
      event('crashy.182', { type: 'Warning', reason: 'BackOff', message: ' Back-off restarting failed container \n', involvedObject: { kind: 'Pod', name: 'crashy', fieldPath: 'spec.containers{crashy}' }, count: 18, firstTimestamp: ago(248), lastTimestamp: ago(15) }),
      event('node.183', { reason: 'Starting', involvedObject: { kind: 'Node', name: '' }, series: { count: 3, lastObservedTime: '2025-01-06T10:09:00.000000Z' } }),
    ]);
    golden('Node', [
      node('kind-control-plane', { labels: { 'node-role.kubernetes.io/control-plane': '', 'kubernetes.io/role': 'master' } }),
      node('kind-worker', { unschedulable: true, ready: 'False' }),
    ]);
    golden('Namespace', [namespace('default'), namespace('kube-system')]);
  });

  it('builds the service account, config map and secret Tables with integer counts', () => {
    golden('ServiceAccount', [serviceAccount('default'), serviceAccount('builder', ['builder-token', 'registry'])]);
    golden('ConfigMap', [configMap('kube-root-ca.crt', { 'ca.crt': 'x' }), configMap('mixed', { a: '1', b: '2' }, { c: 'AAEC' })]);
    golden('Secret', [secret('token', 'kubernetes.io/service-account-token', { token: 'dG9r', 'ca.crt': 'Y2E=', namespace: 'ZGVmYXVsdA==' })]);
    const cm = buildTable('ConfigMap', [configMap('x', { a: '1' }, { b: 'AA==' })], OPTS).rows?.[0]?.cells[1];
    expect(cm).toBe(2);
  });

  it('builds the deployment, replica set and daemon set Tables', () => {
    golden('Deployment', [deployment('nginx', 3, { replicas: 3, readyReplicas: 3, updatedReplicas: 3, availableReplicas: 3 }), deployment('new', 2, {})]);
    golden('ReplicaSet', [replicaSet('nginx-7854ff8877', 'nginx', 3, 2)]);
    golden('DaemonSet', [daemonSet('kube-proxy')]);
  });

  it('answers kinds without a printer with NAME and CREATED AT, and null rows when nothing is listed', () => {
    const lease = { apiVersion: 'coordination.k8s.io/v1', kind: 'Lease', metadata: { name: 'minikube', creationTimestamp: '2025-01-06T10:00:00Z' } };
    golden('Lease', [lease]);
    expect(buildTable('Lease', [], OPTS).rows).toBeNull();
    expect(buildTable('Pod', [], OPTS).rows).toEqual([]);
    expect(tableHandlerFor('Pod').columns.map((c) => c.name)).toEqual([
      'Name',
      'Ready',
      'Status',
      'Restarts',
      'Age',
      'IP',
      'Node',
      'Nominated Node',
      'Readiness Gates',
    ]);
  });

  it('carries the metadata, the whole object or nothing in each row, as includeObject asks', () => {
    const p = pod('x', {}, {}, { labels: { app: 'x' } });
    const meta = buildTable('Pod', [p], OPTS).rows?.[0]?.object;
    expect(meta).toEqual({ kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: p.metadata });
    expect(buildTable('Pod', [p], { ...OPTS, includeObject: 'Object' }).rows?.[0]?.object).toBe(p);
    expect(buildTable('Pod', [p], { ...OPTS, includeObject: 'None' }).rows?.[0]?.object).toBeNull();
  });

  it('leaves column definitions out (null) for noHeaders requests such as watch events', () => {
    const t = buildTable('Pod', [pod('x')], { now: NOW, noHeaders: true });
    expect(t.columnDefinitions).toBeNull();
    expect(t.metadata).toEqual({});
  });
});
