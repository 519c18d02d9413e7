// printJob (printers.go, 1.32): STATUS from the conditions (Complete, Failed, Terminating,
// Suspended, FailureTarget, else Running), COMPLETIONS `succeeded/completions` (or `/1`, `/1 of
// parallelism` without completions), DURATION from start to completion or to now, AGE, and the
// wide CONTAINERS, IMAGES and SELECTOR.
import type { Job } from '../../api/strategies/job-strategy.js';
import { DOCS } from './column-docs.js';
import { layoutContainerCells } from './container-cells.js';
import { humanDuration } from './duration.js';
import { formatLabelSelector } from '../../api/labels.js';
import { column, type TableHandler } from './table-types.js';
import { parseTime, translateTimestampSince } from './time-format.js';

const SUCCEEDED_DOC =
  'The number of pods which reached phase Succeeded. The value increases monotonically for a given spec. However, it may decrease in reaction to scale down of elastic indexed jobs.';
const SELECTOR_DOC =
  'A label query over pods that should match the pod count. Normally, the system sets this field for you. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#label-selectors';

const hasCondition = (job: Job, type: string) => (job.status?.conditions ?? []).some((c) => c.type === type && c.status === 'True');

/** The STATUS cell: the first that applies, in printJob's order. */
export function jobStatus(job: Job): string {
  if (hasCondition(job, 'Complete')) return 'Complete';
  if (hasCondition(job, 'Failed')) return 'Failed';
  if (job.metadata.deletionTimestamp) return 'Terminating';
  if (hasCondition(job, 'Suspended')) return 'Suspended';
  if (hasCondition(job, 'FailureTarget')) return 'FailureTarget';
  return 'Running';
}

function completions(job: Job): string {
  const succeeded = job.status?.succeeded ?? 0;
  if (job.spec.completions !== undefined) return `${succeeded}/${job.spec.completions}`;
  const parallelism = job.spec.parallelism ?? 0;
  return parallelism > 1 ? `${succeeded}/1 of ${parallelism}` : `${succeeded}/1`;
}

function duration(job: Job, now: number): string {
  const start = parseTime(job.status?.startTime);
  if (start === undefined) return '';
  const end = parseTime(job.status?.completionTime);
  return humanDuration((end ?? now) - start);
}

export const jobTable: TableHandler<Job> = {
  columns: [
    column('Name', 'string', DOCS.metaName, { format: 'name' }),
    column('Status', 'string', 'Status of the job.'),
    column('Completions', 'string', SUCCEEDED_DOC),
    column('Duration', 'string', 'Time required to complete the job.'),
    column('Age', 'string', DOCS.metaCreationTimestamp),
    column('Containers', 'string', DOCS.containerNames, { priority: 1 }),
    column('Images', 'string', DOCS.containerImages, { priority: 1 }),
    column('Selector', 'string', SELECTOR_DOC, { priority: 1 }),
  ],
  cells(job, now) {
    const { names, images } = layoutContainerCells(job.spec.template?.spec?.containers);
    return [job.metadata.name, jobStatus(job), completions(job), duration(job, now), translateTimestampSince(job.metadata.creationTimestamp, now), names, images, formatLabelSelector(job.spec.selector)];
  },
};
