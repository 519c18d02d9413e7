// The sim backend opens one fresh simulated cluster per lesson, shaped by the lesson's `sim:`
// front matter; a bad `sim:` block stops the lesson with diagnostics at that key.
import { describe, expect, it } from 'vitest';
import { createSimBackend } from '../../../src/backends/sim/create-sim-backend.js';
import { SimSession } from '../../../src/backends/sim/sim-session.js';
import { SessionOpenError } from '../../../src/backends/types.js';
import { parseLesson } from '../../../src/lesson/parse-lesson.js';
import { defaultSimConfig } from '../../../src/sim/core/config/config.js';

const lesson = (front: string) => parseLesson('lessons/demo.md', `---\ntitle: Demo\n${front}---\n\nText.\n`);

describe('the sim backend', () => {
  it('opens a session on a cluster shaped by the sim: block', async () => {
    const session = await createSimBackend().open(lesson('sim:\n  nodes: [cp, w1]\n'));
    const r = await session.run('kubectl get nodes --no-headers -o custom-columns=NAME:.metadata.name', { timeoutMs: 10_000 });
    expect(r.output).toBe('cp\nw1\n');
    await session.close();
  });

  it('refuses a lesson whose sim: block has bad keys, with one KL701 diagnostic per problem at the key it names', async () => {
    const open = createSimBackend().open(lesson('sim:\n  cni: cilium\n  nodes:\n    - { name: cp, role: boss }\n'));
    await expect(open).rejects.toBeInstanceOf(SessionOpenError);
    const error = (await open.catch((e: unknown) => e)) as SessionOpenError;
    expect(error.message).toBe("the lesson's sim: front matter is not valid (2 problems)");
    expect(error.diagnostics.map((d) => [d.code, d.message, `${d.file}:${d.line}:${d.column}`])).toEqual([
      ['KL701', 'sim.cni: expected one of: kindnet, flannel, calico', 'lessons/demo.md:4:3'],
      ['KL701', 'sim.nodes[0].role: expected "control-plane" or "worker"', 'lessons/demo.md:6:19'],
    ]);
  });

  it('places problems in sim.images at the key: unknown keys, behaviours that do not exist, bad quantities', async () => {
    const front = [
      'sim:',
      '  images:',
      '    example/app:1.0:',
      '      colour: blue',
      '      size: -5Mi',
      '      behaviour:',
      '        dance: true',
      '        memory: { total: lots }',
      '        serve: { port: 99999 }',
      '',
    ].join('\n');
    const error = (await createSimBackend().open(lesson(front)).catch((e: unknown) => e)) as SessionOpenError;
    expect(error).toBeInstanceOf(SessionOpenError);
    expect(error.diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`)).toEqual([
      '6:7 KL701 sim.images["example/app:1.0"].colour: unknown image key "colour", expected one of: like, entrypoint, cmd, env, workingDir, user, ports, size, userland, behaviour, missing, private',
      '7:7 KL701 sim.images["example/app:1.0"].size: expected a non-negative quantity of bytes such as "150Mi" or "1G", got "-5Mi"',
      '9:9 KL701 sim.images["example/app:1.0"].behaviour.dance: unknown behaviour key "dance", expected one of: log, serve, exit, memory, cpu',
      '10:19 KL701 sim.images["example/app:1.0"].behaviour.memory.total: expected a non-negative quantity of bytes such as "150Mi" or "1G", got "lots"',
      '11:18 KL701 sim.images["example/app:1.0"].behaviour.serve.port: expected a port number between 1 and 65535, got 99999',
    ]);
  });

  it('warns, at the place the lesson names it, about an image it had to assume, and still runs the lesson', async () => {
    const source = [
      '---',
      'title: Demo',
      '---',
      '',
      '```console',
      '$ kubectl run web --image=ghcr.io/example/web:2.1 --port=8080',
      'pod/web created',
      '```',
      '',
    ].join('\n');
    const l = parseLesson('lessons/demo.md', source);
    const session = await createSimBackend().open(l);
    await session.run('kubectl run web --image=ghcr.io/example/web:2.1 --port=8080', { timeoutMs: 10_000 });
    expect(session.diagnostics?.() ?? []).toEqual([]);
    await session.run('sleep 30', { timeoutMs: 60_000 });
    const diagnostics = session.diagnostics?.() ?? [];
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.code}`)).toEqual(['lessons/demo.md:6:27 warning KL702']);
    expect(diagnostics[0]!.message).toMatch(/^Image "ghcr\.io\/example\/web:2\.1" \(ghcr\.io\/example\/web:2\.1\) is not in the simulator's catalog/);
    await session.close();
  });

  it('warns where the lesson creates a PodDisruptionBudget, which the simulator does not model, and kubectl says so', async () => {
    const source = [
      '---',
      'title: Demo',
      '---',
      '',
      '```yaml file=pdb.yaml',
      'apiVersion: policy/v1',
      'kind: PodDisruptionBudget',
      'metadata:',
      '  name: web',
      'spec:',
      '  minAvailable: 1',
      '  selector:',
      '    matchLabels:',
      '      app: web',
      '```',
      '',
      '```console',
      '$ kubectl apply -f pdb.yaml',
      '$ kubectl create pdb web --selector=app=web --min-available=1',
      '```',
      '',
    ].join('\n');
    const l = parseLesson('lessons/demo.md', source);
    const session = await createSimBackend().open(l);
    await session.writeFile('pdb.yaml', l.blocks[0]!.kind === 'file' ? l.blocks[0]!.content : '');
    const message = 'error: the simulator does not model PodDisruptionBudgets (policy/v1): evictions (kubectl drain) never wait for a disruption budget\n';
    expect(await session.run('kubectl apply -f pdb.yaml', { timeoutMs: 10_000 })).toMatchObject({ output: message, exitCode: 1 });
    expect(await session.run('kubectl create pdb web --selector=app=web --min-available=1', { timeoutMs: 10_000 })).toMatchObject({ output: message, exitCode: 1 });
    const diagnostics = session.diagnostics?.() ?? [];
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.code}`)).toEqual(['lessons/demo.md:7:1 warning KL703', 'lessons/demo.md:19:3 warning KL703']);
    await session.close();
  });

  it('moves the virtual clock by what a command asks for, and refuses commands once closed', async () => {
    const config = defaultSimConfig();
    const session = new SimSession(config);
    const before = session.now();
    const r = await session.run('sleep 3600', { timeoutMs: 7_200_000 });
    expect(r.exitCode).toBe(0);
    expect(session.now() - before).toBe(3_600_000 + config.commandStep);
    await session.close();
    expect(await session.run('true', { timeoutMs: 1000 })).toMatchObject({ exitCode: -1, output: "kindling: the lesson's session is closed\n" });
  });

  it('stops a command at its time limit with exit code 124', async () => {
    const session = new SimSession(defaultSimConfig());
    const r = await session.run('sleep 100', { timeoutMs: 5000 });
    expect(r).toMatchObject({ exitCode: 124, timedOut: true });
  });
  it('kubectl refusing what the simulator does not model is a KL704 warning at the command', async () => {
    const source = ['---', 'title: Demo', 'description: A demo.', '---', '', '```console', '$ kubectl get pods', '$ kubectl get pods --raw /healthz', '$ kubectl certificate approve csr-1', '```', ''].join('\n');
    const l = parseLesson('lessons/demo.md', source);
    const session = await createSimBackend().open(l);
    await session.run('kubectl get pods', { timeoutMs: 10_000 });
    expect(await session.run('kubectl get pods --raw /healthz', { timeoutMs: 10_000 })).toMatchObject({ output: 'kindling: kubectl get --raw is not modelled by the simulator\n', exitCode: 1 });
    await session.run('kubectl certificate approve csr-1', { timeoutMs: 10_000 });
    const diagnostics = session.diagnostics?.() ?? [];
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.message.split(':')[0]}`)).toEqual([
      'lessons/demo.md:8:3 warning KL704 kubectl get --raw is not modelled by the simulator',
      'lessons/demo.md:9:3 warning KL704 kubectl certificate is not modelled by the simulator',
    ]);
  });
});
