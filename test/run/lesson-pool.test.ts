// The lesson pool: lessons verified in worker threads give the verdicts they give in this thread,
// and a worker that dies fails only the lesson it ran.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import '../../src/backends/builtin.js';
import { createBackend } from '../../src/backends/registry.js';
import { loadLessons } from '../../src/lesson/load-lessons.js';
import { LessonPool } from '../../src/run/lesson-pool.js';
import { runLesson } from '../../src/run/run-lesson.js';
import { verifyLesson } from '../../src/verify/verify-lesson.js';
import type { Verdict } from '../../src/verify/types.js';

const scratch = mkdtempSync(join(tmpdir(), 'kindling-pool-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** What a verdict says, without timings. */
const gist = (v: Verdict) => ({
  file: v.lesson.file,
  status: v.status,
  problems: v.problems.map((p) => p.code),
  outputs: v.run?.blocks.flatMap((b) => b.steps.map((s) => [s.result.command, s.result.exitCode, s.result.output])),
});

describe('the lesson pool', () => {
  it('verifies lessons in worker threads exactly as in this thread, whatever order they finish in', async () => {
    const lessons = (await loadLessons(['lessons'])).filter((l) => /\/(10|20|30)-/.test(l.file));
    expect(lessons.length).toBe(3);
    const pool = new LessonPool(2);
    try {
      const pooled = await Promise.all(lessons.map((l) => pool.run(l, 'sim', {}, { normalize: false })));
      const here = [];
      for (const l of lessons) here.push(verifyLesson(await runLesson(l, createBackend('sim')), { normalize: false }));
      expect(pooled.map(gist)).toEqual(here.map(gist));
      expect(pooled.every((v, i) => v.lesson === lessons[i] && v.run?.lesson === lessons[i])).toBe(true);
      expect(pooled.map((v) => v.status)).toEqual(['passed', 'passed', 'passed']);
    } finally {
      await pool.close();
    }
  }, 300_000);

  it('fails the lesson a worker was running when the worker dies, and goes on with the others', async () => {
    const dying = join(scratch, 'dying-worker.mjs');
    writeFileSync(dying, "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => process.exit(3));\n");
    const [lesson] = (await loadLessons(['lessons'])).filter((l) => /\/10-/.test(l.file));
    const pool = new LessonPool(1, dying);
    try {
      const verdicts = await Promise.all([pool.run(lesson!, 'sim', {}, { normalize: false }), pool.run(lesson!, 'sim', {}, { normalize: false })]);
      for (const v of verdicts) {
        expect(v.status).toBe('failed');
        expect(v.problems[0]?.code).toBe('KL507');
        expect(v.problems[0]?.message).toContain('exited with code 3');
      }
    } finally {
      await pool.close();
    }
  }, 120_000);
});
