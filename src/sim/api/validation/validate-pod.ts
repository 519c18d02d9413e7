// ValidatePodCreate, reduced to what lessons meet, with the API server's exact field paths and
// messages (pkg/apis/core/validation/validation.go, v1.32).
import { duplicate, forbidden, invalid, notSupported, required, type FieldError } from '../field-errors.js';
import type { Container, Pod, Probe } from '../types.js';
import { dns1123LabelProblems, dns1123SubdomainProblems } from './names.js';
import { validateObjectMeta } from './object-meta.js';
import { validateOverhead } from './validate-overhead.js';

const NOT_FOR_INIT = 'may not be set for init containers without restartPolicy=Always';

function validateProbe(probe: Probe | undefined, path: string): FieldError[] {
  if (!probe) return [];
  const errs: FieldError[] = [];
  const handlers = [probe.exec, probe.httpGet, probe.tcpSocket, probe.grpc].filter((h) => h !== undefined);
  if (handlers.length === 0) errs.push(required(path, 'must specify a handler type'));
  else if (handlers.length > 1) errs.push(forbidden(path, 'may not specify more than 1 handler type'));
  for (const [key, value] of [
    ['initialDelaySeconds', probe.initialDelaySeconds],
    ['timeoutSeconds', probe.timeoutSeconds],
    ['periodSeconds', probe.periodSeconds],
    ['successThreshold', probe.successThreshold],
    ['failureThreshold', probe.failureThreshold],
  ] as const) {
    if (value !== undefined && value < 0) errs.push(invalid(`${path}.${key}`, value, 'must be greater than or equal to 0'));
  }
  return errs;
}

function validatePorts(c: Container, path: string): FieldError[] {
  const errs: FieldError[] = [];
  (c.ports ?? []).forEach((p, i) => {
    const pp = `${path}.ports[${i}]`;
    if (!p.containerPort) errs.push(required(`${pp}.containerPort`, ''));
    else if (p.containerPort < 1 || p.containerPort > 65535) errs.push(invalid(`${pp}.containerPort`, p.containerPort, 'must be between 1 and 65535, inclusive'));
    if (p.protocol !== undefined && !['SCTP', 'TCP', 'UDP'].includes(p.protocol)) errs.push(notSupported(`${pp}.protocol`, p.protocol, ['SCTP', 'TCP', 'UDP']));
  });
  return errs;
}

function validateContainerCommon(c: Container, volumes: Set<string>, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (!c.name) errs.push(required(`${path}.name`, ''));
  else for (const p of dns1123LabelProblems(c.name)) errs.push(invalid(`${path}.name`, c.name, p));
  if (!c.image) errs.push(required(`${path}.image`, ''));
  errs.push(...validatePorts(c, path));
  (c.env ?? []).forEach((e, i) => {
    if (!e.name) errs.push(required(`${path}.env[${i}].name`, ''));
  });
  const mountPaths = new Set<string>();
  (c.volumeMounts ?? []).forEach((m, i) => {
    const mp = `${path}.volumeMounts[${i}]`;
    if (!m.name) errs.push(required(`${mp}.name`, ''));
    else if (!volumes.has(m.name)) errs.push({ type: 'Not found', field: `${mp}.name`, badValue: m.name });
    if (!m.mountPath) errs.push(required(`${mp}.mountPath`, ''));
    else if (mountPaths.has(m.mountPath)) errs.push(invalid(`${mp}.mountPath`, m.mountPath, 'must be unique'));
    mountPaths.add(m.mountPath);
  });
  if (c.imagePullPolicy !== undefined && !['Always', 'IfNotPresent', 'Never'].includes(c.imagePullPolicy)) {
    errs.push(notSupported(`${path}.imagePullPolicy`, c.imagePullPolicy, ['Always', 'IfNotPresent', 'Never']));
  }
  return errs;
}

/** The spec checks, in ValidatePodSpec's order: volumes, containers, init containers, policies. */
export function validatePodSpec(pod: Pod, base = 'spec'): FieldError[] {
  const spec = pod.spec;
  const errs: FieldError[] = [];
  const volumes = new Set<string>();
  (spec.volumes ?? []).forEach((v, i) => {
    const vp = `${base}.volumes[${i}]`;
    if (!v.name) errs.push(required(`${vp}.name`, ''));
    else if (volumes.has(v.name)) errs.push(duplicate(`${vp}.name`, v.name));
    else for (const p of dns1123LabelProblems(v.name)) errs.push(invalid(`${vp}.name`, v.name, p));
    volumes.add(v.name);
  });

  const containers = spec.containers ?? [];
  const names = new Set<string>();
  if (containers.length === 0) errs.push(required(`${base}.containers`, ''));
  containers.forEach((c, i) => {
    const path = `${base}.containers[${i}]`;
    errs.push(...validateContainerCommon(c, volumes, path));
    if (names.has(c.name)) errs.push(duplicate(`${path}.name`, c.name));
    else names.add(c.name);
    errs.push(...validateProbe(c.livenessProbe, `${path}.livenessProbe`));
    errs.push(...validateProbe(c.readinessProbe, `${path}.readinessProbe`));
    errs.push(...validateProbe(c.startupProbe, `${path}.startupProbe`));
    if (c.restartPolicy !== undefined) errs.push(forbidden(`${path}.restartPolicy`, 'may not be set for non-init containers'));
  });

  (spec.initContainers ?? []).forEach((c, i) => {
    const path = `${base}.initContainers[${i}]`;
    errs.push(...validateContainerCommon(c, volumes, path));
    let sidecar = false;
    if (c.restartPolicy !== undefined) {
      if (c.restartPolicy !== 'Always') errs.push(notSupported(`${path}.restartPolicy`, c.restartPolicy, ['Always']));
      sidecar = c.restartPolicy === 'Always';
    }
    if (names.has(c.name)) errs.push(duplicate(`${path}.name`, c.name));
    else if (c.name) names.add(c.name);
    if (sidecar) {
      errs.push(...validateProbe(c.livenessProbe, `${path}.livenessProbe`));
      errs.push(...validateProbe(c.readinessProbe, `${path}.readinessProbe`));
      errs.push(...validateProbe(c.startupProbe, `${path}.startupProbe`));
    } else {
      if (c.lifecycle !== undefined) errs.push(forbidden(`${path}.lifecycle`, NOT_FOR_INIT));
      if (c.livenessProbe !== undefined) errs.push(forbidden(`${path}.livenessProbe`, NOT_FOR_INIT));
      if (c.readinessProbe !== undefined) errs.push(forbidden(`${path}.readinessProbe`, NOT_FOR_INIT));
      if (c.startupProbe !== undefined) errs.push(forbidden(`${path}.startupProbe`, NOT_FOR_INIT));
    }
  });

  const rp = spec.restartPolicy;
  if (rp === '') errs.push(required(`${base}.restartPolicy`, ''));
  else if (rp !== undefined && !['Always', 'OnFailure', 'Never'].includes(rp)) {
    errs.push(notSupported(`${base}.restartPolicy`, rp, ['Always', 'OnFailure', 'Never']));
  }
  const dp = spec.dnsPolicy;
  if (dp !== undefined && !['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None'].includes(dp)) {
    errs.push(notSupported(`${base}.dnsPolicy`, dp, ['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None']));
  }
  if (spec.terminationGracePeriodSeconds !== undefined && spec.terminationGracePeriodSeconds < 0) {
    errs.push(invalid(`${base}.terminationGracePeriodSeconds`, spec.terminationGracePeriodSeconds, 'must be greater than or equal to 0'));
  }
  if (spec.activeDeadlineSeconds !== undefined && spec.activeDeadlineSeconds <= 0) {
    errs.push(invalid(`${base}.activeDeadlineSeconds`, spec.activeDeadlineSeconds, 'must be between 1 and 2147483647, inclusive'));
  }
  if (spec.runtimeClassName !== undefined) {
    for (const p of dns1123SubdomainProblems(spec.runtimeClassName)) errs.push(invalid(`${base}.runtimeClassName`, spec.runtimeClassName, p));
  }
  errs.push(...validateOverhead(spec.overhead, `${base}.overhead`));
  return errs;
}

/** ValidatePodCreate: metadata, then spec. */
export function validatePodCreate(pod: Pod): FieldError[] {
  return [...validateObjectMeta(pod.metadata, true, dns1123SubdomainProblems), ...validatePodSpec(pod)];
}
