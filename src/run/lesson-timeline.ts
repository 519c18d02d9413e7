// The run's timeline: what the session recorded of the Pods, with the lesson's commands placed
// on the same clock. A backend without a record (a real cluster) gets a reason instead.
import type { BlockRun } from './types.js';
import type { RunTimeline, SessionTimeline, TimelineMark } from './timeline-types.js';

/** Why a backend that records nothing has no timeline. */
export function noTimeline(backend: string): RunTimeline {
  const why = backend === 'sim' ? 'the lesson did not run' : `lessons run on the ${backend} backend record no timeline; only the simulator keeps the history of every Pod`;
  return { recorded: false, reason: why };
}

/** Every command that ran, at the backend time it began (commands whose backend gave no time are left out). */
export function timelineMarks(blocks: readonly BlockRun[]): TimelineMark[] {
  const marks: TimelineMark[] = [];
  for (const run of blocks) {
    for (const step of run.steps) {
      const clock = step.result.clock;
      if (!clock) continue;
      const line = step.command?.line ?? (run.block.kind === 'script' ? run.block.line : run.block.span.start.line);
      const command = step.command ? step.command.displayLines.join('\n') : step.result.command;
      marks.push({ block: run.block.index, line, command, hidden: run.block.attrs.hidden, startedAt: clock.startedAt, endedAt: clock.endedAt });
    }
  }
  return marks;
}

/** The run's timeline from the session's record, or the reason there is none. */
export function lessonTimeline(backend: string, recorded: SessionTimeline | undefined, blocks: readonly BlockRun[]): RunTimeline {
  if (!recorded) return noTimeline(backend);
  return { recorded: true, startedAt: recorded.startedAt, endedAt: recorded.endedAt, pods: recorded.pods, marks: timelineMarks(blocks) };
}
