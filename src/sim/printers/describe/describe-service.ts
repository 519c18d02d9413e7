// describeService (describe.go, 1.32): the service's addresses and ports, with each port's
// ready endpoints taken from the service's EndpointSlices.
import type { EndpointSlice, Event, Service } from '../../api/types.js';
import { joinHostPort } from '../tables/join-host-port.js';
import { formatLabels } from '../../api/labels.js';
import { describeEvents } from './events.js';
import { printAnnotationsMultiline, printLabelsMultiline } from './multiline.js';
import type { DescribeOptions } from './describe-pod.js';
import { LEVEL_0 } from './prefix-writer.js';
import { tabbedString } from './tabbed-string.js';

/** formatEndpointSlices: ready endpoints of the given port names as `ip:port`, three at most. */
export function formatEndpointSlices(slices: readonly EndpointSlice[], ports?: ReadonlySet<string>): string {
  if (slices.length === 0) return '<none>';
  const list: string[] = [];
  const max = 3;
  let more = false;
  let count = 0;
  for (const slice of slices) {
    const endpoints = slice.endpoints ?? [];
    const slicePorts = slice.ports ?? [];
    if (slicePorts.length === 0) {
      // Headless services may have no ports.
      for (const ep of endpoints) {
        if (list.length === max) more = true;
        if (ep.conditions?.ready === false) continue;
        if (!more) list.push(ep.addresses?.[0] ?? '');
        count++;
      }
      continue;
    }
    for (const port of slicePorts) {
      if (ports !== undefined && !ports.has(port.name ?? '')) continue;
      for (const ep of endpoints) {
        if (list.length === max) more = true;
        const addr = ep.addresses?.[0] ?? '';
        if (ep.conditions?.ready === false) continue;
        if (!more) list.push(joinHostPort(addr, port.port));
        count++;
      }
    }
  }
  const ret = list.join(',');
  return more ? `${ret} + ${count - max} more...` : ret;
}

type ServiceX = Service & { spec: Service['spec'] & { trafficDistribution?: string } };

function ingressString(svc: Service): string {
  return (svc.status?.loadBalancer?.ingress ?? [])
    .map((ing) => (ing.ip ? `${ing.ip}${ing.ipMode ? ` (${ing.ipMode})` : ''}` : (ing.hostname ?? '')))
    .join(', ');
}

/** `kubectl describe service`: the service, its EndpointSlices (labelled with its name) and events. */
export function describeService(
  service: Service,
  endpointSlices: readonly EndpointSlice[],
  events: readonly Event[],
  options: DescribeOptions,
): string {
  const svc = service as ServiceX;
  const spec = svc.spec;
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${svc.metadata.name}\n`);
    w.write(LEVEL_0, `Namespace:\t${svc.metadata.namespace ?? ''}\n`);
    printLabelsMultiline(w, 'Labels', svc.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', svc.metadata.annotations);
    w.write(LEVEL_0, `Selector:\t${formatLabels(spec.selector)}\n`);
    w.write(LEVEL_0, `Type:\t${spec.type ?? ''}\n`);
    if (spec.ipFamilyPolicy !== undefined && spec.ipFamilyPolicy !== null) w.write(LEVEL_0, `IP Family Policy:\t${spec.ipFamilyPolicy}\n`);
    const families = spec.ipFamilies ?? [];
    w.write(LEVEL_0, `IP Families:\t${families.length > 0 ? families.join(',') : '<none>'}\n`);
    w.write(LEVEL_0, `IP:\t${spec.clusterIP ?? ''}\n`);
    const ips = spec.clusterIPs ?? [];
    w.write(LEVEL_0, `IPs:\t${ips.length > 0 ? ips.join(',') : '<none>'}\n`);
    if ((spec.externalIPs ?? []).length > 0) w.write(LEVEL_0, `External IPs:\t${(spec.externalIPs ?? []).join(',')}\n`);
    if (spec.loadBalancerIP) w.write(LEVEL_0, `Desired LoadBalancer IP:\t${spec.loadBalancerIP}\n`);
    if (spec.externalName) w.write(LEVEL_0, `External Name:\t${spec.externalName}\n`);
    if ((svc.status?.loadBalancer?.ingress ?? []).length > 0) w.write(LEVEL_0, `LoadBalancer Ingress:\t${ingressString(svc)}\n`);
    for (const sp of spec.ports ?? []) {
      const name = sp.name ? sp.name : '<unset>';
      const protocol = sp.protocol ?? '';
      w.write(LEVEL_0, `Port:\t${name}\t${sp.port}/${protocol}\n`);
      const target = sp.targetPort ?? 0;
      w.write(LEVEL_0, `TargetPort:\t${target}/${protocol}\n`);
      if (sp.nodePort) w.write(LEVEL_0, `NodePort:\t${name}\t${sp.nodePort}/${protocol}\n`);
      w.write(LEVEL_0, `Endpoints:\t${formatEndpointSlices(endpointSlices, new Set([sp.name ?? '']))}\n`);
    }
    w.write(LEVEL_0, `Session Affinity:\t${spec.sessionAffinity ?? ''}\n`);
    if (spec.externalTrafficPolicy) w.write(LEVEL_0, `External Traffic Policy:\t${spec.externalTrafficPolicy}\n`);
    if (spec.internalTrafficPolicy !== undefined && spec.internalTrafficPolicy !== null) {
      w.write(LEVEL_0, `Internal Traffic Policy:\t${spec.internalTrafficPolicy}\n`);
    }
    if (spec.healthCheckNodePort) w.write(LEVEL_0, `HealthCheck NodePort:\t${spec.healthCheckNodePort}\n`);
    if ((spec.loadBalancerSourceRanges ?? []).length > 0) {
      w.write(LEVEL_0, `LoadBalancer Source Ranges:\t${(spec.loadBalancerSourceRanges ?? []).join(',')}\n`);
    }
    if (spec.trafficDistribution) w.write(LEVEL_0, `Traffic Distribution:\t${spec.trafficDistribution}\n`);
    if (options.showEvents !== false) describeEvents(events, w, options.now);
  });
}
