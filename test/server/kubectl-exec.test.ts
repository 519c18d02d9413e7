// The real kubectl's `exec` against the served simulator: a WebSocket upgrade (v5.channel.k8s.io),
// the command run in the container's shell model on the virtual clock, output streamed on
// channels 1 and 2, and the exit status on channel 3 turned into kubectl's exit code.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kubectlCheck, startSimHarness, type Background, type KubectlResult, type SimHarness } from './support/harness.js';

const PODS = `apiVersion: v1
kind: Pod
metadata:
  name: box
spec:
  containers:
  - name: main
    image: busybox:1.36
    command: ['sleep', '3600']
  - name: helper
    image: busybox:1.36
    command: ['sleep', '3600']
---
apiVersion: v1
kind: Pod
metadata:
  name: done
spec:
  restartPolicy: Never
  containers:
  - name: main
    image: busybox:1.36
    command: ['true']
---
apiVersion: v1
kind: Pod
metadata:
  name: stuck
spec:
  containers:
  - name: main
    image: busybox:1.36
    command: ['sleep', '3600']
  initContainers:
  - name: init
    image: busybox:1.36
    command: ['sleep', '3600']
`;

/** Moves the virtual clock a second every 50 ms of real time until the background kubectl exits. */
async function advanceUntilDone(h: SimHarness, run: Background): Promise<KubectlResult> {
  let exited = false;
  void run.done.then(() => (exited = true));
  for (let i = 0; i < 100 && !exited; i++) {
    await new Promise((r) => setTimeout(r, 50));
    h.server.advance(1_000);
  }
  return run.done;
}

describe.skipIf(!kubectlCheck.available)('kubectl exec against the served simulator', () => {
  let h: SimHarness;

  beforeAll(async () => {
    h = await startSimHarness();
    await h.kubectl(['create', '-f', h.file('pods.yaml', PODS)]);
    h.server.advance(20_000);
  });
  afterAll(() => h?.close());

  it('streams stdout and stderr and exits with the command exit code', async () => {
    const r = await h.kubectl(['exec', 'box', '-c', 'main', '--', 'sh', '-c', 'echo hello; echo oops >&2; exit 3']);
    expect(r).toMatchObject({ stdout: 'hello\n', stderr: 'oops\ncommand terminated with exit code 3\n', exitCode: 3 });
    expect(h.builtin("kubectl exec box -c main -- sh -c 'echo hello; echo oops >&2; exit 3'")).toBe('hello\noops\ncommand terminated with exit code 3\n');
    expect(h.requests.some((q) => q.method === 'GET' && q.url.startsWith('/api/v1/namespaces/default/pods/box/exec?command=sh&command=-c&command=echo+hello'))).toBe(true);
  });

  it('runs in the container (its files, hostname and environment) with exit code 0', async () => {
    const r = await h.kubectl(['exec', 'box', '-c', 'main', '--', 'cat', '/etc/hostname']);
    expect(r).toMatchObject({ stdout: 'box\n', stderr: '', exitCode: 0 });
  });

  it('says which container it picked when the pod has several', async () => {
    const r = await h.kubectl(['exec', 'box', '--', 'echo', 'hi']);
    expect(r.stderr).toBe('Defaulted container "main" out of: main, helper\n');
    expect(r.stdout).toBe('hi\n');
  });

  it('keeps the command running on the virtual clock until time moves', async () => {
    const run = h.background(['exec', 'box', '-c', 'main', '--', 'sh', '-c', 'echo start; sleep 5; echo end']);
    let exited = false;
    void run.done.then(() => (exited = true));
    await h.until(() => run.stdout() === 'start\n');
    await new Promise((r) => setTimeout(r, 200));
    expect(exited).toBe(false);
    h.server.advance(5_000);
    expect(await run.done).toMatchObject({ stdout: 'start\nend\n', exitCode: 0 });
  });

  it('prints the runtime error and exits 126 for a command the image does not have', async () => {
    const r = await h.kubectl(['exec', 'box', '-c', 'main', '--', 'nosuch']);
    expect(r.stdout).toBe('OCI runtime exec failed: exec failed: unable to start container process: exec: "nosuch": executable file not found in $PATH: unknown\n');
    expect(r.stderr).toBe('command terminated with exit code 126\n');
    expect(r.exitCode).toBe(126);
  });

  it('reports a container that is not running, one that does not exist, and a completed pod', async () => {
    const notRunning = await h.kubectl(['exec', 'stuck', '-c', 'main', '--', 'true']);
    expect(notRunning).toMatchObject({ stderr: 'error: unable to upgrade connection: container not found ("main")\n', exitCode: 1 });
    expect(h.builtin('kubectl exec stuck -c main -- true')).toBe(notRunning.stderr);
    const unknown = await h.kubectl(['exec', 'box', '-c', 'nope', '--', 'true']);
    expect(unknown).toMatchObject({ stderr: 'Error from server (BadRequest): container nope is not valid for pod box\n', exitCode: 1 });
    const completed = await h.kubectl(['exec', 'done', '--', 'true']);
    expect(completed).toMatchObject({ stderr: 'error: cannot exec into a container in a completed pod; current phase is Succeeded\n', exitCode: 1 });
    const missing = await h.kubectl(['exec', 'nosuch', '--', 'true']);
    expect(missing).toMatchObject({ stderr: 'Error from server (NotFound): pods "nosuch" not found\n', exitCode: 1 });
  });

  it('-i: sends what kubectl reads on stdin, and the command starts once stdin is closed', async () => {
    expect(await h.kubectl(['exec', '-i', 'box', '-c', 'main', '--', 'cat'], { input: 'one\ntwo\n' })).toMatchObject({ stdout: 'one\ntwo\n', stderr: '', exitCode: 0 });
    const script = 'cat > /tmp/in; wc -c < /tmp/in; exit 2';
    const r = await h.kubectl(['exec', '-i', 'box', '-c', 'main', '--', 'sh', '-c', script], { input: 'x'.repeat(100_000) });
    expect(r).toMatchObject({ stdout: '100000\n', stderr: 'command terminated with exit code 2\n', exitCode: 2 });
    expect(await h.kubectl(['exec', '-i', 'box', '-c', 'main', '--', 'sh'], { input: 'echo "as $0"\nexit 5\n' })).toMatchObject({ stdout: 'as sh\n', exitCode: 5 });
    // Without -i kubectl sends nothing, and the command reads EOF.
    expect(await h.kubectl(['exec', 'box', '-c', 'main', '--', 'cat'], { input: 'unsent\n' })).toMatchObject({ stdout: '', exitCode: 0 });
  });

  it('attaches to a new pod with kubectl run -i --rm, printing its output, then deletes it', async () => {
    const run = h.background(['run', 'client', '--image=busybox:1.36', '--restart=Never', '--rm', '-i', '--', 'sh', '-c', 'echo hello; sleep 2; echo oops >&2; echo bye']);
    const r = await advanceUntilDone(h, run);
    expect(r.stdout).toBe('hello\nbye\npod "client" deleted\n');
    expect(r.stderr).toBe("If you don't see a command prompt, try pressing enter.\noops\n");
    expect(r.exitCode).toBe(0);
    expect(h.requests.some((q) => q.url.startsWith('/api/v1/namespaces/default/pods/client/attach?container=client'))).toBe(true);
  });

  it('kubectl run -i with input on stdin: the sh of the container runs it, and the pod is deleted after', async () => {
    const run = h.background(['run', 'scripted', '--image=busybox:1.36', '--restart=Never', '--rm', '-i', '--', 'sh'], { input: 'echo "hi from $(hostname)"\nsleep 2\necho done\n' });
    const r = await advanceUntilDone(h, run);
    expect(r.stdout).toBe('hi from scripted\ndone\npod "scripted" deleted\n');
    expect(r.exitCode).toBe(0);
    expect(h.requests.some((q) => q.url.startsWith('/api/v1/namespaces/default/pods/scripted/attach?') && q.url.includes('stdin=true'))).toBe(true);
    expect(h.builtin(`printf 'echo "hi from $(hostname)"\\nsleep 2\\necho done\\n' | kubectl run -i --rm scripted2 --image=busybox:1.36 --restart=Never -- sh`)).toBe(
      "If you don't see a command prompt, try pressing enter.\nhi from scripted2\ndone\npod \"scripted2\" deleted\n",
    );
  });
});
