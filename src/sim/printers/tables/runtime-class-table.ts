// RuntimeClasses as the API server prints them (pkg/printers/internalversion/printers.go
// printRuntimeClass): NAME, HANDLER, AGE. The Handler column's description is empty upstream: it
// is looked up in ObjectMeta's docs, which have no `handler`.
import type { RuntimeClass } from '../../api/runtime-class-types.js';
import { DOCS } from './column-docs.js';
import { column, type TableHandler } from './table-types.js';
import { translateTimestampSince } from './time-format.js';

export const runtimeClassTable: TableHandler<RuntimeClass> = {
  columns: [column('Name', 'string', DOCS.metaName, { format: 'name' }), column('Handler', 'string', ''), column('Age', 'string', DOCS.metaCreationTimestamp)],
  cells: (rc, now) => [rc.metadata.name, rc.handler ?? '', translateTimestampSince(rc.metadata.creationTimestamp, now)],
};
