// Transcript 01 (kubernetes.io, init containers in use; old kubectl): the pod waits in
// Init:0/2 with its first init container running, then runs once both Services exist.
// Compared by behaviour: the documentation's columns, event table and AGE are from old versions.
import { describe, expect, it } from 'vitest';
import { rows, ScriptedSession } from '../../backends/sim/scripted-session.js';
import { recordPodHistory } from '../kubelet/pod-history.js';

const MYAPP = `apiVersion: v1
kind: Pod
metadata:
  name: myapp-pod
  labels:
    app: myapp
spec:
  containers:
  - name: myapp-container
    image: busybox:1.28
    command: ['sh', '-c', 'echo The app is running! && sleep 3600']
  initContainers:
  - name: init-myservice
    image: busybox:1.28
    command: ['sh', '-c', "until nslookup myservice.$(cat /var/run/secrets/kubernetes.io/serviceaccount/namespace).svc.cluster.local; do echo waiting for myservice; sleep 2; done"]
  - name: init-mydb
    image: busybox:1.28
    command: ['sh', '-c', "until nslookup mydb.$(cat /var/run/secrets/kubernetes.io/serviceaccount/namespace).svc.cluster.local; do echo waiting for mydb; sleep 2; done"]
`;
const SERVICES = `---
apiVersion: v1
kind: Service
metadata:
  name: myservice
spec:
  ports:
  - protocol: TCP
    port: 80
    targetPort: 9376
---
apiVersion: v1
kind: Service
metadata:
  name: mydb
spec:
  ports:
  - protocol: TCP
    port: 80
    targetPort: 9377
`;

/** `State:` (and `Reason:`) of one container in `kubectl describe pod`. */
function stateOf(describe: string, container: string): string {
  const at = describe.indexOf(`\n  ${container}:\n`);
  const block = describe.slice(at, describe.indexOf('\n    Ready:', at));
  const state = block.match(/\n {4}State:\s+(\S+)/)?.[1] ?? '';
  const reason = block.match(/\n {6}Reason:\s+(\S+)/)?.[1];
  return reason ? `${state}/${reason}` : state;
}

describe('transcript 01: myapp-pod waits for its Services', () => {
  it('is Init:0/2 with init-myservice Running, then Running 1/1 once the Services exist', async () => {
    const s = new ScriptedSession();
    await s.file('myapp.yaml', MYAPP);
    await s.file('services.yaml', SERVICES);
    const history = recordPodHistory(s.session.cluster, 'default', 'myapp-pod');
    expect(s.ok('kubectl apply -f myapp.yaml')).toBe('pod/myapp-pod created\n');
    s.ok('sleep 5');
    const waiting = rows(s.ok('kubectl get -f myapp.yaml'));
    expect(waiting).toEqual([['myapp-pod', '0/1', 'Init:0/2', '0', expect.any(String)]]);
    const describe = s.ok('kubectl describe -f myapp.yaml');
    expect(describe).toMatch(/^Name:\s+myapp-pod\nNamespace:\s+default\n/);
    expect(describe).toMatch(/^Labels:\s+app=myapp\n/m);
    expect(describe).toMatch(/^Status:\s+Pending\n/m);
    expect(stateOf(describe, 'init-myservice')).toBe('Running');
    expect(stateOf(describe, 'init-mydb')).toBe('Waiting/PodInitializing');
    expect(stateOf(describe, 'myapp-container')).toBe('Waiting/PodInitializing');
    expect(describe.match(/\n {4}Ready:\s+False\n/g)).toHaveLength(3);
    // The documentation's events, in the same order (its old table layout aside).
    const reasons = describe.slice(describe.indexOf('Events:')).split('\n').slice(3).map((l) => l.trim().split(/\s+/)[1]).filter(Boolean);
    expect(reasons).toEqual(['Scheduled', 'Pulling', 'Pulled', 'Created', 'Started']);
    // The init containers are waiting to discover the Services (logs are not shown in the source).
    expect(s.ok('kubectl logs myapp-pod -c init-myservice')).toContain('waiting for myservice');

    expect(s.ok('kubectl apply -f services.yaml')).toBe('service/myservice created\nservice/mydb created\n');
    s.ok('sleep 15');
    expect(rows(s.ok('kubectl get -f myapp.yaml'))).toEqual([['myapp-pod', '1/1', 'Running', '0', expect.any(String)]]);
    const statuses = history.statuses.map((h) => h.status).filter((x) => x !== 'Pending' && x !== 'PodInitializing');
    expect(statuses[0]).toBe('Init:0/2');
    expect(statuses.at(-1)).toBe('Running');
    history.stop();
  });
});
