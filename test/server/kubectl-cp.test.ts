// The real kubectl's `cp` and `attach` against the served simulator: cp's tar archives cross the
// exec stream as raw bytes both ways (every byte value survives), and attach -i feeds a shell
// that reads its stdin.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kubectlCheck, startSimHarness, type SimHarness } from './support/harness.js';

const PODS = `apiVersion: v1
kind: Pod
metadata:
  name: box
spec:
  containers:
  - name: main
    image: busybox:1.36
    command: ['sleep', '3600']
---
apiVersion: v1
kind: Pod
metadata:
  name: shell
spec:
  containers:
  - name: shell
    image: busybox:1.36
    command: ['sh']
    stdin: true
    stdinOnce: true
`;

const ALL_BYTES = Uint8Array.from({ length: 256 }, (_, i) => i);

describe.skipIf(!kubectlCheck.available)('kubectl cp and attach against the served simulator', () => {
  let h: SimHarness;

  beforeAll(async () => {
    h = await startSimHarness();
    await h.kubectl(['create', '-f', h.file('pods.yaml', PODS)]);
    h.server.advance(20_000);
  });
  afterAll(() => h?.close());

  it('copies a file of every byte value into the container and back out unchanged', async () => {
    writeFileSync(join(h.dir, 'bytes.bin'), ALL_BYTES);
    expect(await h.kubectl(['cp', 'bytes.bin', 'box:/tmp/bytes.bin'])).toMatchObject({ stdout: '', stderr: '', exitCode: 0 });
    expect(h.builtin('kubectl exec box -- od -An -tx1 -N4 -j252 /tmp/bytes.bin')).toBe(' fc fd fe ff\n');
    expect(await h.kubectl(['cp', 'box:/tmp/bytes.bin', 'back.bin'])).toMatchObject({ stdout: "tar: removing leading '/' from member names\n", exitCode: 0 });
    expect(new Uint8Array(readFileSync(join(h.dir, 'back.bin')))).toEqual(ALL_BYTES);
  });

  it('attach -i runs what it sends in a shell that reads its stdin', async () => {
    const r = await h.kubectl(['attach', '-i', 'shell'], { input: 'echo one\nhostname\n' });
    expect(r).toMatchObject({ stdout: 'one\nshell\n', stderr: "If you don't see a command prompt, try pressing enter.\n", exitCode: 0 });
  });
});
