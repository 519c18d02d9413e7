import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createClusterBackend } from '../../src/backends/cluster/create-cluster-backend.js';
import { runLessons } from '../../src/run/run-lessons.js';
import { buildLesson, consoleBlock } from './lesson-builder.js';

describe('runLessons', () => {
  const temp = mkdtempSync(join(tmpdir(), 'kindling-run-lessons-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));
  // `first` waits (up to 30 s) for the file this test writes once the other two are reported, so it
  // finishes last only if the three run side by side, whatever the machine's load.
  const gate = join(temp, 'others-done');
  const lessons = [
    buildLesson('first', [consoleBlock([`for i in $(seq 600); do [ -e '${gate}' ] && break; sleep 0.05; done; echo first`])]),
    buildLesson('broken', [consoleBlock(['exit 1'])]),
    buildLesson('third', [consoleBlock(['echo third'])]),
  ];

  it('runs lessons side by side, reports each as it finishes and returns them in the given order', async () => {
    const done: string[] = [];
    const onLessonDone = (run: { lesson: { slug: string } }, index: number) => {
      done.push(`${index}:${run.lesson.slug}`);
      if (done.includes('1:broken') && done.includes('2:third')) writeFileSync(gate, '');
    };
    const runs = await runLessons(lessons, () => createClusterBackend({ namespace: 'none' }), { jobs: 3, onLessonDone });
    expect(runs.map((r) => [r.lesson.slug, r.failure?.code])).toEqual([['first', undefined], ['broken', 'KL501'], ['third', undefined]]);
    expect(done).toHaveLength(3);
    expect(done.at(-1)).toBe('0:first');
    expect(runs[2]?.blocks[0]?.steps[0]?.result.output).toBe('third\n');
  });

  it('turns a crash while running one lesson into that lesson failure and runs the others', async () => {
    let made = 0;
    const factory = () => {
      if (made++ === 1) throw new Error('factory bug');
      return createClusterBackend({ namespace: 'none' });
    };
    const runs = await runLessons([lessons[2]!, lessons[2]!, lessons[2]!], factory, { jobs: 1 });
    expect(runs.map((r) => r.failure?.code)).toEqual([undefined, 'KL507', undefined]);
    expect(runs[1]?.failure?.message).toMatch(/^kindling failed while running this lesson: Error: factory bug/);
    expect(runs[1]?.blocks.map((b) => b.status)).toEqual(['skipped']);
  });

  it('returns nothing for no lessons', async () => {
    expect(await runLessons([], () => createClusterBackend({ namespace: 'none' }), { jobs: 4 })).toEqual([]);
  });
});
