// The drift page of the built site (`kindling build --drift report.json`): the headline
// ("verified on kind v1.32.2: 57/60 commands identical to the simulator"), a table of lessons,
// and for each command that differs both outputs side by side.
import type { CommandDrift, DriftReport, LessonDrift } from '../drift/types.js';
import { escapeHtml } from './escape-html.js';
import { lessonPath } from './order-entries.js';

/** `verified on kind v1.32.2: 57/60 commands identical to the simulator`. */
export function driftHeadline(report: DriftReport): string {
  const where = report.serverVersion ? `${report.environment.split(' ')[0]} ${report.serverVersion}` : report.environment;
  return `verified on ${where}: ${report.totals.identical}/${report.totals.commands} commands identical to the simulator`;
}

function slugOf(file: string): string {
  return (file.split('/').pop() ?? file).replace(/\.md$/, '');
}

function commandHtml(lesson: LessonDrift, c: CommandDrift): string {
  const head = `<h3><code>${escapeHtml(lesson.file)}:${c.line}</code> <code>$ ${escapeHtml(c.command.split('\n')[0] ?? '')}</code></h3>`;
  if (c.status !== 'different') {
    const why = c.status === 'not-run' ? (c.simExitCode !== undefined ? 'ran on the simulator only' : 'ran on the cluster only') : 'ran on neither';
    return `${head}\n<p>${why}</p>`;
  }
  const exit = c.simExitCode !== c.clusterExitCode ? `\n<p>exit ${c.simExitCode ?? '-'} on the simulator, ${c.clusterExitCode ?? '-'} on the cluster</p>` : '';
  const pre = (lines: string[]) => `<pre>${escapeHtml(lines.join('\n'))}</pre>`;
  return `${head}\n<div class="drift-sides"><div><h4>simulator</h4>${pre(c.sim)}</div><div><h4>cluster</h4>${pre(c.cluster)}</div></div>${exit}`;
}

export function driftBody(report: DriftReport, root: string): string {
  const rows = report.lessons.map((l) => {
    const identical = l.commands.filter((c) => c.status === 'identical').length;
    const figures = l.skipped ? `skipped: ${escapeHtml(l.skipped)}` : `${identical}/${l.commands.length}`;
    return `<tr><td><a href="${root}${lessonPath(slugOf(l.file))}">${escapeHtml(l.title)}</a></td><td>${figures}</td></tr>`;
  });
  const details = report.lessons.flatMap((l) => l.commands.filter((c) => c.status !== 'identical' && c.status !== 'skipped').map((c) => commandHtml(l, c)));
  return [
    `<h1>The simulator and a real cluster</h1>`,
    `<p class="drift-headline">${escapeHtml(driftHeadline(report))}</p>`,
    `<p>Each lesson ran on the simulator and on ${escapeHtml(report.environment)}; a command is identical when both printed the same after the normalization <code>verify</code> uses on clusters (ages, IPs, generated names).</p>`,
    `<table class="drift-table"><thead><tr><th>lesson</th><th>identical commands</th></tr></thead><tbody>`,
    ...rows,
    `</tbody></table>`,
    ...(details.length > 0 ? ['<h2>Where they differ</h2>', ...details] : []),
  ].join('\n');
}


/** Checks that parsed JSON looks like a drift report (`kindling drift --output-file`). */
export function isDriftReport(value: unknown): value is DriftReport {
  const r = value as DriftReport;
  return typeof r === 'object' && r !== null && typeof r.environment === 'string' && Array.isArray(r.lessons) && typeof r.totals?.commands === 'number';
}
