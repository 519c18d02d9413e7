// describeCronJob (describe.go, 1.32): schedule, concurrency policy, suspend (printBoolPtr), the
// history limits and starting deadline (`<unset>` when absent), the job template (describeJobTemplate:
// selector, parallelism, completions, active deadline, pod template), the last schedule time, the
// active Jobs by name, and events.
import type { CronJob } from '../../api/strategies/cronjob-strategy.js';
import type { Event } from '../../api/types.js';
import { labelSelectorString } from '../../api/labels.js';
import { formatRfc1123z } from '../tables/time-format.js';
import type { DescribeOptions } from './describe-pod.js';
import { describePodTemplate } from './describe-pod-template.js';
import { describeEvents } from './events.js';
import { printAnnotationsMultiline, printLabelsMultiline } from './multiline.js';
import { LEVEL_0, type PrefixWriter } from './prefix-writer.js';
import { tabbedString } from './tabbed-string.js';

const boolPtr = (v: boolean | undefined) => (v === undefined ? '<unset>' : v ? 'True' : 'False');
const orUnset = (v: number | undefined, suffix = '') => (v === undefined ? '<unset>' : `${v}${suffix}`);

function describeJobTemplate(template: CronJob['spec']['jobTemplate'], w: PrefixWriter): void {
  const spec = template.spec;
  if (spec.selector) {
    const selector = labelSelectorString(spec.selector);
    w.write(LEVEL_0, selector === undefined ? 'Selector:\tFailed to get selector\n' : `Selector:\t${selector}\n`);
  } else w.write(LEVEL_0, 'Selector:\t<unset>\n');
  w.write(LEVEL_0, `Parallelism:\t${orUnset(spec.parallelism)}\n`);
  w.write(LEVEL_0, `Completions:\t${orUnset(spec.completions)}\n`);
  if (spec.activeDeadlineSeconds !== undefined) w.write(LEVEL_0, `Active Deadline Seconds:\t${spec.activeDeadlineSeconds}s\n`);
  describePodTemplate(spec.template, w);
}

/** `kubectl describe cronjob`. */
export function describeCronJob(cj: CronJob, events: readonly Event[], options: DescribeOptions): string {
  return tabbedString((w) => {
    const spec = cj.spec;
    const status = cj.status ?? {};
    w.write(LEVEL_0, `Name:\t${cj.metadata.name}\n`);
    w.write(LEVEL_0, `Namespace:\t${cj.metadata.namespace ?? ''}\n`);
    printLabelsMultiline(w, 'Labels', cj.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', cj.metadata.annotations);
    w.write(LEVEL_0, `Schedule:\t${spec.schedule}\n`);
    w.write(LEVEL_0, `Concurrency Policy:\t${spec.concurrencyPolicy ?? ''}\n`);
    w.write(LEVEL_0, `Suspend:\t${boolPtr(spec.suspend)}\n`);
    w.write(LEVEL_0, `Successful Job History Limit:\t${orUnset(spec.successfulJobsHistoryLimit)}\n`);
    w.write(LEVEL_0, `Failed Job History Limit:\t${orUnset(spec.failedJobsHistoryLimit)}\n`);
    w.write(LEVEL_0, `Starting Deadline Seconds:\t${orUnset(spec.startingDeadlineSeconds, 's')}\n`);
    describeJobTemplate(spec.jobTemplate, w);
    w.write(LEVEL_0, status.lastScheduleTime ? `Last Schedule Time:\t${formatRfc1123z(status.lastScheduleTime)}\n` : 'Last Schedule Time:\t<unset>\n');
    const active = status.active ?? [];
    w.write(LEVEL_0, `Active Jobs:\t${active.length === 0 ? '<none>' : active.map((j) => j.name).join(', ')}\n`);
    if (options.showEvents !== false) describeEvents(events, w, options.now);
  });
}
