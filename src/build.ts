// The whole flow in one place: lessons are parsed, run on a backend, verified against what they
// recorded, and (for `build`) rendered into a static site. Each step is a stage in its own folder.
import { createBackend, type BackendOptions } from './backends/registry.js';
import type { Lesson } from './lesson/types.js';
import { hasErrors } from './lesson/types.js';
import { LessonPool } from './run/lesson-pool.js';
import { runLesson } from './run/run-lesson.js';
import type { LessonRun } from './run/types.js';
import type { Verdict } from './verify/types.js';
import { invalidVerdict, skippedVerdict, verifyLesson } from './verify/verify-lesson.js';

export interface CheckOptions {
  backend: string;
  backendOptions?: BackendOptions;
  /** Lessons run at once. */
  jobs: number;
  /** Called as each lesson's verdict is known (in finishing order). */
  onVerdict?: (verdict: Verdict) => void;
}

export interface Checked {
  verdicts: Verdict[];
  durationMs: number;
}

/** Whether a lesson is meant to run on a backend (`backends:` in its front matter). */
export function runsOn(lesson: Lesson, backend: string): boolean {
  return lesson.meta.backends === undefined || lesson.meta.backends.includes(backend);
}

/** Parse problems make a lesson invalid; a lesson for other backends is skipped; the rest run (in a worker thread when there is a pool). */
async function checkOne(lesson: Lesson, options: CheckOptions, pool: LessonPool | undefined): Promise<Verdict> {
  if (hasErrors(lesson.diagnostics)) return invalidVerdict(lesson, options.backend);
  if (!runsOn(lesson, options.backend)) return skippedVerdict(lesson, options.backend);
  const verify = { normalize: options.backend !== 'sim' };
  if (pool) return pool.run(lesson, options.backend, options.backendOptions ?? {}, verify);
  const run: LessonRun = await runLesson(lesson, createBackend(options.backend, options.backendOptions ?? {}));
  return verifyLesson(run, verify);
}

/**
 * Lessons on the simulator keep a core busy while they run, so with more than one job they run in
 * worker threads, one per job; with one job, or on a cluster (where the time goes into waiting for
 * bash and kubectl), they run in this thread, `jobs` at a time.
 */
function poolFor(lessons: readonly Lesson[], options: CheckOptions): LessonPool | undefined {
  const runnable = lessons.filter((l) => !hasErrors(l.diagnostics) && runsOn(l, options.backend)).length;
  return options.backend === 'sim' && options.jobs > 1 && runnable > 1 ? new LessonPool(Math.min(options.jobs, runnable)) : undefined;
}

/** Runs and verifies every lesson, `jobs` at a time; verdicts keep the lessons' order. */
export async function checkLessons(lessons: readonly Lesson[], options: CheckOptions): Promise<Checked> {
  const started = performance.now();
  const verdicts: Verdict[] = new Array(lessons.length);
  const pool = poolFor(lessons, options);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < lessons.length; i = next++) {
      const verdict = await checkOne(lessons[i]!, options, pool);
      verdicts[i] = verdict;
      options.onVerdict?.(verdict);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, Math.min(options.jobs, lessons.length)) }, worker));
  } finally {
    await pool?.close();
  }
  return { verdicts, durationMs: performance.now() - started };
}

export interface PublishOptions {
  outDir: string;
  templatesDir: string;
  version: string;
  backend: string;
  /** `YYYY-MM-DD`: the day the lessons were verified. */
  date: string;
}

/** Renders the verified lessons into `outDir` (atomically). Only passed lessons are published. */
export async function publishSite(verdicts: readonly Verdict[], options: PublishOptions): Promise<number> {
  const entries = verdicts
    .filter((v) => v.status === 'passed' && v.run)
    .map((v) => ({ lesson: v.lesson, run: v.run!, verdict: v }));
  const { renderSite } = await import('./site/render-site.js');
  await renderSite(entries, options);
  return entries.length;
}
