import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../src/sim/api/types.js';
import { buildTable } from '../../../src/sim/printers/tables/build-table.js';
import type { Table } from '../../../src/sim/printers/tables/table-types.js';
import { printTables } from '../../../src/sim/printers/print-table.js';
import { ago, condition, container, deployment, event, NOW, pod, replicaSet, service, status } from './tables/fixtures.js';

function table(kind: string, objects: KubeObject[]): Table {
  return buildTable(kind, objects, { now: NOW });
}

function runningPod(name: string, age: number, extra: { ip?: string; node?: string } = {}) {
  return pod(
    name,
    extra.node ? { nodeName: extra.node } : {},
    {
      phase: 'Running',
      conditions: [condition('Ready', 'True')],
      containerStatuses: [status('app', { running: { startedAt: ago(age) } }, { ready: true })],
      ...(extra.ip ? { podIPs: [{ ip: extra.ip }] } : {}),
    },
    { creationTimestamp: ago(age) },
  );
}

describe('printTables', () => {
  it('reproduces the init-container sample', () => {
    const p = pod('myapp-pod', { initContainers: [container('init-myservice'), container('init-mydb')], containers: [container('myapp-container')] }, {
      initContainerStatuses: [status('init-myservice', { running: {} }), status('init-mydb', { waiting: { reason: 'PodInitializing' } })],
    }, { creationTimestamp: ago(360) });
    expect(printTables([{ kind: 'Pod', table: table('Pod', [p]) }])).toBe(
      'NAME        READY   STATUS     RESTARTS   AGE\nmyapp-pod   0/1     Init:0/2   0          6m\n',
    );
  });

  it('reproduces the mixed pods sample with a restart age', () => {
    const crashy = pod('crashy', { containers: [container('crashy')] }, {
      phase: 'Running',
      containerStatuses: [
        status('crashy', { waiting: { reason: 'CrashLoopBackOff' } }, { restartCount: 5, lastState: { terminated: { exitCode: 1, reason: 'Error', finishedAt: ago(37) } } }),
      ],
    }, { creationTimestamp: ago(252) });
    const out = printTables([{ kind: 'Pod', table: table('Pod', [runningPod('myapp-pod', 585), crashy, runningPod('nginx-7854ff8877-5xk2p', 2 * 86400 + 3 * 3600)]) }]);
    expect(out).toBe(
      [
        'NAME                     READY   STATUS             RESTARTS      AGE',
        'myapp-pod                1/1     Running            0             9m45s',
        'crashy                   0/1     CrashLoopBackOff   5 (37s ago)   4m12s',
        'nginx-7854ff8877-5xk2p   1/1     Running            0             2d3h',
        '',
      ].join('\n'),
    );
  });

  it('reproduces the wide pods sample', () => {
    const pending = pod('pending-pod', {}, {}, { creationTimestamp: ago(8) });
    const out = printTables([{ kind: 'Pod', table: table('Pod', [runningPod('myapp-pod', 660, { ip: '10.244.0.5', node: 'minikube' }), pending]) }], { wide: true });
    expect(out).toBe(
      [
        'NAME          READY   STATUS    RESTARTS   AGE   IP           NODE       NOMINATED NODE   READINESS GATES',
        'myapp-pod     1/1     Running   0          11m   10.244.0.5   minikube   <none>           <none>',
        'pending-pod   0/1     Pending   0          8s    <none>       <none>     <none>           <none>',
        '',
      ].join('\n'),
    );
  });

  it('reproduces the services sample', () => {
    const services = [
      service('kubernetes', { clusterIPs: ['10.96.0.1'], ports: [{ port: 443, protocol: 'TCP' }] }, { creationTimestamp: ago(10 * 86400) }),
      service('myservice', { clusterIPs: ['10.96.45.12'], ports: [{ port: 80, protocol: 'TCP' }] }, { creationTimestamp: ago(14) }),
      service('web', { type: 'NodePort', clusterIPs: ['10.100.7.3'], ports: [{ port: 80, nodePort: 30080, protocol: 'TCP' }] }, { creationTimestamp: ago(180) }),
      service('lb', { type: 'LoadBalancer', clusterIPs: ['10.104.2.9'], ports: [{ port: 80, nodePort: 31234, protocol: 'TCP' }, { port: 443, nodePort: 32100, protocol: 'TCP' }] }, { creationTimestamp: ago(120) }),
      service('headless', { clusterIPs: ['None'], ports: [{ port: 80, protocol: 'TCP' }] }, { creationTimestamp: ago(60) }),
      service('ext', { type: 'ExternalName', externalName: 'example.com' }, { creationTimestamp: ago(5) }),
    ];
    expect(printTables([{ kind: 'Service', table: table('Service', services) }])).toBe(
      [
        'NAME         TYPE           CLUSTER-IP    EXTERNAL-IP   PORT(S)                      AGE',
        'kubernetes   ClusterIP      10.96.0.1     <none>        443/TCP                      10d',
        'myservice    ClusterIP      10.96.45.12   <none>        80/TCP                       14s',
        'web          NodePort       10.100.7.3    <none>        80:30080/TCP                 3m',
        'lb           LoadBalancer   10.104.2.9    <pending>     80:31234/TCP,443:32100/TCP   2m',
        'headless     ClusterIP      None          <none>        80/TCP                       60s',
        'ext          ExternalName   <none>        example.com   <none>                       5s',
        '',
      ].join('\n'),
    );
  });

  it('reproduces the `kubectl get all` sample: kind prefixes, widths reset, one blank line between kinds', () => {
    const pods = [runningPod('myapp-pod', 660), runningPod('nginx-7854ff8877-5xk2p', 180)];
    const services = [
      service('kubernetes', { clusterIPs: ['10.96.0.1'], ports: [{ port: 443, protocol: 'TCP' }] }, { creationTimestamp: ago(10 * 86400) }),
      service('myservice', { clusterIPs: ['10.96.45.12'], ports: [{ port: 80, protocol: 'TCP' }] }, { creationTimestamp: ago(540) }),
    ];
    const d = deployment('nginx', 1, { readyReplicas: 1, updatedReplicas: 1, availableReplicas: 1 });
    d.metadata.creationTimestamp = ago(180);
    const rs = replicaSet('nginx-7854ff8877', 'nginx', 1, 1);
    const out = printTables(
      [
        { kind: 'Pod', table: table('Pod', pods) },
        { kind: 'Service', table: table('Service', services) },
        { kind: 'DaemonSet', group: 'apps', table: table('DaemonSet', []) },
        { kind: 'Deployment', group: 'apps', table: table('Deployment', [d]) },
        { kind: 'ReplicaSet', group: 'apps', table: table('ReplicaSet', [rs]) },
      ],
      { withKind: true },
    );
    expect(out).toBe(
      [
        'NAME                         READY   STATUS    RESTARTS   AGE',
        'pod/myapp-pod                1/1     Running   0          11m',
        'pod/nginx-7854ff8877-5xk2p   1/1     Running   0          3m',
        '',
        'NAME                 TYPE        CLUSTER-IP    EXTERNAL-IP   PORT(S)   AGE',
        'service/kubernetes   ClusterIP   10.96.0.1     <none>        443/TCP   10d',
        'service/myservice    ClusterIP   10.96.45.12   <none>        80/TCP    9m',
        '',
        'NAME                    READY   UP-TO-DATE   AVAILABLE   AGE',
        'deployment.apps/nginx   1/1     1            1           3m',
        '',
        'NAME                               DESIRED   CURRENT   READY   AGE',
        'replicaset.apps/nginx-7854ff8877   1         1         1       3m',
        '',
      ].join('\n'),
    );
  });

  it('reproduces the deployment samples, narrow and wide', () => {
    const d = deployment('nginx', 3, { readyReplicas: 3, updatedReplicas: 3, availableReplicas: 3 });
    expect(printTables([{ kind: 'Deployment', group: 'apps', table: table('Deployment', [d]) }])).toBe(
      'NAME    READY   UP-TO-DATE   AVAILABLE   AGE\nnginx   3/3     3            3           5m12s\n',
    );
    expect(printTables([{ kind: 'Deployment', group: 'apps', table: table('Deployment', [d]) }], { wide: true })).toBe(
      'NAME    READY   UP-TO-DATE   AVAILABLE   AGE     CONTAINERS   IMAGES       SELECTOR\nnginx   3/3     3            3           5m12s   nginx        nginx:1.27   app=nginx\n',
    );
  });

  it('reproduces the events sample', () => {
    const e = (name: string, seconds: number, reason: string, message: string, extra: Parameters<typeof event>[1] = {}) =>
      event(name, { reason, message, firstTimestamp: ago(seconds), lastTimestamp: ago(seconds), ...extra });
    const events = [
      e('a', 130, 'Scheduled', 'Successfully assigned default/myapp-pod to minikube'),
      e('b', 129, 'Pulling', 'Pulling image "busybox:1.28"'),
      e('c', 127, 'Pulled', 'Successfully pulled image "busybox:1.28" in 2.104s (2.104s including waiting). Image size: 727869 bytes.'),
      e('d', 127, 'Created', 'Created container: init-myservice'),
      e('e', 127, 'Started', 'Started container init-myservice'),
      e('f', 15, 'BackOff', 'Back-off restarting failed container crashy in pod crashy_default(0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0)', {
        type: 'Warning',
        involvedObject: { kind: 'Pod', name: 'crashy' },
      }),
    ];
    expect(printTables([{ kind: 'Event', table: table('Event', events) }])).toBe(
      [
        'LAST SEEN   TYPE      REASON      OBJECT          MESSAGE',
        '2m10s       Normal    Scheduled   pod/myapp-pod   Successfully assigned default/myapp-pod to minikube',
        '2m9s        Normal    Pulling     pod/myapp-pod   Pulling image "busybox:1.28"',
        '2m7s        Normal    Pulled      pod/myapp-pod   Successfully pulled image "busybox:1.28" in 2.104s (2.104s including waiting). Image size: 727869 bytes.',
        '2m7s        Normal    Created     pod/myapp-pod   Created container: init-myservice',
        '2m7s        Normal    Started     pod/myapp-pod   Started container init-myservice',
        '15s         Warning   BackOff     pod/crashy      Back-off restarting failed container crashy in pod crashy_default(0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0)',
        '',
      ].join('\n'),
    );
  });

  it('adds NAMESPACE from the row metadata, label columns and LABELS', () => {
    const p = runningPod('web-1', 60);
    p.metadata.labels = { app: 'web', 'app.kubernetes.io/name': 'Web' };
    const q = runningPod('db-1', 60);
    q.metadata.namespace = 'data';
    const out = printTables([{ kind: 'Pod', table: table('Pod', [p, q]) }], {
      withNamespace: true,
      labelColumns: ['app.kubernetes.io/name', 'tier'],
      showLabels: true,
    });
    expect(out).toBe(
      [
        'NAMESPACE   NAME    READY   STATUS    RESTARTS   AGE   NAME   TIER   LABELS',
        'default     web-1   1/1     Running   0          60s   Web           app=web,app.kubernetes.io/name=Web',
        'data        db-1    1/1     Running   0          60s                 <none>',
        '',
      ].join('\n'),
    );
  });

  it('never adds a NAMESPACE column to cluster-scoped kinds', () => {
    const t = buildTable('Namespace', [{ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'default', creationTimestamp: ago(60) }, spec: {}, status: { phase: 'Active' } }], { now: NOW });
    expect(printTables([{ kind: 'Namespace', namespaced: false, table: t }], { withNamespace: true })).toBe('NAME      STATUS   AGE\ndefault   Active   60s\n');
  });

  it('escapes ESC and cuts a cell at its first newline, carriage return or form feed', () => {
    const e = event('x', { message: 'first line\nsecond line', reason: 'Bad\x1b[31mColor\rmore' });
    const out = printTables([{ kind: 'Event', table: table('Event', [e]) }]);
    expect(out.split('\n')[1]).toBe('60s         Normal   Bad^[[31mColor...   pod/myapp-pod   first line...');
  });

  it('prints nothing at all for a table without rows, and no header with --no-headers', () => {
    expect(printTables([{ kind: 'Pod', table: table('Pod', []) }])).toBe('');
    expect(printTables([{ kind: 'Pod', table: table('Pod', [runningPod('a', 5)]) }], { noHeaders: true })).toBe('a     1/1   Running   0     5s\n');
  });

  it('prints consecutive tables of one kind under one header, and no blank lines without headers', () => {
    const a = table('Pod', [runningPod('a', 5)]);
    const b = table('Pod', [runningPod('much-longer-name', 5)]);
    expect(printTables([{ kind: 'Pod', table: a }, { kind: 'Pod', table: b }])).toBe(
      'NAME               READY   STATUS    RESTARTS   AGE\na                  1/1     Running   0          5s\nmuch-longer-name   1/1     Running   0          5s\n',
    );
    const svc = table('Service', [service('s', { clusterIPs: ['10.0.0.1'], ports: [{ port: 80, protocol: 'TCP' }] })]);
    expect(printTables([{ kind: 'Pod', table: a }, { kind: 'Service', table: svc }], { noHeaders: true })).toBe(
      'a     1/1   Running   0     5s\ns     ClusterIP   10.0.0.1   <none>   80/TCP   60s\n',
    );
  });

  it('puts one blank line between non-empty kinds only, skipping empty ones', () => {
    const a = table('Pod', [runningPod('a', 5)]);
    const empty = table('Service', []);
    const d = table('Deployment', [deployment('d', 1, {})]);
    const out = printTables([
      { kind: 'Service', table: empty },
      { kind: 'Pod', table: a },
      { kind: 'Service', table: empty },
      { kind: 'Deployment', group: 'apps', table: d },
    ]);
    expect(out).toBe('NAME   READY   STATUS    RESTARTS   AGE\na      1/1     Running   0          5s\n\nNAME   READY   UP-TO-DATE   AVAILABLE   AGE\nd      0/1     0            0           5m12s\n');
  });
});
