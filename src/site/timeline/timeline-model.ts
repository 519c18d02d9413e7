// One Pod's part of a run's timeline, ready to draw: its time range, a lane for the Pod itself
// (phase and the Ready condition) and one per container (init containers first, in order), and
// the lesson's commands that ran while it existed, numbered as on the lesson's timeline page.
import type { PodEventRecord, PodTimeline, RunTimeline, TimelineMark } from '../../run/timeline-types.js';
import { containerIntervals, readySpans, type Interval } from './container-intervals.js';

export interface NumberedMark extends TimelineMark {
  /** 1-based, over the shown (not hidden) commands of the whole lesson. */
  n: number;
}

export interface Span {
  from: number;
  to: number;
}

export interface PhaseSpan extends Span {
  phase: string;
}

export interface ContainerLane {
  name: string;
  kind: 'init' | 'sidecar' | 'app' | 'ephemeral';
  /** `init container 1 of 2`, `container`, ... */
  role: string;
  intervals: Interval[];
  ready: Span[];
  events: PodEventRecord[];
}

export interface PodTimelineModel {
  pod: PodTimeline;
  from: number;
  to: number;
  phases: PhaseSpan[];
  ready: Span[];
  /** Events about the Pod as a whole (Scheduled, Killing without a container, ...). */
  podEvents: PodEventRecord[];
  containers: ContainerLane[];
  marks: NumberedMark[];
}

type RecordedTimeline = Extract<RunTimeline, { recorded: true }>;

/** The shown commands of the lesson, numbered in order. */
export function numberedMarks(timeline: RecordedTimeline): NumberedMark[] {
  return timeline.marks.filter((m) => !m.hidden).map((m, i) => ({ ...m, n: i + 1 }));
}

function roleOf(kind: ContainerLane['kind'], index: number, count: number): string {
  if (kind === 'init') return `init container ${index + 1} of ${count}`;
  if (kind === 'sidecar') return 'sidecar container';
  if (kind === 'ephemeral') return 'ephemeral container';
  return 'container';
}

function containerOf(event: PodEventRecord): string | undefined {
  return /\{(.+)\}$/.exec(event.fieldPath ?? '')?.[1];
}

/** The model of `pod`'s timeline within the lesson's `timeline`. */
export function podTimelineModel(timeline: RecordedTimeline, pod: PodTimeline): PodTimelineModel {
  const from = Math.floor(pod.createdAt / 1000) * 1000;
  const to = Math.max(from + 1000, pod.deletedAt ?? timeline.endedAt);
  const phases: PhaseSpan[] = pod.phases.map((p, i) => ({ phase: p.phase, from: Math.max(from, p.at), to: pod.phases[i + 1]?.at ?? to }));
  const readyChanges = pod.conditions.filter((c) => c.type === 'Ready');
  const ready: Span[] = [];
  readyChanges.forEach((c, i) => {
    if (c.status === 'True') ready.push({ from: c.at, to: readyChanges[i + 1]?.at ?? to });
  });
  const initCount = pod.containers.filter((c) => c.kind === 'init' || c.kind === 'sidecar').length;
  let initIndex = 0;
  const containers = pod.containers.map((c): ContainerLane => {
    const index = c.kind === 'init' || c.kind === 'sidecar' ? initIndex++ : 0;
    return {
      name: c.name,
      kind: c.kind,
      role: roleOf(c.kind, index, initCount),
      intervals: containerIntervals(c.changes, to),
      ready: readySpans(c.changes, to),
      events: pod.events.filter((e) => containerOf(e) === c.name),
    };
  });
  const names = new Set(pod.containers.map((c) => c.name));
  const podEvents = pod.events.filter((e) => !names.has(containerOf(e) ?? ''));
  const marks = numberedMarks(timeline).filter((m) => m.startedAt >= from && m.startedAt <= to);
  return { pod, from, to, phases, ready, podEvents, containers, marks };
}
