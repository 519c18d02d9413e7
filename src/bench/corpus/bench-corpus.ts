// The corpus part of `npm run bench`: for a directory of lessons (the imported Kubernetes docs by
// default), how many commands ran, how many the simulator does not model, and how the documented
// output lines fared: matched exactly, matched after normalization, marked stale (by class), failing.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkLessons } from '../../build.js';
import { loadLessons } from '../../lesson/load-lessons.js';
import { shellLines } from '../../import/shell-lines.js';
import { NORUN_REASON_NAMES, type NorunReason } from '../../lesson/norun-reasons.js';
import type { Lesson, StaleClass } from '../../lesson/types.js';
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

/** What the lessons show without running, by `norun=` reason (a bare `norun` is `unspecified`). */
export interface NorunTally {
  /** Commands held back, by reason: a console block's `$ ` commands, a script block's as the import reads them (output lines left out); comments are no commands. */
  commands: Map<NorunReason | 'unspecified', number>;
  total: number;
  /** `norun=output` blocks: output fenced as a shell block, no command in them. */
  outputBlocks: number;
}

export function norunTally(lessons: readonly Lesson[]): NorunTally {
  const commands = new Map<NorunReason | 'unspecified', number>();
  let total = 0;
  let outputBlocks = 0;
  for (const lesson of lessons) {
    for (const block of lesson.blocks) {
      if (block.kind === 'file' || !block.attrs.norun) continue;
      const reason = block.attrs.norunReason ?? 'unspecified';
      if (reason === 'output') {
        outputBlocks++;
        continue;
      }
      const sources = block.kind === 'console' ? block.commands.map((c) => c.source) : shellLines(block.source).commands;
      const count = sources.filter((c) => !c.trim().startsWith('#')).length;
      commands.set(reason, (commands.get(reason) ?? 0) + count);
      total += count;
    }
  }
  return { commands, total, outputBlocks };
}

/** `placeholder 12, ..., unmodelled 3`, in the lesson format's order of reasons, `unspecified` last; reasons with none left out. */
function formatReasons(commands: ReadonlyMap<string, number>): string {
  const parts = [...NORUN_REASON_NAMES, 'unspecified'].filter((r) => (commands.get(r) ?? 0) > 0).map((r) => `${r} ${commands.get(r)}`);
  return parts.length === 0 ? 'none' : parts.join(', ');
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
  const held = norunTally(lessons);
  const unmodelled = held.commands.get('unmodelled') ?? 0;
  const passed = checked.verdicts.filter((v) => v.status === 'passed').length;
  const t = report.lines;
  log(`corpus ${options.dir}: ${lessons.length} lessons (${passed} verified), ${commands} commands run, ${held.total} shown without running (norun)`);
  log(`  commands the simulator does not model (goal 0): ${notModelled + unmodelled} (${notModelled} run and refused, KL704; ${unmodelled} norun=unmodelled)`);
  log(`  norun commands by reason: ${formatReasons(held.commands)}${held.outputBlocks > 0 ? `; and ${held.outputBlocks} blocks of output fenced as shell (norun=output)` : ''}`);
  log(`  documented output lines: ${formatTally(t)}; ${accountedShare(t.exact, t.normalized, t.stale, t.failing)} match or are marked stale`);
  log(`  stale lines found (marked or not): format ${report.classes.format}, behaviour ${report.classes.behaviour}, error ${report.classes.error}`);
  if (options.verbose) for (const l of report.lessons) log(`  ${l.file} (${l.status}): ${formatTally(l.lines)}`);
}
