// The real kubectl's `logs` against the served simulator: the kubelet's log as text/plain with
// the PodLogOptions query, errors as Status objects, and `-f` streaming as the container writes,
// on the virtual clock, until the container ends.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kubectlCheck, startSimHarness, type SimHarness } from './support/harness.js';

const PODS = `apiVersion: v1
kind: Pod
metadata:
  name: counter
spec:
  restartPolicy: Never
  containers:
  - name: count
    image: busybox:1.36
    command: ['sh', '-c', 'for i in 1 2 3 4 5 6; do echo line $i; sleep 2; done']
---
apiVersion: v1
kind: Pod
metadata:
  name: crasher
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: ['sh', '-c', 'echo starting at $(date +%s); echo oops >&2; exit 1']
  - name: side
    image: busybox:1.36
    command: ['sleep', '3600']
  initContainers:
  - name: prepare
    image: busybox:1.36
    command: ['sh', '-c', 'echo prepared']
`;

describe.skipIf(!kubectlCheck.available)('kubectl logs against the served simulator', () => {
  let h: SimHarness;

  async function both(command: string): Promise<{ real: string; builtin: string; exitCode: number }> {
    const builtin = h.builtin(`kubectl ${command}`);
    const r = await h.kubectl(command.split(' '));
    return { real: r.stderr + r.stdout, builtin, exitCode: r.exitCode };
  }

  beforeAll(async () => {
    h = await startSimHarness();
    await h.kubectl(['create', '-f', h.file('pods.yaml', PODS)]);
    h.server.advance(10_000);
  });
  afterAll(() => h?.close());

  it('prints a container log, and the init container log with -c', async () => {
    const count = await both('logs counter');
    expect(count.real).toBe(count.builtin);
    expect(count.real).toMatch(/^line 1\n/);
    const init = await both('logs crasher -c prepare');
    expect(init.real).toBe('prepared\n');
    expect(init.real).toBe(init.builtin);
  });

  it('defaults to the first container and says so, as our kubectl does', async () => {
    h.server.advance(30_000);
    const r = await h.kubectl(['logs', 'crasher']);
    expect(r.stderr).toBe('Defaulted container "app" out of: app, side, prepare (init)\n');
    expect(r.stdout).toMatch(/^starting at \d+\noops\n$/);
    expect(h.requests.some((q) => q.url.includes('/pods/crasher/log?container=app'))).toBe(true);
  });

  it('honours --tail, --timestamps, --limit-bytes and --since', async () => {
    for (const command of ['logs counter --tail=2', 'logs counter --timestamps', 'logs counter --tail=1 --timestamps', 'logs counter --limit-bytes=9', 'logs counter --since=3s']) {
      const r = await both(command);
      expect(r.real, command).toBe(r.builtin);
    }
    const stamped = await h.kubectl(['logs', 'counter', '--timestamps', '--tail=1']);
    expect(stamped.stdout).toMatch(/^2025-01-06T10:00:\d\d\.\d{9}Z line 6\n$/);
  });

  it('prints the previous run with --previous, and the kubelet error when there is none', async () => {
    const previous = await both('logs crasher -c app --previous');
    expect(previous.real).toBe(previous.builtin);
    expect(previous.real).toMatch(/^starting at \d+\noops\n$/);
    const none = await both('logs crasher -c side --previous');
    expect(none.exitCode).toBe(1);
    expect(none.real).toBe('Error from server (BadRequest): previous terminated container "side" in pod "crasher" not found\n');
    expect(none.real).toBe(none.builtin);
  });

  it('reports a missing pod and a container that is not in the pod as kubectl does', async () => {
    const missing = await both('logs nosuch');
    expect(missing.real).toBe('error: error from server (NotFound): pods "nosuch" not found in namespace "default"\n');
    expect(missing.real).toBe(missing.builtin);
    const wrong = await both('logs counter -c nosuch');
    expect(wrong.real).toBe('error: container nosuch is not valid for pod counter\n');
  });

  it('streams with -f as the container writes, and ends when it stops', async () => {
    await h.kubectl(['run', 'ticker', '--image=busybox:1.36', '--restart=Never', '--', 'sh', '-c', 'for i in 1 2 3; do echo tick $i; sleep 10; done']);
    h.server.advance(5_000);
    const follow = h.background(['logs', '-f', 'ticker']);
    let exited = false;
    void follow.done.then(() => (exited = true));
    await h.until(() => follow.stdout() === 'tick 1\n');
    h.server.advance(10_000);
    await h.until(() => follow.stdout() === 'tick 1\ntick 2\n');
    expect(exited).toBe(false);
    h.server.advance(10_000);
    await h.until(() => follow.stdout() === 'tick 1\ntick 2\ntick 3\n');
    h.server.advance(15_000);
    const r = await follow.done;
    expect(r).toMatchObject({ stdout: 'tick 1\ntick 2\ntick 3\n', exitCode: 0 });
    expect(h.requests.some((q) => q.url === '/api/v1/namespaces/default/pods/ticker/log?container=ticker&follow=true')).toBe(true);
  });

  it('returns at once from -f on a container that has already ended', async () => {
    const r = await h.kubectl(['logs', '-f', 'counter']);
    expect(r.stdout).toBe('line 1\nline 2\nline 3\nline 4\nline 5\nline 6\n');
  });
});
