// Every run result carries a timeline: the simulator's record with the lesson's commands placed on
// its clock, or, from a backend that records none, the reason.
import { describe, expect, it } from 'vitest';
import { createClusterBackend } from '../../src/backends/cluster/create-cluster-backend.js';
import { createSimBackend } from '../../src/backends/sim/create-sim-backend.js';
import { runLesson } from '../../src/run/run-lesson.js';
import { buildLesson, consoleBlock, scriptBlock } from './lesson-builder.js';

describe('the run’s timeline', () => {
  it('on the simulator, marks each command at the virtual time it began (after the typing pause) and ended', async () => {
    const lesson = buildLesson('marks', [consoleBlock(['kubectl run web --image=nginx:1.27', 'sleep 5']), scriptBlock('echo hidden', { hidden: true })]);
    const run = await runLesson(lesson, createSimBackend());
    expect(run.failure).toBeUndefined();
    if (!run.timeline.recorded) throw new Error(run.timeline.reason);
    const start = run.timeline.startedAt;
    expect(run.timeline.marks.map((m) => [m.block, m.line, m.command, m.hidden, m.startedAt - start, m.endedAt - start])).toEqual([
      [0, 2, 'kubectl run web --image=nginx:1.27', false, 1000, 1000],
      [0, 3, 'sleep 5', false, 2000, 7000],
      [1, 12, 'echo hidden', true, 8000, 8000],
    ]);
    expect(run.timeline.endedAt - start).toBe(8000);
    expect(run.timeline.pods.map((p) => [p.name, p.createdAt - start])).toEqual([['web', 1000]]);
  });

  it('from a real cluster, says there is none and why', async () => {
    const run = await runLesson(buildLesson('no-timeline', [consoleBlock(['echo hi'])]), createClusterBackend());
    expect(run.timeline).toEqual({ recorded: false, reason: 'lessons run on the cluster backend record no timeline; only the simulator keeps the history of every Pod' });
  });
});
