// describeJob (describe.go, 1.32): selector, labels, owner, the spec's counts and modes, the start
// and completion times with the duration, pod counts from the status (`N Active (N Ready) / ...`),
// the completed indexes of an Indexed Job, the pod template and events.
import type { Job } from '../../api/strategies/job-strategy.js';
import type { Event } from '../../api/types.js';
import { humanDuration } from '../tables/duration.js';
import { labelSelectorString } from '../../api/labels.js';
import { formatRfc1123z, parseTime } from '../tables/time-format.js';
import { controllerOf, type DescribeOptions } from './describe-pod.js';
import { describePodTemplate } from './describe-pod-template.js';
import { describeEvents } from './events.js';
import { printAnnotationsMultiline, printLabelsMultiline } from './multiline.js';
import { LEVEL_0 } from './prefix-writer.js';
import { tabbedString } from './tabbed-string.js';

/** `kubectl describe job`. */
export function describeJob(job: Job, events: readonly Event[], options: DescribeOptions): string {
  return tabbedString((w) => {
    const spec = job.spec;
    const status = job.status ?? {};
    w.write(LEVEL_0, `Name:\t${job.metadata.name}\n`);
    w.write(LEVEL_0, `Namespace:\t${job.metadata.namespace ?? ''}\n`);
    const selector = labelSelectorString(spec.selector);
    w.write(LEVEL_0, selector === undefined ? 'Selector:\tFailed to get selector\n' : `Selector:\t${selector}\n`);
    printLabelsMultiline(w, 'Labels', job.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', job.metadata.annotations);
    const controlledBy = controllerOf(job.metadata);
    if (controlledBy) w.write(LEVEL_0, `Controlled By:\t${controlledBy}\n`);
    if (spec.parallelism !== undefined) w.write(LEVEL_0, `Parallelism:\t${spec.parallelism}\n`);
    w.write(LEVEL_0, spec.completions !== undefined ? `Completions:\t${spec.completions}\n` : 'Completions:\t<unset>\n');
    if (spec.completionMode !== undefined) w.write(LEVEL_0, `Completion Mode:\t${spec.completionMode}\n`);
    if (spec.suspend !== undefined) w.write(LEVEL_0, `Suspend:\t${spec.suspend}\n`);
    if (spec.backoffLimit !== undefined) w.write(LEVEL_0, `Backoff Limit:\t${spec.backoffLimit}\n`);
    if (spec.ttlSecondsAfterFinished !== undefined) w.write(LEVEL_0, `TTL Seconds After Finished:\t${spec.ttlSecondsAfterFinished}\n`);
    if (status.startTime) w.write(LEVEL_0, `Start Time:\t${formatRfc1123z(status.startTime)}\n`);
    if (status.completionTime) w.write(LEVEL_0, `Completed At:\t${formatRfc1123z(status.completionTime)}\n`);
    const start = parseTime(status.startTime);
    const end = parseTime(status.completionTime);
    if (start !== undefined && end !== undefined) w.write(LEVEL_0, `Duration:\t${humanDuration(end - start)}\n`);
    if (spec.activeDeadlineSeconds !== undefined) w.write(LEVEL_0, `Active Deadline Seconds:\t${spec.activeDeadlineSeconds}s\n`);
    const counts = `${status.succeeded ?? 0} Succeeded / ${status.failed ?? 0} Failed`;
    w.write(LEVEL_0, status.ready === undefined ? `Pods Statuses:\t${status.active ?? 0} Active / ${counts}\n` : `Pods Statuses:\t${status.active ?? 0} Active (${status.ready} Ready) / ${counts}\n`);
    if (spec.completionMode === 'Indexed') w.write(LEVEL_0, `Completed Indexes:\t${capIndexesListOrNone(status.completedIndexes ?? '', 50)}\n`);
    describePodTemplate(spec.template, w);
    if (options.showEvents !== false) describeEvents(events, w, options.now);
  });
}

/** capIndexesListOrNone: `<none>`, or the list cut at the first comma from `softLimit` on, with `...`. */
export function capIndexesListOrNone(indexes: string, softLimit: number): string {
  if (indexes.length === 0) return '<none>';
  let ix = softLimit;
  while (ix < indexes.length && indexes[ix] !== ',') ix++;
  return ix >= indexes.length ? indexes : `${indexes.slice(0, ix + 1)}...`;
}
