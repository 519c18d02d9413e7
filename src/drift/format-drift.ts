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

/** Both outputs in two columns; `≠` marks the rows that differ. */
export function sideBySide(command: CommandDrift): string[] {
  const rows = Math.max(command.sim.length, command.cluster.length);
  const width = Math.min(COLUMN, Math.max(9, ...command.sim.map((l) => [...l].length)));
  const out = [`    ${fit('simulator', width)}   cluster`];
  for (let i = 0; i < rows; i++) {
    const s = command.sim[i];
    const c = command.cluster[i];
    const mark = s === c ? '│' : '≠';
    out.push(`    ${fit(s ?? '', width)} ${mark} ${c ?? ''}`.trimEnd());
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
    if (c.status === 'not-run') {
      const ran = c.simExitCode !== undefined ? 'the simulator only' : c.clusterExitCode !== undefined ? 'the cluster only' : 'neither';
      out.push(`  ${lesson.file}:${c.line}  $ ${first}  (ran on ${ran})`);
      continue;
    }
    out.push(`  ${lesson.file}:${c.line}  $ ${first}`, ...sideBySide(c));
  }
  return out;
}

export function formatDriftText(report: DriftReport): string {
  const t = report.totals;
  const lines = report.lessons.flatMap(lessonText);
  lines.push('', `verified on ${report.environment}: ${driftHeadline(report)} (${t.different} different, ${t.notRun} ran on one side only; ${t.lessons} lessons)`);
  return `${lines.join('\n')}\n`;
}

export function formatDriftJson(report: DriftReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
