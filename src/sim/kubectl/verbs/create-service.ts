// `kubectl create service clusterip|externalname|loadbalancer|nodeport NAME [--tcp=port[:targetPort]]`
// (create_service.go): a Service selecting app=NAME, one TCP port per --tcp.
import { typeForKind } from '../../api/resources.js';
import type { Kubectl } from '../context.js';
import { plainError } from '../errors.js';
import { flagInt, flagStrings } from '../flags.js';
import { imperativeMeta, nameFromArgs, type Imperative } from './create-imperative.js';

export const SERVICE_TYPES: Record<string, string> = { clusterip: 'ClusterIP', externalname: 'ExternalName', loadbalancer: 'LoadBalancer', nodeport: 'NodePort' };

/** strconv.ParseUint(text, 10, bits)'s value or its error text. */
function parseUint(text: string, bits: number): number {
  if (!/^\d+$/.test(text)) throw plainError(`strconv.ParseUint: parsing ${JSON.stringify(text)}: invalid syntax`);
  const n = Number(text);
  if (n >= 2 ** bits) throw plainError(`strconv.ParseUint: parsing ${JSON.stringify(text)}: value out of range`);
  return n;
}

/** validation.IsValidPortName's complaints, joined as parsePorts joins them. */
function portNameErrors(name: string): string[] {
  const errs: string[] = [];
  if (name.length > 15) errs.push('must be no more than 15 characters');
  if (!/^[-a-z0-9]+$/.test(name)) errs.push('must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)');
  if (!/[a-z]/.test(name)) errs.push('must contain at least one letter (a-z)');
  if (name.includes('--')) errs.push('must not contain consecutive hyphens');
  if (name.length > 0 && (name.startsWith('-') || name.endsWith('-'))) errs.push('must not begin or end with a hyphen');
  return errs;
}

/** create_service.go's parsePorts: `port[:targetPort]`, the target a number or a port name. */
function parsePorts(spec: string): [number, number | string] {
  const parts = spec.split(':');
  const port = parseUint(parts[0]!, 16); // utilsnet.ParsePort(s, true): zero allowed
  if (parts.length === 1) return [port, port];
  const target = parts[1]!;
  if (!/^[+-]?\d+$/.test(target)) {
    const errs = portNameErrors(target);
    if (errs.length > 0) throw plainError(errs.join(','));
    return [port, target];
  }
  const n = Number(target);
  if (n < 1 || n > 65535) throw plainError('must be between 1 and 65535, inclusive');
  return [port, n];
}

export function createService(k: Kubectl, sub: string, args: string[]): Imperative {
  const name = nameFromArgs(k, `service ${sub}`, args);
  const svcType = SERVICE_TYPES[sub]!;
  const tcp = flagStrings(k.flags, 'tcp');
  if (tcp.length === 0 && svcType !== 'ExternalName') throw plainError('at least one tcp port specifier must be provided');
  // ServiceOptions: --node-port sets every port's nodePort (0: the API server picks one).
  const nodePort = svcType === 'NodePort' ? flagInt(k.flags, 'node-port', 0) : 0;
  const ports = tcp.map((spec) => {
    const [port, target] = parsePorts(spec);
    return { name: spec.replace(/:/g, '-'), port, protocol: 'TCP', targetPort: target, ...(nodePort !== 0 ? { nodePort } : {}) };
  });
  return {
    type: typeForKind('Service', 'v1')!,
    obj: {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { ...imperativeMeta(k, name), labels: { app: name } },
      spec: { ports, selector: { app: name }, type: svcType },
      status: { loadBalancer: {} },
    },
    failure: `failed to create ${svcType} service: `,
  };
}
