// The API server's default table convertor (apiserver registry/rest/table.go), used for kinds
// without a printers.go handler: NAME and CREATED AT (a "date" column holding RFC3339 UTC).
// (kubectl's own fallback, for servers that return no Table at all, prints NAME and AGE instead.)
import type { KubeObject } from '../../api/types.js';
import { DOCS } from './column-docs.js';
import { column, type TableHandler } from './table-types.js';
import { formatRfc3339 } from './time-format.js';

export const defaultTable: TableHandler = {
  columns: [column('Name', 'string', DOCS.metaName, { format: 'name' }), column('Created At', 'date', DOCS.metaCreationTimestamp)],
  cells(obj: KubeObject) {
    return [obj.metadata.name, formatRfc3339(obj.metadata.creationTimestamp)];
  },
};
