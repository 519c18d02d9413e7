// The timeline in words: the SVG's <desc>, for those who cannot see the picture (the table under
// it lists every state with its times).
import { clockTime } from './format-time.js';
import type { PodTimelineModel } from './timeline-model.js';

function runsOf(model: PodTimelineModel, name: string): string {
  const lane = model.containers.find((c) => c.name === name);
  const runs = lane?.intervals.filter((i) => i.kind === 'running') ?? [];
  if (runs.length === 0) {
    const last = lane?.intervals.at(-1);
    return last ? `never ran (last ${last.kind === 'backoff' ? 'waiting' : last.kind}${last.reason ? `: ${last.reason}` : ''})` : 'never got a status';
  }
  const words = runs.map((r) => {
    const end = r.finishedAt !== undefined ? ` to ${clockTime(r.to)} (${r.reason ?? 'exited'}, exit code ${r.exitCode ?? 0})` : r.ended ? ` to ${clockTime(r.to)}` : ', still running at the end';
    return `from ${clockTime(r.from)}${end}`;
  });
  const restarts = runs.length > 1 ? `; it ran ${runs.length} times` : '';
  return `ran ${words.join(', then ')}${restarts}`;
}

/** One paragraph: where and when the Pod lived, each container's runs, how many commands are marked. */
export function describePodTimeline(model: PodTimelineModel): string {
  const pod = model.pod;
  const parts = [`Pod ${pod.namespace}/${pod.name}${pod.node ? ` on node ${pod.node}` : ''}, from ${clockTime(model.from)} to ${clockTime(model.to)} UTC.`];
  for (const c of model.containers) parts.push(`The ${c.role} ${c.name} ${runsOf(model, c.name)}.`);
  const ready = model.ready[0];
  if (ready) parts.push(`The Pod became Ready at ${clockTime(ready.from)}.`);
  if (model.marks.length > 0) parts.push(`${model.marks.length} command${model.marks.length === 1 ? '' : 's'} of the lesson ran meanwhile; their numbers are marked on the time axis.`);
  return parts.join(' ');
}
