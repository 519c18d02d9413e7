// The real kubectl's `debug` against the served simulator: ephemeral containers through the
// pods/ephemeralcontainers subresource, started by the kubelet, with --target sharing the
// target container's process namespace; and what the API server refuses.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kubectlCheck, startSimHarness, type SimHarness } from './support/harness.js';

const OBJECTS = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: nginx
    image: nginx:1.27
`;

describe.skipIf(!kubectlCheck.available)('kubectl debug against the served simulator', () => {
  let h: SimHarness;

  beforeAll(async () => {
    h = await startSimHarness();
    await h.kubectl(['create', '-f', h.file('web.yaml', OBJECTS)]);
    h.server.advance(30_000);
  });
  afterAll(() => h?.close());

  it('adds an ephemeral container with --target; the kubelet starts it in the target process namespace', async () => {
    const r = await h.kubectl(['debug', 'web', '-c', 'debugger', '--image=busybox:1.36', '--target=nginx', '--', 'sleep', '3600']);
    expect(r).toMatchObject({
      stdout: `Targeting container "nginx". If you don't see processes from this container it may be because the container runtime doesn't support this feature.\n`,
      stderr: '--profile=legacy is deprecated and will be removed in the future. It is recommended to explicitly specify a profile, for example "--profile=general".\n',
      exitCode: 0,
    });
    expect(h.requests.some((q) => q.method === 'PATCH' && q.url.startsWith('/api/v1/namespaces/default/pods/web/ephemeralcontainers'))).toBe(true);
    h.server.advance(10_000);
    const spec = await h.kubectl(['get', 'pod', 'web', '-o', 'jsonpath={.spec.ephemeralContainers[0]}']);
    expect(JSON.parse(spec.stdout)).toEqual({
      command: ['sleep', '3600'],
      image: 'busybox:1.36',
      imagePullPolicy: 'IfNotPresent',
      name: 'debugger',
      resources: {},
      targetContainerName: 'nginx',
      terminationMessagePath: '/dev/termination-log',
      terminationMessagePolicy: 'File',
    });
    const status = await h.kubectl(['get', 'pod', 'web', '-o', 'jsonpath={.status.ephemeralContainerStatuses[0]}']);
    expect(JSON.parse(status.stdout)).toMatchObject({ name: 'debugger', ready: false, restartCount: 0, state: { running: {} } });
    expect(JSON.parse(status.stdout)).not.toHaveProperty('started');
    const ps = await h.kubectl(['exec', 'web', '-c', 'debugger', '--', 'ps', '-o', 'pid,comm']);
    expect(ps.stdout).toMatch(/^PID +COMMAND\n +1 nginx/);
    expect(ps.stdout).toContain(' sleep\n');
  });

  it('refuses to change or remove an ephemeral container, and a duplicate name', async () => {
    const dup = await h.kubectl(['debug', 'web', '-c', 'nginx', '--image=busybox:1.36', '--profile=general']);
    expect(dup.stderr).toBe('The Pod "web" is invalid: spec.ephemeralContainers[1].name: Duplicate value: "nginx"\n');
    const removed = await h.kubectl(['patch', 'pod', 'web', '--subresource=ephemeralcontainers', '--type=json', '-p', '[{"op":"remove","path":"/spec/ephemeralContainers/0"}]']);
    expect(removed.stderr).toBe('The Pod "web" is invalid: spec.ephemeralContainers: Forbidden: existing ephemeral containers "debugger" may not be removed\n\n');
    expect(h.builtin('kubectl debug web -c nginx --image=busybox:1.36 --profile=general')).toBe(dup.stderr);
  });

  it('-i: attaches to the new ephemeral container, its shell reads what kubectl sends', async () => {
    const run = h.background(['debug', 'web', '-i', '-c', 'shell', '--image=busybox:1.36', '--profile=general', '--', 'sh'], { input: 'echo "in $(hostname)"; ps -o comm | grep -c nginx\nexit 0\n' });
    let exited = false;
    void run.done.then(() => (exited = true));
    for (let i = 0; i < 100 && !exited; i++) {
      await new Promise((r) => setTimeout(r, 50));
      h.server.advance(1_000);
    }
    const r = await run.done;
    expect(r.stdout).toBe('in web\n0\n');
    expect(r.stderr).toBe("If you don't see a command prompt, try pressing enter.\n");
    expect(h.requests.some((q) => q.url.startsWith('/api/v1/namespaces/default/pods/web/attach?container=shell') && q.url.includes('stdin=true'))).toBe(true);
    // Our kubectl, on the same cluster: the same words (stderr first, as the attach hint comes first).
    expect(h.builtin(`printf 'echo "in $(hostname)"\\nexit 0\\n' | kubectl debug web -i -c shell2 --image=busybox:1.36 --profile=general -- sh`)).toBe(
      "If you don't see a command prompt, try pressing enter.\nin web\n",
    );
  });
});
