// The walkthrough this project grew from, replayed on the simulator and compared with what the
// real cluster printed in 2019 (seed-outputs.ts), on the same cluster shape (seed-cluster.ts).
//
// Compared exactly (after the normalizations below):
// - `create` lines for the pod and both Services;
// - `kubectl describe myapp-pod`: the error, byte for byte, and its exit status 1;
// - `kubectl get pod` rows: NAME, READY, STATUS, RESTARTS and the column layout; the STATUS
//   sequence Init:0/2 -> Init:1/2 -> Running and READY 0/1 -> 1/1;
// - `kubectl describe pod` while the first init container runs: every section and value in
//   order (Name, Namespace, Priority, Node present, Labels, Annotations, Status Pending, IP,
//   each container's Image, Image ID digest, ports, Command lines, State and Reason, Ready,
//   Restart Count, Environment, Mounts; Conditions; QoS; Node-Selectors; both tolerations;
//   events Scheduled/Pulling/Pulled/Created/Started with their sources and messages);
// - each complete block of the init container's log, byte for byte, and the time between
//   blocks (5 s nslookup timeout + 2 s sleep);
// - `get svc`: headers, names, types, EXTERNAL-IP, PORT(S), the kubernetes Service's IP;
// - `get pod -n kube-system`: which system pods exist (coredns x2, etcd, apiserver,
//   controller-manager, scheduler, kube-proxy x3, flannel x3), all 1/1 Running.
// Normalized, and why:
// - typographic quotes in the post (the blog's, not kubectl's) -> ASCII;
// - tabs in nslookup's Server:/Address: lines: the blog shows them expanded to spaces;
// - AGE values, dates, node names and IPs, pod and Service IPs, container IDs, generated name
//   suffixes, the token volume's name: they differ on every run of any real cluster;
// - what kubectl 1.32 changed since 1.16 (listed with normalizeDescribe): alignment, added lines,
//   the projected token volume, event wording and sources.
// Not compared: RESTARTS and AGE of the system pods (the 2019 cluster was ten hours old and had
// been restarted); the manifests' missing `apiVersion: v1` line (lost in the post: kubectl has
// always required it, so the real file had it).
import { describe, expect, it } from 'vitest';
import { recordPodHistory } from '../kubelet/pod-history.js';
import { rows, ScriptedSession } from '../../backends/sim/scripted-session.js';
import { SEED_SIM } from './seed-cluster.js';
import { asciiQuotes, expandTabs, normalizeDescribe, systemPodName } from './normalize-seed.js';
import * as seed from './seed-outputs.js';

const INIT_YAML = `apiVersion: v1
kind: Pod
metadata:
  name: myapp-pod
  labels:
    app: myapp
spec:
  containers:
  - name: myapp-container
    image: busybox
    command: ['sh', '-c', 'echo The app is running! && sleep 3600']
  initContainers:
  - name: init-myservice
    image: busybox
    command: ['sh', '-c', 'until nslookup myservice; do echo waiting for myservice; sleep 2; done;']
  - name: init-mydb
    image: busybox
    command: ['sh', '-c', 'until nslookup mydb; do echo waiting for mydb; sleep 2; done;']
`;
const service = (name: string, targetPort: number) => `kind: Service
apiVersion: v1
metadata:
  name: ${name}
spec:
  ports:
    - protocol: TCP
      port: 80
      targetPort: ${targetPort}
`;

/** `kubectl get` output with the AGE column's values masked (it is the last column). */
const maskAge = (table: string) => table.split('\n').map((l, i) => (i === 0 ? l : l.replace(/ {3}\S+$/, '   <age>'))).join('\n');

/** Runs `kubectl get pod` every 2 s until its STATUS is `status` (as the post did by hand). */
function getPodUntil(s: ScriptedSession, status: string): string[] {
  const seen: string[] = [];
  for (let i = 0; i < 30; i++) {
    const out = s.ok('kubectl get pod');
    seen.push(out);
    if (rows(out)[0]?.[2] === status) return seen;
    s.ok('sleep 2');
  }
  throw new Error(`myapp-pod never showed ${status}:\n${seen.at(-1)}`);
}

describe('the 2019 walkthrough on the simulator', async () => {
  const s = new ScriptedSession(SEED_SIM);
  const history = recordPodHistory(s.session.cluster, 'default', 'myapp-pod');
  await s.file('init.yaml', INIT_YAML);
  await s.file('myservice.yaml', service('myservice', 9376));
  await s.file('mydb.yaml', service('mydb', 9377));

  const created = s.ok('kubectl create -f init.yaml');
  const firstGet = s.ok('kubectl get pod');
  const withoutType = s.run('kubectl describe myapp-pod');
  const describe = s.ok('kubectl describe pod myapp-pod');
  s.ok('sleep 60');
  const logs = s.ok('kubectl logs myapp-pod -c init-myservice --timestamps');
  const createdService = s.ok('kubectl create -f myservice.yaml');
  const untilInit1 = getPodUntil(s, 'Init:1/2');
  const svc = s.ok('kubectl get svc');
  const kubeSystem = s.ok('kubectl get pod -n kube-system');
  const createdDb = s.ok('kubectl create -f mydb.yaml');
  const untilRunning = getPodUntil(s, 'Running');
  const svcBoth = s.ok('kubectl get svc');
  history.stop();

  it('creates the pod and both Services with the same messages', () => {
    expect(created).toBe(seed.CREATE_POD);
    expect(createdService).toBe(seed.CREATE_MYSERVICE);
    expect(createdDb).toBe(seed.CREATE_MYDB);
  });

  it('shows Init:0/2, then Init:1/2 once myservice resolves, then Running 1/1 once mydb does', () => {
    expect(maskAge(firstGet)).toBe(maskAge(seed.GET_POD_INIT_0));
    expect(maskAge(untilInit1.at(-1)!)).toBe(maskAge(seed.GET_POD_INIT_1));
    expect(maskAge(untilRunning.at(-1)!)).toBe(maskAge(seed.GET_POD_RUNNING));
    const statuses = history.statuses.map((h) => h.status).filter((x) => x !== 'Pending' && x !== 'PodInitializing');
    expect(statuses).toEqual(['Init:0/2', 'Init:1/2', 'Running']);
  });

  it('prints the error for a describe without a resource type byte for byte, and exits 1', () => {
    expect(withoutType.output).toBe(asciiQuotes(seed.DESCRIBE_WITHOUT_TYPE));
    expect(withoutType.exitCode).toBe(1);
  });

  it('describes the pod with the same sections and values while the first init container runs', () => {
    expect(normalizeDescribe(describe)).toEqual(normalizeDescribe(seed.DESCRIBE_POD));
    // What the masks hid is still the right kind of value.
    expect(describe).toMatch(/^Node:\s+k8s-node0([12])\/192\.168\.180\.13[34]\n/m);
    expect(describe).toMatch(/^IP:\s+10\.244\.[12]\.\d+\n/m);
    expect(describe).toContain('    Image ID:      docker.io/library/busybox@sha256:1828edd60c5efd34b2bf5dd3282ec0cc04d47b2ff9caa0b6d4f07a21d1c08084\n');
  });

  it("logs each nslookup attempt exactly as the post's busybox did, one every 7 seconds", () => {
    const lines = logs.split('\n');
    const text = expandTabs(lines.map((l) => l.replace(/^\S+ /, '')).join('\n'));
    const seedBlock = asciiQuotes(seed.LOGS_INIT_MYSERVICE).split('waiting for myservice\n')[0] + 'waiting for myservice\n';
    const blocks = text.split('waiting for myservice\n').slice(0, -1).map((b) => `${b}waiting for myservice\n`);
    expect(blocks.length).toBeGreaterThanOrEqual(8);
    for (const b of blocks) expect(b).toBe(seedBlock);
    // Every block in the post is this same block.
    expect(asciiQuotes(seed.LOGS_INIT_MYSERVICE)).toBe(seedBlock.repeat(14));
    const starts = lines.filter((l) => l.includes(' Server:')).map((l) => Date.parse(l.slice(0, l.indexOf(' '))));
    const gaps = starts.slice(1).map((t, i) => (t - starts[i]!) / 1000);
    for (const g of gaps) expect(g).toBeGreaterThanOrEqual(7);
    for (const g of gaps) expect(g).toBeLessThan(7.5);
  });

  it('lists the Services with the same columns and types', () => {
    for (const [ours, theirs] of [[svc, seed.GET_SVC_MYSERVICE], [svcBoth, seed.GET_SVC_BOTH]] as const) {
      expect(ours.split('\n')[0]!.split(/\s+/)).toEqual(theirs.split('\n')[0]!.split(/\s+/));
      const mask = (t: string) => rows(t).map(([name, type, ip, external, ports]) => [name, type, name === 'kubernetes' ? ip : '<ip>', external, ports]);
      expect(mask(ours)).toEqual(mask(theirs));
    }
  });

  it('runs the same system pods in kube-system', () => {
    const names = (t: string) => rows(t).map((r) => `${systemPodName(r[0]!)} ${r[1]} ${r[2]}`);
    expect(names(kubeSystem)).toEqual(names(seed.GET_PODS_KUBE_SYSTEM));
  });
});
