// Positioned shapes -> an inline SVG. Colours come from CSS (classes, custom properties and
// currentColor), so one picture serves light and dark pages; hover text is SVG <title>; no script.
import { escapeHtml } from '../escape-html.js';
import type { BarShape, LaneShape, TimelineLayout } from './layout-timeline.js';

const MARK_ROW = 13;

function bar(b: BarShape): string {
  const rect = `<rect class="kl-tl-${b.kind}" x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}" rx="2"><title>${escapeHtml(b.title)}</title></rect>`;
  if (b.label === undefined) return rect;
  return `${rect}<text class="kl-tl-label kl-tl-on-${b.kind}" x="${b.x + 4}" y="${b.y + b.height / 2 + 4}" aria-hidden="true">${escapeHtml(b.label)}</text>`;
}

function lane(l: LaneShape, layout: TimelineLayout): string {
  const label =
    `<text class="kl-tl-name" x="4" y="${l.y + 9}">${escapeHtml(truncate(l.name, 24))}<title>${escapeHtml(l.name)}</title></text>` +
    `<text class="kl-tl-role" x="4" y="${l.y + 20}">${escapeHtml(truncate(l.role, 26))}</text>`;
  const guide = `<line class="kl-tl-guide" x1="${layout.plotLeft}" x2="${layout.plotRight}" y1="${l.y + 8}" y2="${l.y + 8}"/>`;
  const dots = l.dots.map((d) => `<circle class="kl-tl-event${d.warning ? ' kl-tl-warning' : ''}" cx="${d.x}" cy="${d.y + 4}" r="2.5"><title>${escapeHtml(d.title)}</title></circle>`);
  return `<g class="kl-tl-lane">${label}${guide}${l.bars.map(bar).join('')}${dots.join('')}</g>`;
}

function truncate(text: string, most: number): string {
  return text.length <= most ? text : `${text.slice(0, most - 1)}…`;
}

/** The SVG for `layout`; `id` must be unique in the page (it names the title and description). */
export function renderTimelineSvg(layout: TimelineLayout, id: string, title: string, desc: string): string {
  const { width, height, plotLeft, plotRight, plotTop, plotBottom } = layout;
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" class="kl-timeline" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-title ${id}-desc">`);
  out.push(`<title id="${id}-title">${escapeHtml(title)}</title><desc id="${id}-desc">${escapeHtml(desc)}</desc>`);
  out.push(`<g class="kl-tl-axis"><line x1="${plotLeft}" x2="${plotRight}" y1="${plotBottom}" y2="${plotBottom}"/>`);
  for (const t of layout.ticks) {
    // A label at the right edge ends there rather than being cut off.
    const anchor = t.x + t.label.length * 3.3 > width ? 'end' : 'middle';
    out.push(`<line x1="${t.x}" x2="${t.x}" y1="${plotBottom}" y2="${plotBottom + 4}"/><text x="${t.x}" y="${plotBottom + 16}" text-anchor="${anchor}">${t.label}</text>`);
  }
  out.push('</g>');
  out.push(layout.lanes.map((l) => lane(l, layout)).join(''));
  out.push('<g class="kl-tl-marks">');
  for (const m of layout.marks) {
    const number = m.row === undefined ? '' : `<text x="${m.x}" y="${plotTop - 4 - m.row * MARK_ROW}" text-anchor="middle">${m.n}</text>`;
    out.push(`<g class="kl-tl-mark"><title>${escapeHtml(m.title)}</title><line x1="${m.x}" x2="${m.x}" y1="${plotTop}" y2="${plotBottom}"/>${number}</g>`);
  }
  out.push('</g></svg>');
  return out.join('');
}
