// printStatefulSet (printers.go): READY as ready/desired, AGE, and the wide CONTAINERS, IMAGES.
import type { StatefulSet } from '../../api/statefulset-types.js';
import { DOCS } from './column-docs.js';
import { layoutContainerCells } from './container-cells.js';
import { column, type TableHandler } from './table-types.js';
import { translateTimestampSince } from './time-format.js';

export const statefulSetTable: TableHandler<StatefulSet> = {
  columns: [
    column('Name', 'string', DOCS.metaName, { format: 'name' }),
    column('Ready', 'string', 'Number of the pod with ready state'),
    column('Age', 'string', DOCS.metaCreationTimestamp),
    column('Containers', 'string', DOCS.containerNames, { priority: 1 }),
    column('Images', 'string', DOCS.containerImages, { priority: 1 }),
  ],
  cells(s, now) {
    const { names, images } = layoutContainerCells(s.spec.template?.spec?.containers);
    return [s.metadata.name, `${s.status?.readyReplicas ?? 0}/${s.spec.replicas ?? 0}`, translateTimestampSince(s.metadata.creationTimestamp, now), names, images];
  },
};
