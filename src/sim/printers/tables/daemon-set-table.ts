// printDaemonSet (printers.go): DESIRED, CURRENT, READY, UP-TO-DATE, AVAILABLE, NODE SELECTOR, AGE,
// and the wide CONTAINERS, IMAGES, SELECTOR.
import type { DaemonSet } from '../../api/types.js';
import { DOCS } from './column-docs.js';
import { layoutContainerCells } from './container-cells.js';
import { formatLabelSelector, formatLabels } from '../../api/labels.js';
import { column, type TableHandler } from './table-types.js';
import { translateTimestampSince } from './time-format.js';

export const daemonSetTable: TableHandler<DaemonSet> = {
  columns: [
    column('Name', 'string', DOCS.metaName, { format: 'name' }),
    column('Desired', 'integer', DOCS.daemonSetDesired),
    column('Current', 'integer', DOCS.daemonSetCurrent),
    column('Ready', 'integer', DOCS.daemonSetReady),
    column('Up-to-date', 'integer', DOCS.daemonSetUpdated),
    column('Available', 'integer', DOCS.daemonSetAvailable),
    column('Node Selector', 'string', DOCS.podSpecNodeSelector),
    column('Age', 'string', DOCS.metaCreationTimestamp),
    column('Containers', 'string', DOCS.containerNames, { priority: 1 }),
    column('Images', 'string', DOCS.containerImages, { priority: 1 }),
    column('Selector', 'string', DOCS.daemonSetSelector, { priority: 1 }),
  ],
  cells(ds, now) {
    const status = ds.status ?? ({} as Partial<DaemonSet['status']>);
    const { names, images } = layoutContainerCells(ds.spec.template?.spec?.containers);
    return [
      ds.metadata.name,
      status.desiredNumberScheduled ?? 0,
      status.currentNumberScheduled ?? 0,
      status.numberReady ?? 0,
      status.updatedNumberScheduled ?? 0,
      status.numberAvailable ?? 0,
      formatLabels(ds.spec.template?.spec?.nodeSelector),
      translateTimestampSince(ds.metadata.creationTimestamp, now),
      names,
      images,
      formatLabelSelector(ds.spec.selector),
    ];
  },
};
