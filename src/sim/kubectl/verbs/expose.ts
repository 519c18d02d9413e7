// `kubectl expose (pod|deployment|replicaset|service) NAME --port=P [--target-port=T] [--name=N] [--type=T]`.
import { resolveResourceType, typeForKind } from '../../api/resources.js';
import type { Deployment, KubeObject, Pod, ReplicaSet, Service, ServicePort } from '../../api/types.js';
import type { Kubectl, VerbResult } from '../context.js';
import { formatErrors, plainError } from '../errors.js';
import { flagString, type FlagSpec } from '../flags.js';
import { NO_RESOURCES } from '../resource-args.js';
import { outputFormatOf, printOutput, TEMPLATE_FLAGS } from './output.js';
import { DRY_RUN_FLAG, dryRunStrategy } from './write-options.js';

export const EXPOSE_FLAGS: FlagSpec[] = [
  { name: 'port', type: 'string' },
  { name: 'target-port', type: 'string' },
  { name: 'name', type: 'string' },
  { name: 'type', type: 'string' },
  { name: 'protocol', type: 'string' },
  { name: 'selector', type: 'string' },
  { name: 'labels', short: 'l', type: 'string' },
  { name: 'external-ip', type: 'string' },
  { name: 'cluster-ip', type: 'string' },
  { name: 'output', short: 'o', type: 'string' },
  ...TEMPLATE_FLAGS,
  DRY_RUN_FLAG,
  { name: 'filename', short: 'f', type: 'strings' },
];

const SERVICES = typeForKind('Service', 'v1')!;

function selectorOf(obj: KubeObject): Record<string, string> | undefined {
  switch (obj.kind) {
    case 'Pod':
      return obj.metadata.labels;
    case 'Service':
      return (obj as Service).spec.selector;
    case 'Deployment':
    case 'ReplicaSet': {
      const sel = (obj as Deployment | ReplicaSet).spec.selector;
      if (sel.matchExpressions?.length) throw plainError(`couldn't convert expressions - "${JSON.stringify(sel.matchExpressions)}" to map-based selector format`);
      return sel.matchLabels;
    }
    default:
      return undefined;
  }
}

function portsOf(obj: KubeObject): ServicePort[] {
  if (obj.kind === 'Service') return ((obj as Service).spec.ports ?? []).map((p) => ({ ...p }));
  const spec = obj.kind === 'Pod' ? (obj as Pod).spec : (obj as Deployment).spec.template.spec;
  const ports = spec.containers.flatMap((c) => c.ports ?? []);
  return ports.map((p, i) => ({ ...(ports.length > 1 ? { name: p.name ?? `port-${i + 1}` } : {}), port: p.containerPort, protocol: p.protocol ?? 'TCP', targetPort: p.containerPort }));
}

export function* expose(k: Kubectl): VerbResult {
  const [typeArg, nameArg] = k.flags.args;
  if (!typeArg) throw plainError(NO_RESOURCES);
  let typeText = typeArg;
  let name = nameArg;
  if (typeArg.includes('/')) [typeText, name] = typeArg.split('/') as [string, string];
  const type = resolveResourceType(typeText);
  if (!type) throw plainError(`the server doesn't have a resource type "${typeText}"`);
  if (!name) throw plainError('resource(s) were provided, but no name was specified');
  if (!['Pod', 'Service', 'Deployment', 'ReplicaSet', 'ReplicationController'].includes(type.kind)) throw plainError(`cannot expose a ${type.kind}${type.group ? `.${type.group}` : ''}`);
  const obj = k.cluster.api.get(type, k.namespace, name);
  const selectorText = flagString(k.flags, 'selector');
  const selector = selectorText ? Object.fromEntries(selectorText.split(',').map((p) => p.split('=') as [string, string])) : selectorOf(obj);
  if (!selector || Object.keys(selector).length === 0) {
    throw plainError(`couldn't retrieve selectors via --selector flag or introspection: the ${type.kind.toLowerCase()} has no labels and cannot be exposed`);
  }
  let ports: ServicePort[];
  const portFlag = flagString(k.flags, 'port');
  const protocol = flagString(k.flags, 'protocol') ?? 'TCP';
  if (portFlag) {
    const nums = portFlag.split(',').map(Number);
    ports = nums.map((p, i) => ({ ...(nums.length > 1 ? { name: `port-${i + 1}` } : {}), port: p, protocol, targetPort: p }));
  } else {
    ports = portsOf(obj);
    if (ports.length === 0) throw plainError("couldn't find port via --port flag or introspection");
  }
  const target = flagString(k.flags, 'target-port');
  if (target !== undefined) for (const p of ports) p.targetPort = /^\d+$/.test(target) ? Number(target) : target;
  const svcName = flagString(k.flags, 'name') ?? name.slice(0, 63);
  const svcType = flagString(k.flags, 'type');
  const service: Service = {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: svcName, ...(obj.metadata.labels ? { labels: obj.metadata.labels } : {}) },
    spec: { ports, selector, ...(svcType ? { type: svcType } : {}), ...(flagString(k.flags, 'cluster-ip') ? { clusterIP: flagString(k.flags, 'cluster-ip')! } : {}) },
    status: { loadBalancer: {} },
  };
  const format = outputFormatOf(k, 'expose');
  const dry = dryRunStrategy(k);
  if (dry === 'client') {
    // The generated object, as kubectl holds it: a zero creationTimestamp prints as null.
    const shown = { ...service, metadata: { creationTimestamp: null as unknown as string, ...service.metadata } };
    if (format) printOutput(k, format, [shown]);
    else k.out(`service/${svcName} exposed (dry run)\n`);
    return 0;
  }
  try {
    const created = k.cluster.api.create(SERVICES, k.namespace, service, { dryRun: dry === 'server' });
    if (format) printOutput(k, format, [created]);
    else k.out(`service/${svcName} exposed${dry === 'server' ? ' (server dry run)' : ''}\n`);
  } catch (e) {
    k.err(formatErrors([{ error: e }]));
    return 1;
  }
  return 0;
}
