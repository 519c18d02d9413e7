// The environment a container's process starts with: the image's ENV, HOSTNAME, the pod's own
// variables (values, field refs, ConfigMap and Secret keys), the service links the kubelet adds,
// and HOME, in the order `env` shows them in a real container.
import { base64Decode } from '../api/strategies/generic-strategy.js';
import { fieldRefValue, resourceFieldValue } from './downward-api.js';
import type { ConfigMap, Container, Pod, Secret, Service } from '../api/types.js';

/** A Service name as an environment variable prefix: `my-svc` -> `MY_SVC`. */
export function envPrefix(name: string): string {
  const upper = name.toUpperCase().replace(/[-.]/g, '_');
  return /^\d/.test(upper) ? `_${upper}` : upper;
}

/** envvars.FromServices: the `<SVC>_SERVICE_HOST`, `<SVC>_PORT_80_TCP...` variables of each service. */
export function serviceLinkVariables(services: Service[]): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const svc of services) {
    const ip = svc.spec.clusterIP;
    const ports = svc.spec.ports ?? [];
    if (!ip || ip === 'None' || ports.length === 0) continue;
    const prefix = envPrefix(svc.metadata.name);
    out.push([`${prefix}_SERVICE_HOST`, ip]);
    out.push([`${prefix}_SERVICE_PORT`, String(ports[0]!.port)]);
    for (const p of ports) if (p.name) out.push([`${prefix}_SERVICE_PORT_${envPrefix(p.name)}`, String(p.port)]);
    const first = ports[0]!;
    out.push([`${prefix}_PORT`, `${first.protocol.toLowerCase()}://${ip}:${first.port}`]);
    for (const p of ports) {
      const proto = p.protocol.toLowerCase();
      const base = `${prefix}_PORT_${p.port}_${p.protocol.toUpperCase()}`;
      out.push([base, `${proto}://${ip}:${p.port}`]);
      out.push([`${base}_PROTO`, proto]);
      out.push([`${base}_PORT`, String(p.port)]);
      out.push([`${base}_ADDR`, ip]);
    }
  }
  return out;
}

export interface EnvSources {
  pod: Pod;
  imageEnv: string[];
  /** Services visible to the pod when the container starts (its namespace, plus default/kubernetes). */
  services: Service[];
  configMap(name: string): ConfigMap | undefined;
  secret(name: string): Secret | undefined;
  /** The node's allocatable resources: what a `limits.*` resourceFieldRef reads when the container sets no limit. */
  nodeAllocatable: Record<string, string>;
}

export interface EnvResult {
  env: Array<[string, string]>;
  /** Why the container cannot start (CreateContainerConfigError), if a required source is missing. */
  configError?: string;
}

/** Expands `$(VAR)` references against variables defined so far (`$$(X)` escapes). */
function expandRefs(value: string, defined: Map<string, string>): string {
  return value.replace(/\$\$|\$\(([A-Za-z_][A-Za-z0-9_.-]*)\)/g, (whole, name: string | undefined) => {
    if (whole === '$$') return '$';
    return name !== undefined && defined.has(name) ? defined.get(name)! : whole;
  });
}

/** The container's environment, in `env` order. */
export function containerEnvironment(container: Container, src: EnvSources): EnvResult {
  const result = new Map<string, string>();
  for (const kv of src.imageEnv) {
    const eq = kv.indexOf('=');
    result.set(kv.slice(0, eq), kv.slice(eq + 1));
  }
  result.set('HOSTNAME', src.pod.spec.hostname ?? src.pod.metadata.name);
  const links = serviceLinkVariables(src.services);
  const defined = new Map<string, string>(links);
  const ns = src.pod.metadata.namespace ?? 'default';
  for (const from of container.envFrom ?? []) {
    if (from.configMapRef) {
      const cm = src.configMap(from.configMapRef.name);
      if (!cm && !from.configMapRef.optional) return { env: [], configError: `configmap "${from.configMapRef.name}" not found` };
      for (const [k, v] of Object.entries(cm?.data ?? {})) {
        defined.set(`${from.prefix ?? ''}${k}`, v);
        result.set(`${from.prefix ?? ''}${k}`, v);
      }
    }
    if (from.secretRef) {
      const s = src.secret(from.secretRef.name);
      if (!s && !from.secretRef.optional) return { env: [], configError: `secret "${from.secretRef.name}" not found` };
      for (const [k, v] of Object.entries(s?.data ?? {})) {
        defined.set(`${from.prefix ?? ''}${k}`, base64Decode(v));
        result.set(`${from.prefix ?? ''}${k}`, base64Decode(v));
      }
    }
  }
  for (const e of container.env ?? []) {
    let value = '';
    if (e.value !== undefined) value = expandRefs(e.value, defined);
    else if (e.valueFrom?.fieldRef) value = fieldRefValue(src.pod, e.valueFrom.fieldRef.fieldPath);
    else if (e.valueFrom?.configMapKeyRef) {
      const ref = e.valueFrom.configMapKeyRef;
      const cm = src.configMap(ref.name);
      if (!cm) {
        if (!ref.optional) return { env: [], configError: `configmap "${ref.name}" not found` };
        continue;
      }
      if (cm.data?.[ref.key] === undefined) {
        if (!ref.optional) return { env: [], configError: `couldn't find key ${ref.key} in ConfigMap ${ns}/${ref.name}` };
        continue;
      }
      value = cm.data[ref.key]!;
    } else if (e.valueFrom?.secretKeyRef) {
      const ref = e.valueFrom.secretKeyRef;
      const s = src.secret(ref.name);
      if (!s) {
        if (!ref.optional) return { env: [], configError: `secret "${ref.name}" not found` };
        continue;
      }
      if (s.data?.[ref.key] === undefined) {
        if (!ref.optional) return { env: [], configError: `couldn't find key ${ref.key} in Secret ${ns}/${ref.name}` };
        continue;
      }
      value = base64Decode(s.data[ref.key]!);
    } else if (e.valueFrom?.resourceFieldRef) {
      value = resourceFieldValue(src.pod, container, e.valueFrom.resourceFieldRef, src.nodeAllocatable);
    }
    defined.set(e.name, value);
    result.delete(e.name);
    result.set(e.name, value);
  }
  if (src.pod.spec.enableServiceLinks !== false) {
    for (const [k, v] of links) if (!result.has(k)) result.set(k, v);
  } else {
    for (const [k, v] of links) if (k.startsWith('KUBERNETES_') && !result.has(k)) result.set(k, v);
  }
  if (!result.has('HOME')) result.set('HOME', '/root');
  return { env: [...result] };
}
