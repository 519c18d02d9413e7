// Runs many lessons, up to `jobs` at a time, each on its own backend and session.
import type { Backend } from '../backends/types.js';
import type { Lesson } from '../lesson/types.js';
import { runCodes } from './codes.js';
import { skippedBlock } from './run-block.js';
import { runFailure } from './run-failure.js';
import { runLesson, type RunLessonOptions } from './run-lesson.js';
import type { LessonRun } from './types.js';

export interface RunLessonsOptions extends RunLessonOptions {
  /** How many lessons run at once (default 1). */
  jobs?: number;
  /** Called as each lesson finishes, in finishing order; `index` is its place in `lessons`. */
  onLessonDone?: (run: LessonRun, index: number) => void;
}

/** Runs `lessons` in a pool of `jobs`; results keep the order of `lessons`. One lesson's failure never stops the others. */
export async function runLessons(
  lessons: readonly Lesson[],
  backendFactory: () => Backend,
  options: RunLessonsOptions = {},
): Promise<LessonRun[]> {
  const results: LessonRun[] = new Array(lessons.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let index = next++; index < lessons.length; index = next++) {
      const lesson = lessons[index] as Lesson;
      const run = await runGuarded(lesson, backendFactory, options);
      results[index] = run;
      options.onLessonDone?.(run, index);
    }
  };
  const jobs = Math.max(1, Math.min(options.jobs ?? 1, lessons.length));
  await Promise.all(Array.from({ length: jobs }, worker));
  return results;
}

/** runLesson, with a crash (a bug in kindling or a backend) turned into that lesson's failure. */
async function runGuarded(lesson: Lesson, backendFactory: () => Backend, options: RunLessonOptions): Promise<LessonRun> {
  const started = performance.now();
  let backend: Backend | undefined;
  try {
    backend = backendFactory();
    return await runLesson(lesson, backend, options);
  } catch (error) {
    return crashedRun(lesson, backend?.name ?? 'unknown', (error as Error).stack ?? String(error), started);
  }
}

/** The run of a lesson that kindling itself failed to run (`why`: the error), every block skipped. */
export function crashedRun(lesson: Lesson, backend: string, why: string, started: number): LessonRun {
  return {
    lesson,
    backend,
    blocks: lesson.blocks.map(skippedBlock),
    failure: runFailure(runCodes.runnerCrashed, `kindling failed while running this lesson: ${why}`, { file: lesson.file, line: 1, column: 1 }),
    durationMs: performance.now() - started,
    environment: '',
    warnings: [],
  };
}
