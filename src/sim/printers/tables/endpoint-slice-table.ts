// printEndpointSlice (printers.go): ADDRESSTYPE, PORTS and ENDPOINTS, three of each at most.
import type { EndpointSlice } from '../../api/types.js';
import { DOCS } from './column-docs.js';
import { column, type TableHandler } from './table-types.js';
import { translateTimestampSince } from './time-format.js';

function listWithMoreString(list: string[], more: boolean, count: number, max: number): string {
  const ret = list.join(',');
  if (more) return `${ret} + ${count - max} more...`;
  return ret === '' ? '<unset>' : ret;
}

function formatDiscoveryPorts(ports: EndpointSlice['ports']): string {
  const list: string[] = [];
  const max = 3;
  let more = false;
  let count = 0;
  for (const port of ports ?? []) {
    if (list.length < max) {
      const p = port as { port?: number | null; name?: string | null };
      list.push(p.port !== undefined && p.port !== null ? String(p.port) : p.name !== undefined && p.name !== null ? p.name : '*');
    } else if (list.length === max) {
      more = true;
    }
    count++;
  }
  return listWithMoreString(list, more, count, max);
}

function formatDiscoveryEndpoints(endpoints: EndpointSlice['endpoints']): string {
  const list: string[] = [];
  const max = 3;
  let more = false;
  let count = 0;
  for (const endpoint of endpoints ?? []) {
    for (const address of endpoint.addresses ?? []) {
      if (list.length < max) list.push(address);
      else if (list.length === max) more = true;
      count++;
    }
  }
  return listWithMoreString(list, more, count, max);
}

export const endpointSliceTable: TableHandler<EndpointSlice> = {
  columns: [
    column('Name', 'string', DOCS.metaName, { format: 'name' }),
    column('AddressType', 'string', DOCS.endpointSliceAddressType),
    column('Ports', 'string', DOCS.endpointSlicePorts),
    column('Endpoints', 'string', DOCS.endpointSliceEndpoints),
    column('Age', 'string', DOCS.metaCreationTimestamp),
  ],
  cells(eps, now) {
    return [
      eps.metadata.name,
      eps.addressType ?? '',
      formatDiscoveryPorts(eps.ports),
      formatDiscoveryEndpoints(eps.endpoints),
      translateTimestampSince(eps.metadata.creationTimestamp, now),
    ];
  },
};
