// The corpus part of `npm run bench`: for a directory of lessons (the imported Kubernetes docs by
// default), how many commands ran, how many the simulator does not model, and how the documented
// output lines fared: matched exactly, matched after normalization, marked stale (by class), failing.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkLessons } from '../../build.js';
import { loadLessons } from '../../lesson/load-lessons.js';
import type { StaleClass } from '../../lesson/types.js';
import { formatTally, staleReport } from '../../verify/stale-report.js';
import { stepsOf } from '../../verify/reporters/steps-of.js';

export interface CorpusBenchOptions {
  /** The lessons' directory (or file). */
  dir: string;
  jobs: number;
  log: (line: string) => void;
  /** Also print each lesson's counts. */
  verbose?: boolean;
}

/** The share of documented lines that match or are stale for a stated reason, as a percentage. */
function accountedShare(exact: number, normalized: number, stale: Record<StaleClass, number>, failing: number): string {
  const marked = stale.format + stale.behaviour + stale.error;
  const total = exact + normalized + marked + failing;
  return total === 0 ? 'n/a' : `${((100 * (exact + normalized + marked)) / total).toFixed(1)}%`;
}

export async function benchCorpus(options: CorpusBenchOptions): Promise<void> {
  const { log } = options;
  if (!existsSync(options.dir)) {
    log(`corpus: ${options.dir} does not exist (skipped)`);
    return;
  }
  // The lessons directly in the directory: the corpus keeps the pages it imported in source/.
  const paths = statSync(options.dir).isDirectory()
    ? readdirSync(options.dir).filter((f) => f.endsWith('.md')).sort().map((f) => join(options.dir, f))
    : [options.dir];
  const lessons = await loadLessons(paths);
  const checked = await checkLessons(lessons, { backend: 'sim', jobs: options.jobs });
  const report = staleReport(checked.verdicts, 'sim');
  let commands = 0;
  let notModelled = 0;
  for (const v of checked.verdicts) {
    commands += stepsOf(v.run).filter(({ step }) => step.command !== undefined).length;
    notModelled += v.warnings.filter((w) => w.code === 'KL704').length;
  }
  // Commands the lessons show without running them (`norun`: placeholders, a page's other cluster, simulator gaps).
  let shown = 0;
  for (const lesson of lessons) for (const block of lesson.blocks) if (block.kind === 'console' && block.attrs.norun) shown += block.commands.length;
  const passed = checked.verdicts.filter((v) => v.status === 'passed').length;
  const t = report.lines;
  log(`corpus ${options.dir}: ${lessons.length} lessons (${passed} verified), ${commands} commands run, ${notModelled} not modelled by the simulator, ${shown} shown without running (norun)`);
  log(`  documented output lines: ${formatTally(t)}; ${accountedShare(t.exact, t.normalized, t.stale, t.failing)} match or are marked stale`);
  log(`  stale lines found (marked or not): format ${report.classes.format}, behaviour ${report.classes.behaviour}, error ${report.classes.error}`);
  if (options.verbose) for (const l of report.lessons) log(`  ${l.file} (${l.status}): ${formatTally(l.lines)}`);
}
