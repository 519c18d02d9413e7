// printConfigMap (printers.go): NAME, DATA (data plus binaryData keys), AGE.
import type { ConfigMap } from '../../api/types.js';
import { DOCS } from './column-docs.js';
import { column, type TableHandler } from './table-types.js';
import { translateTimestampSince } from './time-format.js';

export const configMapTable: TableHandler<ConfigMap> = {
  columns: [
    column('Name', 'string', DOCS.metaName, { format: 'name' }),
    column('Data', 'string', DOCS.configMapData),
    column('Age', 'string', DOCS.metaCreationTimestamp),
  ],
  cells(cm, now) {
    const count = Object.keys(cm.data ?? {}).length + Object.keys(cm.binaryData ?? {}).length;
    return [cm.metadata.name, count, translateTimestampSince(cm.metadata.creationTimestamp, now)];
  },
};
