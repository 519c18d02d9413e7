// printService (printers.go): TYPE, CLUSTER-IP, EXTERNAL-IP, PORT(S), AGE and wide SELECTOR.
import type { Service, ServicePort } from '../../api/types.js';
import { DOCS } from './column-docs.js';
import { sortGoStrings } from '../../core/text/go-strings.js';
import { formatLabels } from '../../api/labels.js';
import { column, type TableHandler } from './table-types.js';
import { translateTimestampSince } from './time-format.js';

const LOAD_BALANCER_WIDTH = 16;

/** loadBalancerStatusStringer: unique sorted ingress IPs (or hostnames), cut to 16 bytes unless wide. */
export function loadBalancerStatusString(svc: Service, wide: boolean): string {
  const result = new Set<string>();
  for (const ing of svc.status?.loadBalancer?.ingress ?? []) {
    if (ing.ip) result.add(ing.ip);
    else if (ing.hostname) result.add(ing.hostname);
  }
  let r = sortGoStrings(result).join(',');
  if (!wide && r.length > LOAD_BALANCER_WIDTH) r = `${r.slice(0, LOAD_BALANCER_WIDTH - 3)}...`;
  return r;
}

/** getServiceExternalIP: the EXTERNAL-IP cell for each service type. */
export function serviceExternalIP(svc: Service, wide: boolean): string {
  const externalIPs = svc.spec.externalIPs ?? [];
  switch (svc.spec.type) {
    case 'ClusterIP':
    case 'NodePort':
      return externalIPs.length > 0 ? externalIPs.join(',') : '<none>';
    case 'LoadBalancer': {
      const lbIps = loadBalancerStatusString(svc, wide);
      if (externalIPs.length > 0) {
        const results = lbIps.length > 0 ? lbIps.split(',') : [];
        return [...results, ...externalIPs].join(',');
      }
      return lbIps.length > 0 ? lbIps : '<pending>';
    }
    case 'ExternalName':
      return svc.spec.externalName ?? '';
    default:
      return '<unknown>';
  }
}

/** makePortString: `80/TCP`, or `80:30080/TCP` with a node port, comma-joined. */
export function makePortString(ports: ServicePort[] | undefined): string {
  return (ports ?? [])
    .map((p) => (p.nodePort && p.nodePort > 0 ? `${p.port}:${p.nodePort}/${p.protocol ?? ''}` : `${p.port}/${p.protocol ?? ''}`))
    .join(',');
}

export const serviceTable: TableHandler<Service> = {
  columns: [
    column('Name', 'string', DOCS.metaName, { format: 'name' }),
    column('Type', 'string', DOCS.serviceSpecType),
    column('Cluster-IP', 'string', DOCS.serviceSpecClusterIP),
    column('External-IP', 'string', DOCS.serviceSpecExternalIPs),
    column('Port(s)', 'string', DOCS.serviceSpecPorts),
    column('Age', 'string', DOCS.metaCreationTimestamp),
    column('Selector', 'string', DOCS.serviceSpecSelector, { priority: 1 }),
  ],
  cells(svc, now) {
    const ports = makePortString(svc.spec.ports);
    return [
      svc.metadata.name,
      svc.spec.type ?? '',
      svc.spec.clusterIPs?.[0] ?? '<none>',
      // The API server always generates rows with Wide: true, so the load balancer list is never cut.
      serviceExternalIP(svc, true),
      ports.length === 0 ? '<none>' : ports,
      translateTimestampSince(svc.metadata.creationTimestamp, now),
      formatLabels(svc.spec.selector),
    ];
  },
};
