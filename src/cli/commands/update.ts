// `kindling update [paths]`: run lessons and write what each command printed into its console
// block. Only recorded output lines change; a lesson whose run failed keeps what did not run.
import { readFile } from 'node:fs/promises';
import { runsOn } from '../../build.js';
import { createBackend } from '../../backends/registry.js';
import { hasErrors, type Lesson } from '../../lesson/types.js';
import { updateLessonSource } from '../../lesson/update-lesson-source.js';
import { writeFileAtomic } from '../../lesson/write-file-atomic.js';
import { runLesson } from '../../run/run-lesson.js';
import { paint } from '../../verify/reporters/ansi.js';
import { formatDiff, formatProblem } from '../../verify/reporters/format-problem.js';
import { problemFromDiagnostic } from '../../verify/types.js';
import { runSettings } from '../common-options.js';
import type { ParsedArgs } from '../parse-args.js';
import type { Terminal } from '../terminal.js';
import { selectLessons } from './verify.js';


interface Outcome {
  lines: string[];
  failed: boolean;
}

async function updateOne(lesson: Lesson, backend: string, args: ReturnType<typeof runSettings>, color: boolean): Promise<Outcome> {
  if (hasErrors(lesson.diagnostics)) {
    return { failed: true, lines: [`! ${lesson.file}  not updated: the lesson has errors`, ...lesson.diagnostics.map((d) => formatProblem(problemFromDiagnostic(d), { color }))] };
  }
  if (!runsOn(lesson, backend)) return { failed: false, lines: [`- ${lesson.file}  skipped: not for ${backend}`] };
  const run = await runLesson(lesson, createBackend(backend, args.backendOptions));
  // Re-read: the file may have changed while the lesson ran; never write over an edit.
  const current = await readFile(lesson.file, 'utf8');
  if (current !== lesson.source) return { failed: true, lines: [`! ${lesson.file}  not updated: the file changed while its commands ran`] };
  const update = updateLessonSource(lesson, run);
  const lines: string[] = [];
  if (update.source !== lesson.source) await writeFileAtomic(lesson.file, update.source);
  const verb = update.changedCommands > 0 ? `updated (${update.changedCommands} output${update.changedCommands === 1 ? '' : 's'} changed)` : 'unchanged';
  lines.push(`${run.failure ? '✗' : '✓'} ${lesson.file}  ${verb}`);
  for (const change of update.changes) {
    lines.push(`  ${paint(color, 'bold', `${lesson.file}:${change.line}:${change.column}`)} $ ${change.command}`);
    lines.push(formatDiff(change.diff, { color, indent: '    ' }));
  }
  for (const d of update.diagnostics) lines.push(formatProblem(problemFromDiagnostic(d), { color }));
  if (run.failure) lines.push(formatProblem({ ...run.failure }, { color }));
  return { failed: Boolean(run.failure) || update.diagnostics.length > 0, lines };
}

export async function updateCommand(args: ParsedArgs, term: Terminal): Promise<number> {
  const settings = runSettings(args);
  const lessons = await selectLessons(args, settings);
  let failed = false;
  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < lessons.length; i = next++) {
      const outcome = await updateOne(lessons[i]!, settings.backend, settings, term.color);
      failed ||= outcome.failed;
      const [first = '', ...rest] = outcome.lines;
      term.out(`${[`[${++done}/${lessons.length}] ${first}`, ...rest].join('\n')}\n`);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(settings.jobs, lessons.length)) }, worker));
  return failed ? 1 : 0;
}
