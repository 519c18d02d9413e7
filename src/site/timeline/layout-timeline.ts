// A Pod's timeline model -> positioned shapes (numbers only, rounded to 0.1 px so the bytes are
// the same everywhere). render-timeline-svg.ts writes them out; nothing here knows SVG syntax.
import type { PodEventRecord } from '../../run/timeline-types.js';
import { axisTicks } from './axis-ticks.js';
import type { IntervalKind } from './container-intervals.js';
import { clockTime, spanText } from './format-time.js';
import type { NumberedMark, PodTimelineModel } from './timeline-model.js';

export const WIDTH = 720;
const LABEL_WIDTH = 160;
const RIGHT = 14;
const MARK_ROW = 13;
const MARK_ROWS = 3;
const LANE = 22;
const LANE_GAP = 12;
const AXIS = 26;
/** Roughly how wide one character of the 11 px labels is. */
const CHAR = 6.2;

export interface BarShape {
  x: number;
  y: number;
  width: number;
  height: number;
  /** CSS class suffix: a state (`running`, `waiting`, ...), a phase (`phase-pending`) or `ready`. */
  kind: string;
  /** Text inside the bar, when it fits. */
  label?: string;
  /** Hover text. */
  title: string;
}

export interface DotShape {
  x: number;
  y: number;
  warning: boolean;
  title: string;
}

export interface LaneShape {
  y: number;
  name: string;
  role: string;
  bars: BarShape[];
  dots: DotShape[];
}

export interface MarkShape {
  x: number;
  /** Row of the number above the plot; undefined when there was no room for it. */
  row?: number;
  n: number;
  title: string;
}

export interface TimelineLayout {
  width: number;
  height: number;
  plotLeft: number;
  plotRight: number;
  plotTop: number;
  plotBottom: number;
  lanes: LaneShape[];
  marks: MarkShape[];
  ticks: Array<{ x: number; label: string }>;
}

const round = (n: number): number => Math.round(n * 10) / 10;

const STATE_WORDS: Record<IntervalKind, string> = {
  waiting: 'Waiting',
  backoff: 'Waiting',
  running: 'Running',
  succeeded: 'Terminated',
  failed: 'Terminated',
};

function fits(label: string, width: number): string | undefined {
  return label.length * CHAR + 8 <= width ? label : undefined;
}

function eventTitle(e: PodEventRecord): string {
  return `${clockTime(e.at)} ${e.type} ${e.reason}${e.count > 1 ? ` (x${e.count})` : ''}: ${e.message}`;
}

/** Puts each mark's number in the first row where it does not overlap the one before it. */
function placeMarks(marks: readonly NumberedMark[], x: (ms: number) => number): MarkShape[] {
  const rowEnds = new Array<number>(MARK_ROWS).fill(-Infinity);
  return marks.map((m) => {
    const at = round(x(m.startedAt));
    const half = (String(m.n).length * CHAR) / 2 + 2;
    const row = rowEnds.findIndex((end) => end <= at - half);
    const title = `${m.n}. $ ${m.command.split('\n')[0]} (at ${clockTime(m.startedAt)})`;
    if (row < 0) return { x: at, n: m.n, title };
    rowEnds[row] = at + half;
    return { x: at, row, n: m.n, title };
  });
}

/** Lays out `model` in a WIDTH-wide box: the command numbers on top, the lanes, the time axis. */
export function layoutTimeline(model: PodTimelineModel): TimelineLayout {
  const plotLeft = LABEL_WIDTH;
  const plotRight = WIDTH - RIGHT;
  const scale = (plotRight - plotLeft) / (model.to - model.from);
  const x = (ms: number): number => plotLeft + (Math.min(Math.max(ms, model.from), model.to) - model.from) * scale;
  const bar = (from: number, to: number, y: number, height: number, kind: string, title: string, text?: string): BarShape => {
    const left = round(x(from));
    const width = Math.max(1, round(x(to) - left));
    const label = text === undefined ? undefined : fits(text, width);
    return { x: left, y, width, height, kind, title, ...(label !== undefined ? { label } : {}) };
  };
  const plotTop = MARK_ROW * MARK_ROWS + 4;
  const lanes: LaneShape[] = [];
  let y = plotTop + 6;

  const pod = model.pod;
  const podBars = model.phases.map((p) => bar(p.from, p.to, y, LANE - 6, `phase-${p.phase.toLowerCase()}`, `Pod ${p.phase} from ${clockTime(p.from)} for ${spanText(p.to - p.from)}`, p.phase));
  for (const r of model.ready) podBars.push(bar(r.from, r.to, y + LANE - 5, 4, 'ready', `Pod Ready from ${clockTime(r.from)} for ${spanText(r.to - r.from)}`));
  if (pod.deletingAt !== undefined) podBars.push(bar(pod.deletingAt, model.to, y, LANE - 6, 'deleting', `Pod deleted at ${clockTime(pod.deletingAt)}`, 'Terminating'));
  lanes.push({ y, name: pod.name, role: pod.node ? `Pod on ${pod.node}` : 'Pod', bars: podBars, dots: model.podEvents.map((e) => ({ x: round(x(e.at)), y: y + LANE - 3, warning: e.type === 'Warning', title: eventTitle(e) })) });
  y += LANE + LANE_GAP;

  for (const c of model.containers) {
    const bars = c.intervals.map((i) => {
      const what = i.reason ?? (i.kind === 'running' ? 'Running' : STATE_WORDS[i.kind]);
      const exit = i.exitCode !== undefined && i.kind !== 'running' ? `, exit code ${i.exitCode}` : '';
      const restarts = i.restartCount > 0 ? `, ${i.restartCount} restart${i.restartCount === 1 ? '' : 's'} before` : '';
      const title = `${c.name}: ${STATE_WORDS[i.kind]}${i.kind === 'running' ? '' : ` (${what}${exit})`} from ${clockTime(i.from)}${i.ended ? ` to ${clockTime(i.to)}` : ''}${restarts}`;
      const label = i.kind === 'running' ? 'Running' : i.kind === 'failed' ? `${what} (${i.exitCode ?? '?'})` : what;
      return bar(i.from, i.to, y, LANE - 6, i.kind, title, label);
    });
    for (const r of c.ready) bars.push(bar(r.from, r.to, y + LANE - 5, 4, 'ready', `${c.name} ready from ${clockTime(r.from)} for ${spanText(r.to - r.from)}`));
    const dots = c.events.map((e) => ({ x: round(x(e.at)), y: y + LANE - 3, warning: e.type === 'Warning', title: eventTitle(e) }));
    lanes.push({ y, name: c.name, role: c.role, bars, dots });
    y += LANE + LANE_GAP;
  }

  const plotBottom = y - LANE_GAP + 4;
  const ticks = axisTicks(model.from, model.to).map((t) => ({ x: round(x(t)), label: clockTime(t) }));
  return { width: WIDTH, height: plotBottom + AXIS, plotLeft, plotRight, plotTop, plotBottom, lanes, marks: placeMarks(model.marks, x), ticks };
}
