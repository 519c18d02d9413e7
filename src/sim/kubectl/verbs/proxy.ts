// `kubectl proxy [--port=8001] [--address=127.0.0.1]`: serves the API server on the lesson
// machine's loopback (see ../proxy-routes.ts) until it is stopped. Follows
// staging/src/k8s.io/kubectl/pkg/cmd/proxy/proxy.go (flags, the "Starting to serve" line).
import type { Kubectl, VerbResult } from '../context.js';
import { plainError, usageError } from '../errors.js';
import { flagString, type FlagSpec } from '../flags.js';
import { serveThroughProxy } from '../proxy-routes.js';

export const PROXY_FLAGS: FlagSpec[] = [
  { name: 'port', short: 'p', type: 'string' },
  { name: 'address', type: 'string' },
  { name: 'accept-hosts', type: 'string' },
  { name: 'api-prefix', type: 'string' },
];

export function* proxy(k: Kubectl): VerbResult {
  if (k.flags.args.length > 0) throw usageError('proxy', `unknown command "${k.flags.args[0]}" for "kubectl proxy"`);
  const portText = flagString(k.flags, 'port') ?? '8001';
  if (!/^\d+$/.test(portText)) throw plainError(`invalid argument "${portText}" for "-p, --port" flag: strconv.ParseInt: parsing "${portText}": invalid syntax`);
  const address = flagString(k.flags, 'address') ?? '127.0.0.1';
  const prefix = flagString(k.flags, 'api-prefix') ?? '/';
  if (prefix !== '/') throw plainError('kindling: kubectl proxy --api-prefix is not modelled by the simulator');
  const host = k.cluster.host;
  const port = Number(portText) === 0 ? host.freePort([address]) : Number(portText);
  const listener = { serve: (request: Parameters<typeof serveThroughProxy>[1], now: number) => serveThroughProxy(k.cluster, request, now) };
  if (!host.bind(address, port, listener)) throw plainError(`listen tcp ${address}:${port}: bind: address already in use`);
  try {
    k.out(`Starting to serve on ${address.includes(':') ? `[${address}]` : address}:${port}\n`);
    yield { kind: 'wait', ready: () => false, deadline: Number.POSITIVE_INFINITY };
    return 0;
  } finally {
    host.unbind(address, port);
  }
}
