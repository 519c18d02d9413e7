// View models for the timeline partials: one figure per Pod (picture, legend, table, commands),
// and the lesson's timeline page with a figure for every Pod the lesson made.
import type { PodTimeline, RunTimeline } from '../../run/timeline-types.js';
import { describePodTimeline } from './describe-pod-timeline.js';
import { clockTime, describeTime, isoTime } from './format-time.js';
import { layoutTimeline } from './layout-timeline.js';
import { renderTimelineSvg } from './render-timeline-svg.js';
import { podTimelineModel } from './timeline-model.js';
import { timelineRows, type TimelineRow } from './timeline-table.js';

export type RecordedTimeline = Extract<RunTimeline, { recorded: true }>;

export interface TimelineCommandView {
  n: number;
  command: string;
  time: string;
  iso: string;
}

export interface TimelineFigureView {
  id: string;
  caption: string;
  svg: string;
  rows: TimelineRow[];
  commands: TimelineCommandView[];
  hasCommands: boolean;
  /** The table starts open (the timeline page) or folded (in a lesson). */
  open: boolean;
}

/** The Pods of `timeline` named `name` in `namespace`, in the order they were created (a name can be reused). */
export function podsNamed(timeline: RecordedTimeline, namespace: string, name: string): PodTimeline[] {
  return timeline.pods.filter((p) => p.namespace === namespace && p.name === name);
}

/** An id fragment from a Pod's namespace and name (letters, digits, `-`). */
export function podSlug(pod: PodTimeline): string {
  return `${pod.namespace}-${pod.name}`.replace(/[^A-Za-z0-9-]/g, '-');
}

/** The figure for one Pod; `id` must be unique in the page. */
export function timelineFigure(timeline: RecordedTimeline, pod: PodTimeline, id: string, open: boolean): TimelineFigureView {
  const model = podTimelineModel(timeline, pod);
  const caption = `Timeline of Pod ${pod.name}${pod.namespace === 'default' ? '' : ` (namespace ${pod.namespace})`}, ${clockTime(model.from)}–${clockTime(model.to)} UTC`;
  const svg = renderTimelineSvg(layoutTimeline(model), id, caption, describePodTimeline(model));
  const commands = model.marks.map((m) => ({ n: m.n, command: m.command, time: describeTime(m.startedAt), iso: isoTime(m.startedAt) }));
  return { id, caption, svg, rows: timelineRows(model), commands, hasCommands: commands.length > 0, open };
}
