// The sim backend opens one fresh simulated cluster per lesson, shaped by the lesson's `sim:`
// front matter; a bad `sim:` block stops the lesson with diagnostics at that key.
import { describe, expect, it } from 'vitest';
import { createSimBackend } from '../../../src/backends/sim/create-sim-backend.js';
import { SimSession } from '../../../src/backends/sim/sim-session.js';
import { SessionOpenError } from '../../../src/backends/types.js';
import { parseLesson } from '../../../src/lesson/parse-lesson.js';
import { defaultSimConfig } from '../../../src/sim/cluster/config.js';

const lesson = (front: string) => parseLesson('lessons/demo.md', `---\ntitle: Demo\n${front}---\n\nText.\n`);

describe('the sim backend', () => {
  it('opens a session on a cluster shaped by the sim: block', async () => {
    const session = await createSimBackend().open(lesson('sim:\n  nodes: [cp, w1]\n'));
    const r = await session.run('kubectl get nodes --no-headers -o custom-columns=NAME:.metadata.name', { timeoutMs: 10_000 });
    expect(r.output).toBe('cp\nw1\n');
    await session.close();
  });

  it('refuses a lesson whose sim: block has bad keys, with one KL701 diagnostic per problem at the sim key', async () => {
    const open = createSimBackend().open(lesson('sim:\n  cni: cilium\n  nodes:\n    - { name: cp, role: boss }\n'));
    await expect(open).rejects.toBeInstanceOf(SessionOpenError);
    const error = (await open.catch((e: unknown) => e)) as SessionOpenError;
    expect(error.message).toBe("the lesson's sim: front matter is not valid (2 problems)");
    expect(error.diagnostics.map((d) => [d.code, d.message, d.file, d.line])).toEqual([
      ['KL701', 'sim.cni: expected one of: kindnet, flannel, calico', 'lessons/demo.md', 3],
      ['KL701', 'sim.nodes[0].role: expected "control-plane" or "worker"', 'lessons/demo.md', 3],
    ]);
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
});
