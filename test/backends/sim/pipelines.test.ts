// A lesson whose pipelines must end: a watch piped into `grep -m1` ends at kubectl's first write
// after grep has exited (SIGPIPE), and endless writers stop when their reader does. The lesson is
// the differential tour's, verified here on the simulator as `kindling verify` runs it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSimBackend } from '../../../src/backends/sim/create-sim-backend.js';
import { parseLesson } from '../../../src/lesson/parse-lesson.js';
import { runLesson } from '../../../src/run/run-lesson.js';
import { ScriptedSession } from './scripted-session.js';

const FILE = 'test/server/fixtures/differential/shell-pipelines.md';

describe('pipelines in a lesson', () => {
  it('the pipelines tour verifies: every block passes with the outputs it records', async () => {
    const lesson = parseLesson(FILE, readFileSync(new URL(`../../../${FILE}`, import.meta.url), 'utf8'));
    const run = await runLesson(lesson, createSimBackend());
    expect(run.failure).toBeUndefined();
    expect(run.blocks.map((b) => b.status).filter((s) => s !== 'passed')).toEqual([]);
  });

  it('kubectl get -w | grep -m1 Running ends when the Pod becomes ready, with kubectl ended by SIGPIPE', async () => {
    const s = new ScriptedSession();
    await s.session.writeFile(
      'web.yaml',
      [
        'apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:', '  containers:', '  - name: web',
        '    image: busybox:1.36', "    command: ['sh', '-c', 'sleep 6; touch /tmp/ready; sleep 3600']",
        '    readinessProbe:', '      exec:', "        command: ['cat', '/tmp/ready']", '      periodSeconds: 2', '',
      ].join('\n'),
    );
    const run = (command: string) => s.session.runSync(command, { timeoutMs: 600_000 });
    expect(run('kubectl apply -f web.yaml').exitCode).toBe(0);
    const watch = run('kubectl get pods -w | grep -m1 Running');
    expect(watch.output).toMatch(/^web +0\/1 +Running +0 +\d+s\n$/);
    expect(watch.exitCode).toBe(0);
    // grep exited at the Running line; kubectl ended at its next line (the Pod turned ready).
    expect(run('echo "${PIPESTATUS[@]}"').output).toBe('141 0\n');
    expect(run('kubectl get pod web -o jsonpath="{.status.containerStatuses[0].ready}"').output).toBe('true');
    expect(watch.clock!.endedAt - watch.clock!.startedAt).toBeGreaterThan(5000);
  });
});
