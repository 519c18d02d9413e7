// The real kubectl's `describe` renders on the client from the objects and events the server
// returns, so it checks the served JSON end to end: it must print what our kubectl prints. The
// cluster is started half an hour in the past and its clock brought up to real time, because the
// real kubectl computes event ages against the machine's clock.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kubectlCheck, startSimHarness, testConfig, type SimHarness } from './support/harness.js';

const PODS = readFileSync(new URL('./fixtures/pods.yaml', import.meta.url), 'utf8');

describe.skipIf(!kubectlCheck.available)('kubectl describe against the served simulator', () => {
  let h: SimHarness;

  beforeAll(async () => {
    // Event ages then read "31m" on both sides, far from a minute boundary.
    const start = Math.floor(Date.now() / 1000) * 1000 - 31 * 60_000 - 30_000;
    h = await startSimHarness(testConfig({ start }));
    await h.kubectl(['create', '-f', h.file('pods.yaml', PODS)]);
    h.server.advance(20_000);
    await h.kubectl(['label', 'pod', 'web', 'stage=one']);
    h.server.advance(Date.now() - h.server.now() - 1000);
  });
  afterAll(() => h?.close());

  it('prints a pod (init containers, states, conditions, volumes, events) exactly as our kubectl does', async () => {
    const builtin = h.builtin('kubectl describe pod myapp-pod');
    const real = await h.kubectl(['describe', 'pod', 'myapp-pod']);
    expect(real.stderr).toBe('');
    expect(real.stdout).toBe(builtin);
    expect(real.stdout).toContain('Init Containers:\n  init-myservice:\n');
    expect(real.stdout).toMatch(/Normal {2}Scheduled {2}31m {3}default-scheduler {2}Successfully assigned default\/myapp-pod to kind-control-plane\n/);
  });

  it('asks for the events of exactly that pod, with the field selector terms in any order', async () => {
    const asked = h.requests.filter((r) => r.url.startsWith('/api/v1/namespaces/default/events?fieldSelector='));
    expect(asked.length).toBeGreaterThan(0);
    expect(decodeURIComponent(asked[0]!.url)).toMatch(/involvedObject\.uid=[0-9a-f-]{36}/);
  });

  it('prints a running pod and a service exactly as our kubectl does', async () => {
    for (const what of [['pod', 'web'], ['service', 'web']]) {
      const builtin = h.builtin(`kubectl describe ${what.join(' ')}`);
      const real = await h.kubectl(['describe', ...what]);
      expect(real.stdout, what.join(' ')).toBe(builtin);
    }
  });

  it('prints a deployment and a namespace exactly as our kubectl does', async () => {
    for (const what of [['deployment', 'coredns', '-n', 'kube-system'], ['namespace', 'default']]) {
      const builtin = h.builtin(`kubectl describe ${what.join(' ')}`);
      const real = await h.kubectl(['describe', ...what]);
      expect(real.stdout, what.join(' ')).toBe(builtin);
    }
  });

  it('prints a node, with its heartbeat lease, as our kubectl does', async () => {
    const lease = /Lease:\n(  .*\n)+/;
    const builtin = h.builtin('kubectl describe node kind-control-plane');
    const real = await h.kubectl(['describe', 'node', 'kind-control-plane']);
    expect(real.stdout.replace(lease, '<lease>\n')).toBe(builtin.replace(lease, '<lease>\n'));
    expect(real.stdout).toMatch(/Lease:\n {2}HolderIdentity: {2}kind-control-plane\n {2}AcquireTime: {5}<unset>\n {2}RenewTime: {7}\w{3}, \d\d \w{3} \d{4} [\d:]{8} \+0000\n/);
  });
});
