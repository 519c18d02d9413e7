// printCronJob (printers.go, 1.32): NAME SCHEDULE TIMEZONE (`<none>` without spec.timeZone) SUSPEND
// (printBoolPtr: True/False/<unset>) ACTIVE (the active list's length) LAST SCHEDULE (`<none>`
// before the first run) AGE, and the wide CONTAINERS, IMAGES and SELECTOR of the job template.
import type { CronJob } from '../../api/strategies/cronjob-strategy.js';
import { DOCS } from './column-docs.js';
import { layoutContainerCells } from './container-cells.js';
import { formatLabelSelector } from '../../api/labels.js';
import { column, type TableHandler } from './table-types.js';
import { translateTimestampSince } from './time-format.js';

const TIME_ZONE_DOC =
  'The time zone name for the given schedule, see https://en.wikipedia.org/wiki/List_of_tz_database_time_zones. If not specified, this will default to the time zone of the kube-controller-manager process. The set of valid time zone names and the time zone offset is loaded from the system-wide time zone database by the API server during CronJob validation and the controller manager during execution. If no system-wide time zone database can be found a bundled version of the database is used instead. If the time zone name becomes invalid during the lifetime of a CronJob or due to a change in host configuration, the controller will stop creating new new Jobs and will create a system event with the reason UnknownTimeZone. More information can be found in https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/#time-zones';
const SELECTOR_DOC =
  'A label query over pods that should match the pod count. Normally, the system sets this field for you. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#label-selectors';

/** printBoolPtr. */
const boolPtr = (v: boolean | undefined) => (v === undefined ? '<unset>' : v ? 'True' : 'False');

export const cronJobTable: TableHandler<CronJob> = {
  columns: [
    column('Name', 'string', DOCS.metaName, { format: 'name' }),
    column('Schedule', 'string', 'The schedule in Cron format, see https://en.wikipedia.org/wiki/Cron.'),
    column('Timezone', 'string', TIME_ZONE_DOC),
    column('Suspend', 'boolean', 'This flag tells the controller to suspend subsequent executions, it does not apply to already started executions.  Defaults to false.'),
    column('Active', 'integer', 'A list of pointers to currently running jobs.'),
    column('Last Schedule', 'string', 'Information when was the last time the job was successfully scheduled.'),
    column('Age', 'string', DOCS.metaCreationTimestamp),
    column('Containers', 'string', DOCS.containerNames, { priority: 1 }),
    column('Images', 'string', DOCS.containerImages, { priority: 1 }),
    column('Selector', 'string', SELECTOR_DOC, { priority: 1 }),
  ],
  cells(cj, now) {
    const spec = cj.spec;
    const last = cj.status?.lastScheduleTime ? translateTimestampSince(cj.status.lastScheduleTime, now) : '<none>';
    const { names, images } = layoutContainerCells(spec.jobTemplate?.spec?.template?.spec?.containers);
    return [cj.metadata.name, spec.schedule, spec.timeZone ?? '<none>', boolPtr(spec.suspend), (cj.status?.active ?? []).length, last, translateTimestampSince(cj.metadata.creationTimestamp, now), names, images, formatLabelSelector(spec.jobTemplate?.spec?.selector)];
  },
};
