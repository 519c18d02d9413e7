// `kindling drift [paths] --kubeconfig/--context | --kind`: runs each lesson on the simulator and
// on a real cluster and reports, per command, whether the two printed the same after
// normalization. Exit 0 without drift, 1 with drift (or a backend that cannot run).
import { writeFile } from 'node:fs/promises';
import { runsOn } from '../../build.js';
import { createBackend } from '../../backends/registry.js';
import { compareRuns, driftTotals, hasDrift } from '../../drift/compare-runs.js';
import { formatDriftJson, formatDriftText } from '../../drift/format-drift.js';
import type { DriftReport, LessonDrift } from '../../drift/types.js';
import { hasErrors, type Lesson } from '../../lesson/types.js';
import { runLesson } from '../../run/run-lesson.js';
import { runsAlone, scheduleLessons } from '../../run/schedule-lessons.js';
import { runSettings, type RunSettings } from '../common-options.js';
import { UsageError, type ParsedArgs } from '../parse-args.js';
import { withPreparedBackend } from '../prepared-backend.js';
import type { Terminal } from '../terminal.js';
import { selectLessons } from './verify.js';

async function driftOf(lesson: Lesson, settings: RunSettings, environment: { text: string }): Promise<LessonDrift> {
  if (hasErrors(lesson.diagnostics)) return { file: lesson.file, title: lesson.meta.title, commands: [], skipped: 'the lesson has errors' };
  if (!runsOn(lesson, 'sim') || !runsOn(lesson, settings.backend)) {
    return { file: lesson.file, title: lesson.meta.title, commands: [], skipped: `not for both sim and ${settings.backend}` };
  }
  const cluster = createBackend(settings.backend, settings.backendOptions);
  const [simRun, clusterRun] = await Promise.all([runLesson(lesson, createBackend('sim')), runLesson(lesson, cluster)]);
  environment.text = clusterRun.environment;
  return compareRuns(simRun, clusterRun);
}

export async function driftCommand(args: ParsedArgs, term: Terminal): Promise<number> {
  if (args.options['backend'] === undefined && args.options['kind'] === undefined) args.options['backend'] = 'cluster';
  const settings = runSettings(args);
  if (settings.backend === 'sim') throw new UsageError('drift compares the simulator with a cluster: use --backend cluster (default) or --backend kind');
  const reporter = args.options['reporter'] ?? 'text';
  if (reporter !== 'text' && reporter !== 'json') throw new UsageError(`unknown reporter "${String(reporter)}", expected one of: text, json`);
  const outputFile = typeof args.options['output-file'] === 'string' ? args.options['output-file'] : undefined;
  const lessons = await selectLessons(args, settings);
  return withPreparedBackend('drift', settings, term, async () => {
    const drifts: LessonDrift[] = new Array(lessons.length);
    const environment = { text: settings.backend };
    await scheduleLessons(lessons, settings.jobs, (l) => runsAlone(l, settings.backend), async (lesson, i) => {
      drifts[i] = await driftOf(lesson, settings, environment);
      if (reporter === 'text') term.err(`${lesson.file}: ${drifts[i]!.skipped ? 'skipped' : 'compared'}\n`);
    });
    const report: DriftReport = { environment: environment.text, lessons: drifts, totals: driftTotals(drifts) };
    const version = /Kubernetes (v[\w.+-]+)/.exec(environment.text)?.[1];
    if (version) report.serverVersion = version;
    term.out(reporter === 'json' ? formatDriftJson(report) : formatDriftText(report));
    if (outputFile) await writeFile(outputFile, formatDriftJson(report));
    return hasDrift(report.totals) ? 1 : 0;
  });
}
