// The real kubectl's `debug` against the served simulator: ephemeral containers through the
// pods/ephemeralcontainers subresource, started by the kubelet, with --target sharing the
// target container's process namespace.
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
    const r = await h.kubectl(['debug', 'web', '--image=busybox:1.36', '--target=nginx', '--', 'sleep', '3600']);
    console.log(JSON.stringify(r));
    h.server.advance(10_000);
    const yaml = await h.kubectl(['get', 'pod', 'web', '-o', 'yaml']);
    console.log(yaml.stdout);
    const d = await h.kubectl(['describe', 'pod', 'web']);
    console.log(d.stdout);
  });
});
