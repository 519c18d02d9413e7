// printNamespace (printers.go): NAME, STATUS (the phase), AGE.
import type { Namespace } from '../../api/types.js';
import { DOCS } from './column-docs.js';
import { column, type TableHandler } from './table-types.js';
import { translateTimestampSince } from './time-format.js';

export const namespaceTable: TableHandler<Namespace> = {
  columns: [
    column('Name', 'string', DOCS.metaName, { format: 'name' }),
    column('Status', 'string', 'The status of the namespace'),
    column('Age', 'string', DOCS.metaCreationTimestamp),
  ],
  cells(ns, now) {
    return [ns.metadata.name, ns.status?.phase ?? '', translateTimestampSince(ns.metadata.creationTimestamp, now)];
  },
};
