// Pairs the commands of a lesson's two runs (simulator, cluster) and compares what each printed,
// both normalized as `verify` normalizes cluster outputs, and the exit codes.
import type { LessonRun } from '../run/types.js';
import { normalizeLines } from '../verify/normalize.js';
import type { CommandDrift, DriftTotals, LessonDrift } from './types.js';

interface Step {
  line: number;
  command: string;
  output?: string;
  exitCode?: number;
}

/** Every command of the lesson in order, with what the run printed (undefined when it did not run). */
function stepsOf(run: LessonRun): Map<string, Step> {
  const steps = new Map<string, Step>();
  for (const block of run.lesson.blocks) {
    if (block.kind === 'console') for (const c of block.commands) steps.set(`${c.line}:${c.column}`, { line: c.line, command: c.displayLines.join('\n') });
    else if (block.kind === 'script') steps.set(`${block.line}:0`, { line: block.line, command: block.source.replace(/\n$/, '') });
  }
  for (const blockRun of run.blocks) {
    for (const stepRun of blockRun.steps) {
      const block = blockRun.block;
      const key = stepRun.command ? `${stepRun.command.line}:${stepRun.command.column}` : block.kind === 'script' ? `${block.line}:0` : undefined;
      const step = key === undefined ? undefined : steps.get(key);
      if (step) Object.assign(step, { output: stepRun.result.output, exitCode: stepRun.result.exitCode });
    }
  }
  return steps;
}

function lines(output: string): string[] {
  const all = output.replace(/\n$/, '').split('\n');
  return normalizeLines(output === '' ? [] : all);
}

/** The drift of one lesson that ran on both. */
export function compareRuns(sim: LessonRun, cluster: LessonRun): LessonDrift {
  const simSteps = stepsOf(sim);
  const clusterSteps = stepsOf(cluster);
  const commands: CommandDrift[] = [];
  for (const [key, s] of simSteps) {
    const c = clusterSteps.get(key);
    const drift: CommandDrift = { line: s.line, command: s.command, status: 'not-run', sim: [], cluster: [] };
    if (s.output !== undefined) {
      drift.sim = lines(s.output);
      drift.simExitCode = s.exitCode!;
    }
    if (c?.output !== undefined) {
      drift.cluster = lines(c.output);
      drift.clusterExitCode = c.exitCode!;
    }
    if (s.output === undefined && c?.output === undefined) drift.status = 'skipped';
    if (s.output !== undefined && c?.output !== undefined) {
      const same = drift.simExitCode === drift.clusterExitCode && drift.sim.join('\n') === drift.cluster.join('\n');
      drift.status = same ? 'identical' : 'different';
    }
    commands.push(drift);
  }
  const result: LessonDrift = { file: sim.lesson.file, title: sim.lesson.meta.title, commands };
  if (sim.failure) result.simFailure = `${sim.failure.code} ${sim.failure.message}`;
  if (cluster.failure) result.clusterFailure = `${cluster.failure.code} ${cluster.failure.message}`;
  return result;
}

export function driftTotals(lessons: readonly LessonDrift[]): DriftTotals {
  const all = lessons.flatMap((l) => l.commands);
  return {
    lessons: lessons.filter((l) => !l.skipped).length,
    commands: all.length,
    identical: all.filter((c) => c.status === 'identical').length,
    different: all.filter((c) => c.status === 'different').length,
    notRun: all.filter((c) => c.status === 'not-run').length,
    skipped: all.filter((c) => c.status === 'skipped').length,
  };
}

/** Whether the report shows drift: a command that differs, or one that ran on one side only. */
export function hasDrift(totals: DriftTotals): boolean {
  return totals.different > 0 || totals.notRun > 0;
}
