// printDeployment (printers.go): READY (ready/desired), UP-TO-DATE, AVAILABLE, AGE, and the wide
// CONTAINERS, IMAGES and SELECTOR.
import type { Deployment } from '../../api/types.js';
import { DOCS } from './column-docs.js';
import { layoutContainerCells } from './container-cells.js';
import { labelSelectorString } from '../../api/labels.js';
import { column, type TableHandler } from './table-types.js';
import { translateTimestampSince } from './time-format.js';

export const deploymentTable: TableHandler<Deployment> = {
  columns: [
    column('Name', 'string', DOCS.metaName, { format: 'name' }),
    column('Ready', 'string', 'Number of the pod with ready state'),
    column('Up-to-date', 'string', DOCS.deploymentUpdatedReplicas),
    column('Available', 'string', DOCS.deploymentAvailableReplicas),
    column('Age', 'string', DOCS.metaCreationTimestamp),
    column('Containers', 'string', DOCS.containerNames, { priority: 1 }),
    column('Images', 'string', DOCS.containerImages, { priority: 1 }),
    column('Selector', 'string', DOCS.deploymentSelector, { priority: 1 }),
  ],
  cells(d, now) {
    const status = d.status ?? {};
    const { names, images } = layoutContainerCells(d.spec.template?.spec?.containers);
    return [
      d.metadata.name,
      `${status.readyReplicas ?? 0}/${d.spec.replicas ?? 0}`,
      status.updatedReplicas ?? 0,
      status.availableReplicas ?? 0,
      translateTimestampSince(d.metadata.creationTimestamp, now),
      names,
      images,
      labelSelectorString(d.spec.selector) ?? '<invalid>',
    ];
  },
};
