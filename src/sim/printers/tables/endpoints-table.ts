// printEndpoints (printers.go): NAME, ENDPOINTS (`ip:port`, three at most, then `+ N more...`), AGE.
import type { Endpoints } from '../../api/types.js';
import { DOCS } from './column-docs.js';
import { joinHostPort } from './join-host-port.js';
import { column, type TableHandler } from './table-types.js';
import { translateTimestampSince } from './time-format.js';

/** formatEndpoints(endpoints, nil): every ready address and port, listing at most three. */
export function formatEndpoints(endpoints: Endpoints, ports?: Set<string>): string {
  const subsets = endpoints.subsets ?? [];
  if (subsets.length === 0) return '<none>';
  const list: string[] = [];
  const max = 3;
  let more = false;
  let count = 0;
  for (const ss of subsets) {
    const addresses = ss.addresses ?? [];
    if ((ss.ports ?? []).length === 0) {
      // Headless services may have no ports.
      count += addresses.length;
      for (const addr of addresses) {
        if (list.length === max) {
          more = true;
          break;
        }
        list.push(addr.ip);
      }
      continue;
    }
    for (const port of ss.ports ?? []) {
      if (ports === undefined || ports.has(port.name ?? '')) {
        count += addresses.length;
        for (const addr of addresses) {
          if (list.length === max) {
            more = true;
            break;
          }
          list.push(joinHostPort(addr.ip, port.port));
        }
      }
    }
  }
  const ret = list.join(',');
  return more ? `${ret} + ${count - max} more...` : ret;
}

export const endpointsTable: TableHandler<Endpoints> = {
  columns: [
    column('Name', 'string', DOCS.metaName, { format: 'name' }),
    column('Endpoints', 'string', DOCS.endpointsSubsets),
    column('Age', 'string', DOCS.metaCreationTimestamp),
  ],
  cells(ep, now) {
    return [ep.metadata.name, formatEndpoints(ep), translateTimestampSince(ep.metadata.creationTimestamp, now)];
  },
};
