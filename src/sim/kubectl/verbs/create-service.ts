// `kubectl create service clusterip|externalname|loadbalancer|nodeport NAME [--tcp=port[:targetPort]]`
// (create_service.go): a Service selecting app=NAME, one TCP port per --tcp.
import { typeForKind } from '../../api/resources.js';
import type { Kubectl } from '../context.js';
import { plainError } from '../errors.js';
import { flagStrings } from '../flags.js';
import { imperativeMeta, nameFromArgs, type Imperative } from './create-imperative.js';

export const SERVICE_TYPES: Record<string, string> = { clusterip: 'ClusterIP', externalname: 'ExternalName', loadbalancer: 'LoadBalancer', nodeport: 'NodePort' };

export function createService(k: Kubectl, sub: string, args: string[]): Imperative {
  const name = nameFromArgs(k, `service ${sub}`, args);
  const svcType = SERVICE_TYPES[sub]!;
  const tcp = flagStrings(k.flags, 'tcp');
  if (tcp.length === 0 && svcType !== 'ExternalName') throw plainError('at least one tcp port specifier must be provided');
  const ports = tcp.map((spec) => {
    const [port, target] = spec.split(':');
    return { name: spec.replace(/:/g, '-'), port: Number(port), protocol: 'TCP', targetPort: Number(target ?? port) };
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
