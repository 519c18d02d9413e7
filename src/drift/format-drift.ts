// The drift report as text (per lesson a line of figures; per differing command both outputs side
// by side) and as JSON.
import type { CommandDrift, DriftReport, LessonDrift } from './types.js';

/** `57/60 commands identical to the simulator`. */
export function driftHeadline(report: DriftReport): string {
  const t = report.totals;
  return `${t.identical}/${t.commands} commands identical to the simulator`;
}

const COLUMN = 60;

function fit(text: string, width: number): string {
  const chars = [...text];
  return chars.length > width ? `${chars.slice(0, width - 1).join('')}…` : text + ' '.repeat(width - chars.length);
}

/** Rows kept around each differing row, so that a long `describe` shows where it differs. */
const CONTEXT = 2;

/** Both outputs in two columns; `≠` marks the rows that differ, `…` rows left out (identical, away from any difference). */
export function sideBySide(command: CommandDrift): string[] {
  const rows = Math.max(command.sim.length, command.cluster.length);
  const width = Math.min(COLUMN, Math.max(9, ...command.sim.map((l) => [...l].length)));
  const differs = Array.from({ length: rows }, (_, i) => command.sim[i] !== command.cluster[i]);
  const shown = differs.map((_, i) => differs.slice(Math.max(0, i - CONTEXT), i + CONTEXT + 1).some(Boolean));
  const out = [`    ${fit('simulator', width)}   cluster`];
  for (let i = 0; i < rows; i++) {
    if (!shown[i]) {
      if (i === 0 || shown[i - 1]) out.push('    …');
      continue;
    }
    const mark = differs[i] ? '≠' : '│';
    out.push(`    ${fit(command.sim[i] ?? '', width)} ${mark} ${command.cluster[i] ?? ''}`.trimEnd());
  }
  if (command.simExitCode !== command.clusterExitCode) out.push(`    exit ${command.simExitCode ?? '-'} on the simulator, ${command.clusterExitCode ?? '-'} on the cluster`);
  return out;
}

function lessonText(lesson: LessonDrift): string[] {
  if (lesson.skipped) return [`- ${lesson.file}  skipped: ${lesson.skipped}`];
  const identical = lesson.commands.filter((c) => c.status === 'identical').length;
  const mark = identical === lesson.commands.length ? '=' : '≠';
  const out = [`${mark} ${lesson.file}  ${identical}/${lesson.commands.length} identical`];
  if (lesson.simFailure) out.push(`  the simulator run failed: ${lesson.simFailure.split('\n')[0]}`);
  if (lesson.clusterFailure) out.push(`  the cluster run failed: ${lesson.clusterFailure.split('\n')[0]}`);
  for (const c of lesson.commands) {
    if (c.status === 'identical') continue;
    const first = c.command.split('\n')[0] ?? '';
    if (c.status === 'not-run' || c.status === 'skipped') {
      const ran = c.simExitCode !== undefined ? 'ran on the simulator only' : c.clusterExitCode !== undefined ? 'ran on the cluster only' : 'ran on neither';
      out.push(`  ${lesson.file}:${c.line}  $ ${first}  (${ran})`);
      continue;
    }
    out.push(`  ${lesson.file}:${c.line}  $ ${first}`, ...sideBySide(c));
  }
  return out;
}

export function formatDriftText(report: DriftReport): string {
  const t = report.totals;
  const lines = report.lessons.flatMap(lessonText);
  lines.push('', `verified on ${report.environment}: ${driftHeadline(report)} (${t.different} different, ${t.notRun} ran on one side only, ${t.skipped} on neither; ${t.lessons} lesson${t.lessons === 1 ? '' : 's'})`);
  return `${lines.join('\n')}\n`;
}

export function formatDriftJson(report: DriftReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
