// The real kubectl's watches against the served simulator: `get -w` rows as the clock moves,
// `wait` returning as soon as the condition holds while the clock runs in real time (fast), and
// timing out in real time when it never does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Cluster } from '../../src/sim/cluster/cluster.js';
import { expectGolden } from '../support/golden.js';
import { createObjects, kubectlCheck, startHarness, testConfig, type Harness } from './support/harness.js';

const INIT_POD = `apiVersion: v1
kind: Pod
metadata:
  name: myapp-pod
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: ['sh', '-c', 'echo ready && sleep 3600']
  initContainers:
  - name: wait-a-bit
    image: busybox:1.36
    command: ['sh', '-c', 'sleep 20']
`;

const NEVER_READY = `apiVersion: v1
kind: Pod
metadata:
  name: never-ready
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: ['sleep', '3600']
    readinessProbe:
      exec:
        command: ['false']
`;

describe.skipIf(!kubectlCheck.available)('kubectl get -w on the manual clock', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(new Cluster(testConfig()));
  });
  afterAll(() => h?.close());

  it('prints a row for each change as the clock moves (Init:0/1, then PodInitializing, then Running)', async () => {
    createObjects(h.cluster, INIT_POD);
    const watch = h.background(['get', 'pods', '-w']);
    await h.waitForRequest((r) => r.url.includes('watch=true'));
    for (let i = 0; i < 40; i++) h.server.advance(1_000);
    await h.until(() => watch.stdout().includes('Running'));
    watch.kill();
    await watch.done;
    const lines = watch.stdout().trim().split('\n');
    expect(lines[0]).toMatch(/^NAME +READY +STATUS +RESTARTS +AGE$/);
    const statuses = lines.slice(1).map((l) => l.split(/\s+/)[2]);
    expect(statuses[0]).toBe('Pending');
    expect(statuses).toContain('Init:0/1');
    expect(statuses).toContain('PodInitializing');
    expect(statuses[statuses.length - 1]).toBe('Running');
    expectGolden(watch.stdout(), 'test/server/golden/get-pods-watch.txt');
    // The list's resourceVersion starts the watch, and table rows come without headers after the first.
    expect(h.requests.some((r) => /resourceVersion=\d+&watch=true/.test(r.url) && r.accept?.includes('as=Table'))).toBe(true);
  });

  it('prints only later changes with --watch-only -o name', async () => {
    const watch = h.background(['get', 'pods', '--watch-only', '-o', 'name']);
    await h.waitForRequest((r) => r.url.includes('watch=true') && r.accept === 'application/json');
    createObjects(h.cluster, INIT_POD.replace('name: myapp-pod', 'name: second'));
    await h.until(() => watch.stdout().includes('pod/second'));
    watch.kill();
    expect((await watch.done).stdout.split('\n')[0]).toBe('pod/second');
  });
});

describe.skipIf(!kubectlCheck.available)('kubectl wait with the clock running in real time', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(new Cluster(testConfig()), { clock: { mode: 'realtime', speed: 50 } });
  });
  afterAll(() => h?.close());

  it('returns as soon as the pod is Ready (its 20 s init takes under a second at 50x)', async () => {
    createObjects(h.cluster, INIT_POD);
    const r = await h.kubectl(['wait', '--for=condition=Ready', 'pod/myapp-pod', '--timeout=60s']);
    expect(r).toMatchObject({ stdout: 'pod/myapp-pod condition met\n', stderr: '', exitCode: 0 });
    expect(r.ms).toBeLessThan(30_000);
  });

  it('times out after --timeout in real time when the condition never holds', async () => {
    createObjects(h.cluster, NEVER_READY);
    const r = await h.kubectl(['wait', '--for=condition=Ready', 'pod/never-ready', '--timeout=2s']);
    expect(r).toMatchObject({ stdout: '', stderr: 'error: timed out waiting for the condition on pods/never-ready\n', exitCode: 1 });
    expect(r.ms).toBeGreaterThanOrEqual(2_000);
  });

  it('waits for a deletion to finish with --for=delete', async () => {
    await h.kubectl(['delete', 'pod', 'never-ready', '--wait=false']);
    const r = await h.kubectl(['wait', '--for=delete', 'pod/never-ready', '--timeout=60s']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe('pod/never-ready condition met\n');
  });

  it('moves the clock forward between requests at the given speed', async () => {
    const before = h.server.now();
    await new Promise((r) => setTimeout(r, 200));
    await h.kubectl(['get', 'pods']);
    expect(h.server.now() - before).toBeGreaterThanOrEqual(200 * 50);
  });
});
