// `kindling verify [paths]`: run every lesson and check what it recorded. Exit 0 when all
// verified, 1 when any failed or is invalid.
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ResultCache } from '../../cache/result-cache.js';
import { checkLessons, type Checked } from '../../build.js';
import { checkSlugs, findLessonFiles, loadLessons } from '../../lesson/load-lessons.js';
import { parseLessonBytes } from '../../lesson/parse-lesson.js';
import type { Lesson } from '../../lesson/types.js';
import type { Verdict } from '../../verify/types.js';
import { reporters, type ReporterName } from '../../verify/reporters/reporters.js';
import { formatLessonLine, formatProblems, formatSummary } from '../../verify/reporters/text-reporter.js';
import { cacheDir, reporterName, runSettings, shardOf, type RunSettings } from '../common-options.js';
import type { ParsedArgs } from '../parse-args.js';
import { withPreparedBackend } from '../prepared-backend.js';
import type { Terminal } from '../terminal.js';


export const DEFAULT_LESSONS = ['lessons'];

/**
 * Loads the lessons named on the command line (default: lessons/), sharded if asked; through the
 * result cache when there is one (a lesson found there is not parsed again).
 */
export async function selectLessons(args: ParsedArgs, settings: RunSettings, cache?: ResultCache): Promise<Lesson[]> {
  const paths = args.positionals.length > 0 ? args.positionals : DEFAULT_LESSONS;
  if (cache === undefined) return shardOf(await loadLessons(paths), settings.shard);
  const files = shardOf(await findLessonFiles(paths), settings.shard);
  const inputs = { backend: settings.backend, backendOptions: settings.backendOptions, ...(settings.match ? { match: settings.match } : {}) };
  const lessons = await Promise.all(files.map(async (file) => cache.load(file, await readFile(file), inputs, parseLessonBytes)));
  // A slug collision depends on the other files, which a lesson's cache key does not: lessons
  // that share a slug are parsed afresh, outside the cache, and get KL017 (checkSlugs).
  const count = new Map<string, number>();
  for (const lesson of lessons) count.set(lesson.slug, (count.get(lesson.slug) ?? 0) + 1);
  const fresh = await Promise.all(lessons.map(async (lesson, i) => ((count.get(lesson.slug) ?? 0) > 1 ? parseLessonBytes(files[i]!, await readFile(files[i]!)) : lesson)));
  return checkSlugs(fresh);
}

/** The result cache of `--cache-dir` (default .kindling-cache), or undefined (`--no-cache`, a real cluster). */
export async function openCache(args: ParsedArgs, settings: RunSettings): Promise<ResultCache | undefined> {
  const dir = cacheDir(args, settings);
  if (dir === undefined) return undefined;
  const { ResultCache } = await import('../../cache/result-cache.js');
  return new ResultCache(resolve(dir));
}

/**
 * Runs and verifies, printing a line per lesson as it finishes and the problems and summary at
 * the end (human text on stdout, or on stderr when stdout carries a JSON/JUnit report).
 */
export async function runAndReport(
  lessons: Lesson[],
  settings: RunSettings,
  reporter: ReporterName,
  outputFile: string | undefined,
  term: Terminal,
  cache?: ResultCache,
  onVerdict?: (verdict: Verdict) => void,
): Promise<Checked> {
  const humanOut = reporter === 'text' ? term.out : term.err;
  const color = reporter === 'text' ? term.color : term.colorErr;
  let done = 0;
  const checked = await checkLessons(lessons, {
    backend: settings.backend,
    backendOptions: settings.backendOptions,
    jobs: settings.jobs,
    ...(settings.match ? { match: settings.match } : {}),
    ...(cache ? { cache } : {}),
    onVerdict: (v) => {
      humanOut(`[${++done}/${lessons.length}] ${formatLessonLine(v, { color })}\n`);
      onVerdict?.(v);
    },
  });
  const totals = { backend: settings.backend, durationMs: checked.durationMs };
  const problems = checked.verdicts.map((v) => formatProblems(v, { color })).filter((p) => p !== '');
  if (problems.length > 0) humanOut(`\n${problems.join('\n\n')}\n`);
  humanOut(`\n${formatSummary(checked.verdicts, totals, { color })}\n`);
  if (reporter !== 'text') term.out(reporters[reporter](checked.verdicts, totals, { color: false }));
  if (outputFile) await writeFile(outputFile, reporters[reporter](checked.verdicts, totals, { color: false }));
  return checked;
}

export function failedAny(checked: Checked): boolean {
  return checked.verdicts.some((v) => v.status === 'failed' || v.status === 'invalid');
}

export async function verifyCommand(args: ParsedArgs, term: Terminal): Promise<number> {
  const settings = runSettings(args);
  const reporter = reporterName(args);
  const cache = await openCache(args, settings);
  const lessons = await selectLessons(args, settings, cache);
  const outputFile = typeof args.options['output-file'] === 'string' ? args.options['output-file'] : undefined;
  return withPreparedBackend('verify', settings, term, async () => {
    const checked = await runAndReport(lessons, settings, reporter, outputFile, term, cache);
    return failedAny(checked) ? 1 : 0;
  });
}
