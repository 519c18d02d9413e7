// The built site's stale-docs page (`stale.html`): for every published lesson with lines marked
// stale, each documented line next to what kubectl 1.32 printed, with its class and why.
import type { StaleLine } from '../verify/types.js';
import { escapeHtml } from './escape-html.js';
import { lessonPath } from './order-entries.js';
import type { SiteEntry } from './types.js';

export const STALE_PAGE = 'stale.html';

/** Whether any published lesson has stale lines (the index links the page only then). */
export function hasStaleLines(entries: readonly SiteEntry[]): boolean {
  return entries.some((e) => (e.verdict.stale ?? []).length > 0);
}

function cell(text: string | undefined): string {
  return text === undefined ? '<td class="stale-none">(no such line)</td>' : `<td><code>${escapeHtml(text)}</code></td>`;
}

function row(s: StaleLine): string {
  return `<tr class="stale-${s.class}"><td>${s.line}</td><td><code>${escapeHtml(s.command.replace(/^`|`$/g, ''))}</code></td>${cell(s.documented)}${cell(s.printed)}<td>${s.class}</td><td>${escapeHtml(s.reason)}</td></tr>`;
}

/** The page body: a table per lesson, in reading order. */
export function renderStaleBody(ordered: readonly SiteEntry[], backend: string): string {
  const parts = ['<h1>Stale documented output</h1>', `<p>Documented output lines that differ from what kubectl 1.32 printed on ${escapeHtml(backend)}, even after normalization. Each is marked in its lesson and shown there as documented.</p>`];
  for (const { lesson, verdict } of ordered) {
    const stale = verdict.stale ?? [];
    if (stale.length === 0) continue;
    parts.push(`<h2><a href="${lessonPath(lesson.slug)}">${escapeHtml(lesson.meta.title)}</a></h2>`);
    parts.push('<table class="stale-lines">');
    parts.push('<thead><tr><th>Line</th><th>Command</th><th>Documented</th><th>kubectl 1.32</th><th>Class</th><th>Why</th></tr></thead>');
    parts.push(`<tbody>\n${stale.map(row).join('\n')}\n</tbody>`);
    parts.push('</table>');
  }
  return `${parts.join('\n')}\n`;
}
