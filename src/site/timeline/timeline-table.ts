// The table under the picture: every state of the Pod and its containers, with its times. A run's
// From and To are its Started and Finished times, printed as `kubectl describe` prints them.
import type { Interval } from './container-intervals.js';
import { describeTime, isoTime } from './format-time.js';
import { parseTime } from './parse-time.js';
import type { PodTimelineModel } from './timeline-model.js';

export interface TimeCell {
  text: string;
  /** For `<time datetime>`; absent when the cell is not a time. */
  iso?: string;
}

export interface TimelineRow {
  subject: string;
  role: string;
  state: string;
  from: TimeCell;
  to: TimeCell;
  details: string;
}

const OPEN: TimeCell = { text: 'end of the lesson' };

function cell(ms: number): TimeCell {
  return { text: describeTime(ms), iso: isoTime(ms) };
}

function apiCell(value: string | undefined, fallback: number): TimeCell {
  return cell(parseTime(value) ?? fallback);
}

function runRow(i: Interval): Pick<TimelineRow, 'state' | 'from' | 'to' | 'details'> {
  const restarts = i.restartCount > 0 ? `restart count ${i.restartCount}` : '';
  if (i.finishedAt === undefined && i.exitCode === undefined) {
    return { state: 'Running', from: apiCell(i.startedAt, i.from), to: i.ended ? cell(i.to) : OPEN, details: restarts };
  }
  const outcome = `${i.reason ?? 'Exited'}, exit code ${i.exitCode ?? 0}`;
  return { state: 'Terminated', from: apiCell(i.startedAt, i.from), to: apiCell(i.finishedAt, i.to), details: [outcome, restarts].filter(Boolean).join('; ') };
}

function intervalRow(i: Interval, before: Interval | undefined): Pick<TimelineRow, 'state' | 'from' | 'to' | 'details'> | undefined {
  if (i.kind === 'running') return runRow(i);
  if (i.kind === 'succeeded' || i.kind === 'failed') {
    // The run before it already says how it ended.
    if (before?.kind === 'running') return undefined;
    return { state: 'Terminated', from: apiCell(i.finishedAt, i.from), to: i.ended ? cell(i.to) : OPEN, details: `${i.reason ?? 'Exited'}, exit code ${i.exitCode ?? 0}` };
  }
  const details = [i.reason ?? '', i.message ?? ''].filter(Boolean).join(': ');
  return { state: 'Waiting', from: cell(i.from), to: i.ended ? cell(i.to) : OPEN, details };
}

/** The rows: the Pod's phases and readiness, then each container's states in time order. */
export function timelineRows(model: PodTimelineModel): TimelineRow[] {
  const rows: TimelineRow[] = [];
  const pod = model.pod;
  for (const p of model.phases) {
    const last = p === model.phases.at(-1);
    rows.push({ subject: pod.name, role: 'Pod', state: `Phase ${p.phase}`, from: cell(p.from), to: last && pod.deletedAt === undefined ? OPEN : cell(p.to), details: '' });
  }
  for (const r of model.ready) {
    rows.push({ subject: pod.name, role: 'Pod', state: 'Ready', from: cell(r.from), to: r.to === model.to && pod.deletedAt === undefined ? OPEN : cell(r.to), details: '' });
  }
  if (pod.deletingAt !== undefined) {
    rows.push({ subject: pod.name, role: 'Pod', state: 'Terminating', from: cell(pod.deletingAt), to: pod.deletedAt !== undefined ? cell(pod.deletedAt) : OPEN, details: pod.deletedAt !== undefined ? 'then removed' : '' });
  }
  for (const c of model.containers) {
    c.intervals.forEach((i, k) => {
      const row = intervalRow(i, c.intervals[k - 1]);
      if (row) rows.push({ subject: c.name, role: c.role, ...row });
    });
  }
  return rows;
}
