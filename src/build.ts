// The whole flow in one place: lessons are parsed, run on a backend, verified against what they
// recorded, and (for `build`) rendered into a static site. Each step is a stage in its own folder.
import { resolve } from 'node:path';
import { createBackend, type BackendOptions } from './backends/registry.js';
import type { DriftReport } from './drift/types.js';
import type { Lesson, MatchMode } from './lesson/types.js';
import { resolveMatchMode } from './verify/match-mode.js';
import type { SiteConfig } from './site/load-site-config.js';
import { hasErrors } from './lesson/types.js';
import type { ResultCache } from './cache/result-cache.js';
import type { OutputRecord, PageCache } from './cache/page-cache.js';
import { runCodes } from './run/codes.js';
import { LessonPool } from './run/lesson-pool.js';
import { runLesson } from './run/run-lesson.js';
import { runsAlone, scheduleLessons } from './run/schedule-lessons.js';
import type { LessonRun } from './run/types.js';
import type { Verdict } from './verify/types.js';
import { invalidVerdict, skippedVerdict, verifyLesson } from './verify/verify-lesson.js';

export interface CheckOptions {
  backend: string;
  backendOptions?: BackendOptions;
  /** Lessons run at once. */
  jobs: number;
  /** `--match`: overrides the lessons' `match:` and the backend's default. */
  match?: MatchMode;
  /** Called as each lesson's verdict is known (in finishing order). */
  onVerdict?: (verdict: Verdict) => void;
  /** The result cache the lessons were loaded through: its verdicts are reused, new ones kept. */
  cache?: ResultCache;
}

export interface Checked {
  verdicts: Verdict[];
  durationMs: number;
}

/** Whether a lesson is meant to run on a backend (`backends:` in its front matter). */
export function runsOn(lesson: Lesson, backend: string): boolean {
  const wanted = lesson.meta.backends;
  // A kind cluster is a cluster: a lesson for `cluster` runs on it too.
  return wanted === undefined || wanted.includes(backend) || (backend === 'kind' && wanted.includes('cluster'));
}

/** Parse problems make a lesson invalid; a lesson for other backends is skipped; the rest run (in a worker thread when there is a pool). */
async function checkOne(lesson: Lesson, options: CheckOptions, pool: LessonPool | undefined): Promise<Verdict> {
  const cached = options.cache?.cachedVerdict(lesson);
  if (cached !== undefined) return cached;
  const verdict = await checkAfresh(lesson, options, pool);
  // A crash is kindling's failure, not the lesson's: never kept.
  if (options.cache && !verdict.problems.some((p) => p.code === runCodes.runnerCrashed.code)) {
    const note = options.cache.note(lesson);
    options.cache.store(lesson, verdict);
    return note ? { ...verdict, cache: note } : verdict;
  }
  return verdict;
}

async function checkAfresh(lesson: Lesson, options: CheckOptions, pool: LessonPool | undefined): Promise<Verdict> {
  if (hasErrors(lesson.diagnostics)) return invalidVerdict(lesson, options.backend);
  if (!runsOn(lesson, options.backend)) return skippedVerdict(lesson, options.backend);
  const verify = { normalize: resolveMatchMode(lesson, options.backend, options.match) === 'normalized' };
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
  const runnable = lessons.filter((l) => !hasErrors(l.diagnostics) && runsOn(l, options.backend) && options.cache?.cachedVerdict(l) === undefined).length;
  return options.backend === 'sim' && options.jobs > 1 && runnable > 1 ? new LessonPool(Math.min(options.jobs, runnable)) : undefined;
}

/** Runs and verifies every lesson, `jobs` at a time; verdicts keep the lessons' order. */
export async function checkLessons(lessons: readonly Lesson[], options: CheckOptions): Promise<Checked> {
  const started = performance.now();
  const verdicts: Verdict[] = new Array(lessons.length);
  const pool = poolFor(lessons, options);
  try {
    await scheduleLessons(lessons, options.jobs, (l) => runsAlone(l, options.backend), async (lesson, i) => {
      const verdict = await checkOne(lesson, options, pool);
      verdicts[i] = verdict;
      options.onVerdict?.(verdict);
    });
  } finally {
    await pool?.close();
    await options.cache?.flush();
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
  /** A drift report to publish beside the lessons. */
  drift?: DriftReport;
  /** `kindling.config.json`; the defaults when absent. */
  config?: Readonly<SiteConfig>;
  /** The result cache the lessons came through: unchanged pages are neither rendered nor written again. */
  cache?: ResultCache;
}

/** What publishing cost: lesson pages rendered, files written and files linked from the previous output. */
export interface Published {
  pages: number;
  rendered: number;
  written: number;
  linked: number;
}

/** A site being published: pages rendered as lessons pass, then the whole site. */
export interface Publisher {
  /** A lesson's verdict, as soon as it is known: a passed lesson's page is rendered in the background. */
  add(verdict: Verdict): void;
  /** The site will not be published: no more pages are rendered, and those rendered are removed. */
  stop(): Promise<void>;
  /** Renders the rest and puts the site in place (atomically). Only passed lessons are published. */
  publish(verdicts: readonly Verdict[]): Promise<Published>;
}

/**
 * Starts publishing a site of `lessons` (those expected to pass: the others are invalid, or for
 * another backend): lesson pages can be rendered while the other lessons run (PrerenderedPages).
 */
export async function startPublishing(lessons: readonly Lesson[], options: PublishOptions): Promise<Publisher> {
  const { cache, ...site } = options;
  const expected = lessons.filter((l) => !hasErrors(l.diagnostics) && runsOn(l, options.backend));
  const { PrerenderedPages } = await import('./site/prerendered-pages.js');
  let reuse: { cache: ResultCache; pages: PageCache; previous: OutputRecord } | undefined;
  if (cache !== undefined) {
    const { OutputRecord, PageCache, templatesHash } = await import('./cache/page-cache.js');
    const previous = await OutputRecord.load(cache.dir, resolve(options.outDir));
    reuse = { cache, previous, pages: new PageCache(cache, await templatesHash(options.templatesDir), previous) };
  }
  const pages = await PrerenderedPages.start(expected, site, reuse?.pages);
  return {
    add: (verdict) => pages.add(verdict),
    stop: () => pages.dispose(),
    async publish(verdicts) {
      await pages.settled();
      const entries = verdicts
        .filter((v) => v.status === 'passed' && v.run)
        .map((v) => ({ lesson: v.lesson, run: v.run!, verdict: v }));
      const { renderSite } = await import('./site/render-site.js');
      let stats;
      try {
        stats = await renderSite(entries, site, { pages, staged: pages, ...(reuse ? { previous: reuse.previous } : {}) });
      } finally {
        await pages.dispose();
      }
      // The page records written count towards the cache's size bound.
      await reuse?.cache.flush();
      return { pages: entries.length, rendered: reuse ? reuse.pages.rendered : entries.length, ...stats };
    },
  };
}

/** Renders the verified lessons into `outDir` (atomically). Only passed lessons are published. */
export async function publishSite(verdicts: readonly Verdict[], options: PublishOptions): Promise<Published> {
  return (await startPublishing([], options)).publish(verdicts);
}
