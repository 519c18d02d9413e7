// The aggregator's own table for APIServices (kube-aggregator pkg/registry/apiservice/etcd/etcd.go
// ConvertToTable): NAME, SERVICE (`namespace/name`, or `Local`), AVAILABLE (`True`, or the status
// with its reason: `False (MissingEndpoints)`; `Unknown` without a condition), AGE.
import { availableCondition, type APIService } from '../../api/apiservice-types.js';
import { DOCS } from './column-docs.js';
import { column, type TableHandler } from './table-types.js';
import { translateTimestampSince } from './time-format.js';

function availability(svc: APIService): string {
  const c = availableCondition(svc);
  if (!c) return 'Unknown';
  if (c.status === 'True') return c.status;
  return c.reason ? `${c.status} (${c.reason})` : c.status;
}

export const apiServiceTable: TableHandler<APIService> = {
  columns: [
    column('Name', 'string', DOCS.metaName, { format: 'name' }),
    column('Service', 'string', 'The reference to the service that hosts this API endpoint.'),
    column('Available', 'string', 'Whether this service is available.'),
    column('Age', 'string', DOCS.metaCreationTimestamp),
  ],
  cells(svc, now) {
    const ref = svc.spec.service;
    const service = ref ? `${ref.namespace ?? ''}/${ref.name ?? ''}` : 'Local';
    return [svc.metadata.name, service, availability(svc), translateTimestampSince(svc.metadata.creationTimestamp, now)];
  },
};
