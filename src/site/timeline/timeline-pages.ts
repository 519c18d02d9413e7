// Where timelines appear on the site: a figure at each `kindling:timeline` directive, a link on
// the lesson page, and the lesson's own timeline page (`<slug>/timeline.html`) with every Pod.
import type { TimelineDirective } from '../../lesson/types.js';
import { escapeHtml as escape } from '../escape-html.js';
import type { Template } from '../load-templates.js';
import type { SiteEntry } from '../types.js';
import { podSlug, podsNamed, timelineFigure, type TimelineFigureView } from './timeline-view.js';

export const TIMELINE_PAGE = 'timeline.html';

export interface TimelineLinkView {
  root: string;
  summary: string;
}

export interface TimelinePageView {
  root: string;
  title: string;
  recorded: boolean;
  reason: string;
  figures: TimelineFigureView[];
}

/** Where a lesson's timeline page lives, relative to the site root. */
export function timelinePath(slug: string): string {
  return `${slug}/${TIMELINE_PAGE}`;
}

/** The link from the lesson page, or null when the run recorded no Pods. */
export function timelineLinkView(entry: SiteEntry, root: string): TimelineLinkView | null {
  const timeline = entry.run.timeline;
  if (!timeline.recorded || timeline.pods.length === 0) return null;
  const names = timeline.pods.map((p) => p.name);
  const shown = names.length <= 4 ? names.join(', ') : `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`;
  return { root, summary: `what happened to ${names.length === 1 ? 'Pod' : `the ${names.length} Pods`} ${shown}, on one time axis with the lesson's commands` };
}

/** The lesson's timeline page, or null when the run recorded no Pods (the lesson links none). */
export function timelinePageView(entry: SiteEntry, root: string): TimelinePageView | null {
  const timeline = entry.run.timeline;
  const title = entry.lesson.meta.title;
  if (!timeline.recorded) return null;
  if (timeline.pods.length === 0) return null;
  const figures = timeline.pods.map((pod, i) => timelineFigure(timeline, pod, `timeline-${podSlug(pod)}${i === 0 ? '' : `-${i}`}`, true));
  return { root, title, recorded: true, reason: '', figures };
}

/** The HTML for a directive: a figure per Pod of that name (a name can be reused), or a note that there is none. */
export function renderTimelineDirective(entry: SiteEntry, directive: TimelineDirective, figure: Template, serial: number): string {
  const timeline = entry.run.timeline;
  const who = `${directive.namespace === 'default' ? '' : `${directive.namespace}/`}${directive.pod}`;
  if (!timeline.recorded) return `<p class="kl-timeline-missing">No timeline of Pod ${escape(who)}: ${escape(timeline.reason)}.</p>\n`;
  const pods = podsNamed(timeline, directive.namespace, directive.pod);
  if (pods.length === 0) return `<p class="kl-timeline-missing">No timeline of Pod ${escape(who)}: the lesson made no Pod of that name.</p>\n`;
  return pods.map((pod, i) => figure(timelineFigure(timeline, pod, `timeline-${serial}-${podSlug(pod)}${i === 0 ? '' : `-${i}`}`, false))).join('');
}

