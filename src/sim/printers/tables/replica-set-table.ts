// printReplicaSet (printers.go): DESIRED, CURRENT, READY, AGE, and the wide CONTAINERS, IMAGES, SELECTOR.
import type { ReplicaSet } from '../../api/types.js';
import { DOCS } from './column-docs.js';
import { layoutContainerCells } from './container-cells.js';
import { formatLabelSelector } from '../../api/labels.js';
import { column, type TableHandler } from './table-types.js';
import { translateTimestampSince } from './time-format.js';

export const replicaSetTable: TableHandler<ReplicaSet> = {
  columns: [
    column('Name', 'string', DOCS.metaName, { format: 'name' }),
    column('Desired', 'integer', DOCS.replicaSetSpecReplicas),
    column('Current', 'integer', DOCS.replicaSetStatusReplicas),
    column('Ready', 'integer', DOCS.replicaSetReadyReplicas),
    column('Age', 'string', DOCS.metaCreationTimestamp),
    column('Containers', 'string', DOCS.containerNames, { priority: 1 }),
    column('Images', 'string', DOCS.containerImages, { priority: 1 }),
    column('Selector', 'string', DOCS.replicaSetSelector, { priority: 1 }),
  ],
  cells(rs, now) {
    const { names, images } = layoutContainerCells(rs.spec.template?.spec?.containers);
    return [
      rs.metadata.name,
      rs.spec.replicas ?? 0,
      rs.status?.replicas ?? 0,
      rs.status?.readyReplicas ?? 0,
      translateTimestampSince(rs.metadata.creationTimestamp, now),
      names,
      images,
      formatLabelSelector(rs.spec.selector),
    ];
  },
};
