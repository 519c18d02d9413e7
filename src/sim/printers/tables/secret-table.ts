// printSecret (printers.go): NAME, TYPE, DATA (a count), AGE.
import type { Secret } from '../../api/types.js';
import { DOCS } from './column-docs.js';
import { column, type TableHandler } from './table-types.js';
import { translateTimestampSince } from './time-format.js';

export const secretTable: TableHandler<Secret> = {
  columns: [
    column('Name', 'string', DOCS.metaName, { format: 'name' }),
    column('Type', 'string', DOCS.secretType),
    column('Data', 'string', DOCS.secretData),
    column('Age', 'string', DOCS.metaCreationTimestamp),
  ],
  cells(secret, now) {
    return [
      secret.metadata.name,
      secret.type ?? '',
      Object.keys(secret.data ?? {}).length,
      translateTimestampSince(secret.metadata.creationTimestamp, now),
    ];
  },
};
