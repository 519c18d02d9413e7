// printResourceQuota (pkg/printers/internalversion/printers.go, 1.32): NAME, AGE, REQUEST, LIMIT.
// Both cells list `name: used/hard` over status.hard, sorted; `limits.*` names go to LIMIT, all
// others (pods, count/..., requests.*, cpu, memory) to REQUEST. Until the quota controller has
// filled the status, both are empty. (1.33 moved AGE to the end.)
import type { ResourceQuota } from '../../api/policy-types.js';
import { canonicalQuantity } from '../../core/quantity.js';
import { DOCS } from './column-docs.js';
import { sortGoStrings } from '../../core/text/go-strings.js';
import { column, type TableHandler } from './table-types.js';
import { translateTimestampSince } from './time-format.js';

/** The REQUEST and LIMIT cells of a quota. */
function quotaUsageCells(rq: ResourceQuota): [request: string, limit: string] {
  const hard = rq.status?.hard ?? {};
  const used = rq.status?.used ?? {};
  const request: string[] = [];
  const limit: string[] = [];
  for (const name of sortGoStrings(Object.keys(hard))) {
    const pieces = name.split('.');
    const cell = pieces.length > 1 && pieces[0] === 'limits' ? limit : request;
    // A resource missing from used prints as the zero Quantity, "0".
    cell.push(`${name}: ${canonicalQuantity(used[name] ?? '0')}/${canonicalQuantity(hard[name] ?? '0')}`);
  }
  return [request.join(', '), limit.join(', ')];
}

export const resourceQuotaTable: TableHandler<ResourceQuota> = {
  columns: [
    column('Name', 'string', DOCS.metaName, { format: 'name' }),
    column('Age', 'string', DOCS.metaCreationTimestamp),
    column('Request', 'string', 'Request represents a minimum amount of cpu/memory that a container may consume.'),
    column('Limit', 'string', 'Limits control the maximum amount of cpu/memory that a container may use independent of contention on the node.'),
  ],
  cells(rq, now) {
    return [rq.metadata.name, translateTimestampSince(rq.metadata.creationTimestamp, now), ...quotaUsageCells(rq)];
  },
};
