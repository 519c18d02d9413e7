// printServiceAccount (printers.go): NAME, SECRETS (a count), AGE.
import type { ServiceAccount } from '../../api/types.js';
import { DOCS } from './column-docs.js';
import { column, type TableHandler } from './table-types.js';
import { translateTimestampSince } from './time-format.js';

export const serviceAccountTable: TableHandler<ServiceAccount> = {
  columns: [
    column('Name', 'string', DOCS.metaName, { format: 'name' }),
    column('Secrets', 'string', DOCS.serviceAccountSecrets),
    column('Age', 'string', DOCS.metaCreationTimestamp),
  ],
  cells(sa, now) {
    return [sa.metadata.name, (sa.secrets ?? []).length, translateTimestampSince(sa.metadata.creationTimestamp, now)];
  },
};
