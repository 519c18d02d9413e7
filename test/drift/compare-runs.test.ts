import { describe, expect, it } from 'vitest';
import { compareRuns, driftTotals, hasDrift } from '../../src/drift/compare-runs.js';
import { formatDriftText, sideBySide } from '../../src/drift/format-drift.js';
import type { BlockRun, LessonRun } from '../../src/run/types.js';
import type { ConsoleBlock } from '../../src/lesson/types.js';
import { buildLesson, consoleBlock } from '../run/lesson-builder.js';

const lesson = buildLesson('drifty', [consoleBlock(['kubectl get pods', 'kubectl get ns kindling-drifty-x7kq2b', 'kubectl logs web'])]);
const block = lesson.blocks[0] as ConsoleBlock;

/** A run whose commands printed `outputs` (fewer outputs: the rest did not run). */
function run(outputs: [string, number][]): LessonRun {
  const blockRun: BlockRun = {
    block,
    status: 'passed',
    attempts: 1,
    steps: outputs.map(([output, exitCode], i) => ({ command: block.commands[i]!, result: { command: block.commands[i]!.source, output, exitCode, durationMs: 1, timedOut: false } })),
  };
  return { lesson, backend: 'x', blocks: [blockRun], durationMs: 1, environment: 'x', warnings: [], timeline: { recorded: false, reason: 'a test run' } };
}

describe('compareRuns', () => {
  it('calls outputs identical once normalized (ages, the lesson namespace), and tells different and not-run ones apart', () => {
    const sim = run([
      ['NAME   READY   STATUS    RESTARTS   AGE\nweb    1/1     Running   0          5s\n', 0],
      ['NAME      STATUS   AGE\ndefault   Active   10m\n', 0],
      ['listening\n', 0],
    ]);
    const cluster = run([
      ['NAME   READY   STATUS    RESTARTS   AGE\nweb    1/1     Running   0          7s\n', 0],
      ['NAME                    STATUS   AGE\nkindling-drifty-x7kq2b   Active   3s\n', 0],
    ]);
    const drift = compareRuns(sim, cluster);
    expect(drift.commands.map((c) => c.status)).toEqual(['identical', 'identical', 'not-run']);
    const totals = driftTotals([drift]);
    expect(totals).toEqual({ lessons: 1, commands: 3, identical: 2, different: 0, notRun: 1, skipped: 0 });
    expect(hasDrift(totals)).toBe(true);
  });

  it('shows a difference side by side, with the differing rows marked, and an exit code that differs', () => {
    const drift = compareRuns(run([['a\nb\nc\n', 0]]), run([['a\nB\nc\n', 1]]));
    expect(drift.commands[0]!.status).toBe('different');
    expect(sideBySide(drift.commands[0]!)).toEqual([
      '    simulator   cluster',
      '    a         │ a',
      '    b         ≠ B',
      '    c         │ c',
      '    exit 0 on the simulator, 1 on the cluster',
    ]);
    const text = formatDriftText({ environment: 'cluster (Kubernetes v1.32.2)', lessons: [drift], totals: driftTotals([drift]) });
    expect(text).toContain('≠ lessons/drifty.md  0/3 identical\n  lessons/drifty.md:2  $ kubectl get pods\n');
    expect(text).toContain('verified on cluster (Kubernetes v1.32.2): 0/3 commands identical to the simulator (1 different, 0 ran on one side only, 2 on neither; 1 lesson)\n');
  });
});
