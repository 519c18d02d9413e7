// Services: defaults (type, ports, IP families), ClusterIP and NodePort allocation, validation.
import { duplicate, invalid, notSupported, required, RenderedValue, type FieldError } from '../field-errors.js';
import { invalidObject } from '../status-error.js';
import type { Service, ServicePort } from '../types.js';
import { dns1035LabelProblems } from '../validation/names.js';
import { validateObjectMeta } from '../validation/object-meta.js';
import type { Strategy, StrategyContext } from './types.js';

const TYPES = ['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort'];

function defaultService(svc: Service): void {
  const spec = svc.spec;
  spec.type ??= 'ClusterIP';
  spec.sessionAffinity ??= 'None';
  for (const p of spec.ports ?? []) {
    p.protocol ??= 'TCP';
    if (p.targetPort === undefined || p.targetPort === 0 || p.targetPort === '') p.targetPort = p.port;
  }
  if (spec.type === 'NodePort' || spec.type === 'LoadBalancer') spec.externalTrafficPolicy ??= 'Cluster';
  if (spec.type === 'LoadBalancer') spec.allocateLoadBalancerNodePorts ??= true;
  if (spec.type !== 'ExternalName') spec.internalTrafficPolicy ??= 'Cluster';
  svc.status = { loadBalancer: {} };
}

/** Go's %#v of a ServicePort, for the duplicate-port message. */
function goServicePort(p: ServicePort): RenderedValue {
  const target =
    typeof p.targetPort === 'string'
      ? `intstr.IntOrString{Type:1, IntVal:0, StrVal:"${p.targetPort}"}`
      : `intstr.IntOrString{Type:0, IntVal:${p.targetPort ?? 0}, StrVal:""}`;
  return new RenderedValue(
    `core.ServicePort{Name:"${p.name ?? ''}", Protocol:"${p.protocol}", AppProtocol:(*string)(nil), Port:${p.port}, TargetPort:${target}, NodePort:${p.nodePort ?? 0}}`,
  );
}

export function validateService(svc: Service): FieldError[] {
  const errs = validateObjectMeta(svc.metadata, true, dns1035LabelProblems);
  const spec = svc.spec;
  if (spec.type !== undefined && !TYPES.includes(spec.type)) errs.push(notSupported('spec.type', spec.type, TYPES));
  const ports = spec.ports ?? [];
  const headless = spec.clusterIP === 'None';
  if (spec.type !== 'ExternalName' && !headless && ports.length === 0) errs.push(required('spec.ports', ''));
  if (spec.type === 'ExternalName' && !spec.externalName) errs.push(required('spec.externalName', ''));
  const seen = new Set<string>();
  const names = new Set<string>();
  ports.forEach((p, i) => {
    const pp = `spec.ports[${i}]`;
    if (ports.length > 1 && !p.name) errs.push(required(`${pp}.name`, ''));
    if (p.name) {
      if (names.has(p.name)) errs.push(duplicate(`${pp}.name`, p.name));
      names.add(p.name);
    }
    if (!p.port) errs.push(required(`${pp}.port`, ''));
    else if (p.port < 1 || p.port > 65535) errs.push(invalid(`${pp}.port`, p.port, 'must be between 1 and 65535, inclusive'));
    if (!['SCTP', 'TCP', 'UDP'].includes(p.protocol)) errs.push(notSupported(`${pp}.protocol`, p.protocol, ['SCTP', 'TCP', 'UDP']));
    if (typeof p.targetPort === 'number' && (p.targetPort < 1 || p.targetPort > 65535)) {
      errs.push(invalid(`${pp}.targetPort`, p.targetPort, 'must be between 1 and 65535, inclusive'));
    }
    const key = `${p.port}/${p.protocol}`;
    if (seen.has(key)) errs.push({ type: 'Duplicate value', field: pp, badValue: goServicePort(p) });
    seen.add(key);
  });
  if (spec.sessionAffinity !== undefined && !['ClientIP', 'None'].includes(spec.sessionAffinity)) {
    errs.push(notSupported('spec.sessionAffinity', spec.sessionAffinity, ['ClientIP', 'None']));
  }
  return errs;
}

function allocate(svc: Service, ctx: StrategyContext): void {
  const spec = svc.spec;
  if (spec.type === 'ExternalName') return;
  if (spec.clusterIP === 'None') {
    spec.clusterIPs = ['None'];
  } else {
    const ip = ctx.allocateClusterIP(spec.clusterIP || undefined);
    if (ip === undefined) {
      throw invalidObject('Service', '', svc.metadata.name, [
        invalid('spec.clusterIPs', spec.clusterIP ?? '', `failed to allocate IP ${spec.clusterIP}: provided IP is already allocated`),
      ]);
    }
    spec.clusterIP = ip;
    spec.clusterIPs = [ip];
  }
  spec.ipFamilies = ['IPv4'];
  spec.ipFamilyPolicy ??= 'SingleStack';
  if (spec.type === 'NodePort' || spec.type === 'LoadBalancer') {
    for (const [i, p] of (spec.ports ?? []).entries()) {
      // portallocator: a port asked for outside the range is ErrNotInRange, a taken one ErrAllocated.
      if (p.nodePort && (p.nodePort < 30000 || p.nodePort > 32767)) {
        throw invalidObject('Service', '', svc.metadata.name, [invalid(`spec.ports[${i}].nodePort`, p.nodePort, 'provided port is not in the valid range. The range of valid ports is 30000-32767')]);
      }
      const port = ctx.allocateNodePort(p.nodePort || undefined);
      if (port === undefined) {
        throw invalidObject('Service', '', svc.metadata.name, [invalid(`spec.ports[${i}].nodePort`, p.nodePort ?? 0, 'provided port is already allocated')]);
      }
      p.nodePort = port;
    }
  }
}

export const serviceStrategy: Strategy<Service> = {
  nameProblems: dns1035LabelProblems,
  prepareForCreate(svc) {
    defaultService(svc);
  },
  validate: validateService,
  allocate,
  prepareForUpdate(next, old) {
    defaultService(next);
    next.status = old.status;
    if (!next.spec.clusterIP && old.spec.clusterIP) next.spec.clusterIP = old.spec.clusterIP;
    if (!next.spec.clusterIPs && old.spec.clusterIPs) next.spec.clusterIPs = old.spec.clusterIPs;
    next.spec.ipFamilies ??= old.spec.ipFamilies ?? ['IPv4'];
    next.spec.ipFamilyPolicy ??= old.spec.ipFamilyPolicy ?? 'SingleStack';
    (next.spec.ports ?? []).forEach((p, i) => {
      const was = old.spec.ports?.find((o) => o.port === p.port && o.protocol === p.protocol) ?? old.spec.ports?.[i];
      if (p.nodePort === undefined && was?.nodePort !== undefined && (next.spec.type === 'NodePort' || next.spec.type === 'LoadBalancer')) p.nodePort = was.nodePort;
    });
  },
  validateUpdate(next, old) {
    const errs = validateService(next);
    if (old.spec.clusterIP && next.spec.clusterIP !== old.spec.clusterIP && old.spec.clusterIP !== 'None') {
      errs.push(invalid('spec.clusterIPs[0]', next.spec.clusterIP ?? '', 'may not change once set'));
    }
    return errs;
  },
  afterDelete(svc, ctx) {
    if (svc.spec.clusterIP && svc.spec.clusterIP !== 'None') ctx.releaseClusterIP(svc.spec.clusterIP);
    for (const p of svc.spec.ports ?? []) if (p.nodePort) ctx.releaseNodePort(p.nodePort);
  },
};
