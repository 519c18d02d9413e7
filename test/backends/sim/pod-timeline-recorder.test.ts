// The simulator session records the lesson's Pods' lives from its store, read only, and warns
// (KL705) about a timeline directive whose Pod the lesson never made.
import { describe, expect, it } from 'vitest';
import { createSimBackend } from '../../../src/backends/sim/create-sim-backend.js';
import { SimSession } from '../../../src/backends/sim/sim-session.js';
import { defaultSimConfig } from '../../../src/sim/core/config/config.js';
import { parseLesson } from '../../../src/lesson/parse-lesson.js';

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: crash
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: ['sh', '-c', 'echo starting; sleep 2; exit 3']
`;

describe('the Pod timeline recorder', () => {
  it('keeps a crashing container’s runs, exit codes, back-off and restarts with their times, and no system Pod', async () => {
    const session = new SimSession(defaultSimConfig());
    await session.writeFile('crash.yaml', POD);
    const created = await session.run('kubectl apply -f crash.yaml', { timeoutMs: 10_000 });
    expect(created.output).toBe('pod/crash created\n');
    expect(created.clock).toEqual({ startedAt: session.now(), endedAt: session.now() });
    await session.run('sleep 60', { timeoutMs: 120_000 });
    const described = (await session.run('kubectl describe pod crash', { timeoutMs: 10_000 })).output;
    const timeline = session.timeline();
    expect(timeline.pods.map((p) => p.name)).toEqual(['crash']);
    const changes = timeline.pods[0]!.containers[0]!.changes;
    const terminations = changes.filter((c) => c.state === 'terminated');
    expect(terminations.length).toBeGreaterThanOrEqual(2);
    expect(new Set(terminations.map((c) => `${c.exitCode} ${c.reason}`))).toEqual(new Set(['3 Error']));
    expect(changes.some((c) => c.state === 'waiting' && c.reason === 'CrashLoopBackOff')).toBe(true);
    expect(changes.map((c) => c.restartCount)).toEqual([...changes.map((c) => c.restartCount)].sort((a, b) => a - b));
    expect(changes.map((c) => c.at)).toEqual([...changes.map((c) => c.at)].sort((a, b) => a - b));
    // describe's restart count is the record's last.
    expect(described).toContain(`Restart Count:  ${changes.at(-1)!.restartCount}\n`);
    const events = timeline.pods[0]!.events.map((e) => e.reason);
    expect(events).toContain('Scheduled');
    expect(events).toContain('BackOff');
    await session.close();
  });

  it('records when a deleted Pod was asked to go and when it left', async () => {
    const session = new SimSession(defaultSimConfig());
    await session.run('kubectl run web --image=nginx:1.27', { timeoutMs: 10_000 });
    await session.run('kubectl wait --for=condition=Ready pod/web', { timeoutMs: 60_000 });
    await session.run('kubectl delete pod web', { timeoutMs: 60_000 });
    const [web] = session.timeline().pods;
    expect(web?.deletingAt).toBeDefined();
    expect(web?.deletedAt).toBeGreaterThanOrEqual(web!.deletingAt!);
    expect(web?.conditions.filter((c) => c.type === 'Ready').map((c) => c.status)).toEqual(['False', 'True', 'False']);
    await session.close();
  });

  it('warns with KL705 at a directive whose Pod the lesson never made', async () => {
    const source = ['---', 'title: Demo', '---', '', '```console', '$ kubectl run web --image=nginx:1.27', '```', '', '<!-- kindling:timeline pod=wbe -->', ''].join('\n');
    const lesson = parseLesson('lessons/demo.md', source);
    const session = await createSimBackend().open(lesson);
    await session.run('kubectl run web --image=nginx:1.27', { timeoutMs: 10_000 });
    const diagnostics = session.diagnostics?.() ?? [];
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.code} ${d.message} / ${d.hint}`)).toEqual([
      '9:1 warning KL705 the lesson made no Pod "wbe" in namespace "default", so there is no timeline of it to show here / Pods it made in "default": web.',
    ]);
    await session.close();
  });
});
