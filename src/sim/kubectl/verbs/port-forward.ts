// `kubectl port-forward TYPE/NAME [LOCAL:]REMOTE...`: listens on the lesson machine's loopback
// and forwards each connection into the pod's network namespace, printing what kubectl prints
// (`Forwarding from 127.0.0.1:8080 -> 80`, `Handling connection for 8080`). It runs until it is
// stopped (Ctrl-C, or killed at the end of the lesson) or its pod stops running.
// Follows staging/src/k8s.io/kubectl/pkg/cmd/portforward/portforward.go (port translation) and
// staging/src/k8s.io/client-go/tools/portforward/portforward.go (addresses, messages).
import { PODS } from '../../api/pods-type.js';
import type { Container, Pod, Service } from '../../api/types.js';
import type { Listener } from '../../runtime/http.js';
import type { Kubectl, VerbResult } from '../context.js';
import { plainError, usageError } from '../errors.js';
import type { FlagSpec } from '../flags.js';
import { objectForArg, podForObject } from './pod-for-object.js';


export const PORT_FORWARD_FLAGS: FlagSpec[] = [
  { name: 'address', type: 'strings' },
  { name: 'pod-running-timeout', type: 'duration' },
];

interface ForwardedPort {
  local: number;
  remote: number;
}

/** splitPort: `8080:80` -> [8080, 80]; `80` -> [80, 80]; `:80` -> ['', 80]. */
function splitPort(spec: string): [string, string] {
  const parts = spec.split(':');
  return parts.length === 2 ? [parts[0] ?? '', parts[1] ?? ''] : [parts[0] ?? '', parts[0] ?? ''];
}

function containerPortByName(pod: Pod, name: string): number | undefined {
  const all: Container[] = pod.spec.containers;
  for (const c of all) for (const p of c.ports ?? []) if (p.name === name) return p.containerPort;
  return undefined;
}

/** translateServicePortToTargetPort. */
function serviceTargets(specs: string[], svc: Service, pod: Pod): string[] {
  return specs.map((spec) => {
    let [local, remote] = splitPort(spec);
    let portnum = /^\d+$/.test(remote) ? Number(remote) : undefined;
    if (portnum === undefined) {
      const named = svc.spec.ports?.find((p) => p.name === remote);
      if (!named) throw plainError(`Service '${svc.metadata.name}' does not have a named port '${remote}'`);
      portnum = named.port;
      if (local === remote) local = String(portnum);
    }
    const svcPort = svc.spec.ports?.find((p) => p.port === portnum);
    if (!svcPort) throw plainError(`Service ${svc.metadata.name} does not have a service port ${portnum}`);
    const target = svcPort.targetPort ?? svcPort.port;
    let container: number;
    if (typeof target === 'number') container = target;
    else if (/^\d+$/.test(target)) container = Number(target);
    else {
      const found = containerPortByName(pod, target);
      if (found === undefined) throw plainError(`Pod '${pod.metadata.name}' does not have a named port '${target}'`);
      container = found;
    }
    remote = String(container);
    return local !== remote ? `${local}:${remote}` : remote;
  });
}

/** convertPodNamedPortToNumber. */
function podTargets(specs: string[], pod: Pod): string[] {
  return specs.map((spec) => {
    const [local, remote] = splitPort(spec);
    if (remote === '') throw plainError('remote port cannot be empty');
    let port = remote;
    if (!/^\d+$/.test(remote)) {
      const found = containerPortByName(pod, remote);
      if (found === undefined) throw plainError(`Pod '${pod.metadata.name}' does not have a named port '${remote}'`);
      port = String(found);
    }
    return local !== remote ? `${local}:${port}` : port;
  });
}

/** parsePorts (client-go): `8080:80`, `80`, `:80` (a free local port). */
function parsePorts(specs: string[]): ForwardedPort[] {
  return specs.map((spec) => {
    const [localText, remoteText] = splitPort(spec);
    const remote = Number(remoteText);
    if (!/^\d+$/.test(remoteText) || remote === 0 || remote > 65535) throw plainError(`Error parsing remote port '${remoteText}': strconv.ParseUint: parsing "${remoteText}": invalid syntax`);
    if (localText === '') return { local: 0, remote };
    const local = Number(localText);
    if (!/^\d+$/.test(localText) || local > 65535) throw plainError(`Error parsing local port '${localText}': strconv.ParseUint: parsing "${localText}": invalid syntax`);
    return { local, remote };
  });
}

/** parseAddresses: `localhost` is 127.0.0.1 and ::1; anything else must be an IP. */
function parseAddresses(k: Kubectl): string[] {
  const given = (k.flags.values.get('address') as string[] | undefined) ?? ['localhost'];
  const out: string[] = [];
  for (const a of given) {
    if (a === 'localhost') out.push('127.0.0.1', '::1');
    else if (/^\d+\.\d+\.\d+\.\d+$/.test(a) || a.includes(':')) out.push(a);
    else throw plainError(`${a} is not a valid IP`);
  }
  return [...new Set(out)];
}

function hostPort(address: string, port: number): string {
  return address.includes(':') ? `[${address}]:${port}` : `${address}:${port}`;
}

export function* portForward(k: Kubectl): VerbResult {
  const args = k.flags.args;
  if (args.length < 2) throw usageError('port-forward', 'TYPE/NAME and list of ports are required for port-forward');
  const obj = objectForArg(k, args[0]!);
  const pod = yield* podForObject(k, args[0]!, 'exec');
  const specs = obj.kind === 'Service' ? serviceTargets(args.slice(1), obj as Service, pod) : podTargets(args.slice(1), pod);
  const current = k.cluster.api.get(PODS, pod.metadata.namespace, pod.metadata.name) as Pod;
  if (current.status.phase !== 'Running') throw plainError(`unable to forward port because pod is not running. Current status=${current.status.phase}`);
  const ports = parsePorts(specs);
  const addresses = parseAddresses(k);
  const host = k.cluster.host;
  const bound: [string, number][] = [];
  const running = (): boolean => {
    const now = k.cluster.api.view<Pod>(PODS, pod.metadata.namespace, pod.metadata.name);
    return now !== undefined && now.metadata.uid === pod.metadata.uid && now.status.phase === 'Running' && !now.metadata.deletionTimestamp;
  };
  try {
    for (const port of ports) {
      if (port.local === 0) port.local = host.freePort(addresses);
      const listener = forwarder(k, pod, port);
      const failed: string[] = [];
      for (const address of addresses) {
        if (host.bind(address, port.local, listener)) {
          bound.push([address, port.local]);
          k.out(`Forwarding from ${hostPort(address, port.local)} -> ${port.remote}\n`);
        } else {
          const family = address.includes(':') ? 'tcp6' : 'tcp4';
          failed.push(`unable to create listener: Error listen ${family} ${hostPort(address, port.local)}: bind: address already in use`);
        }
      }
      if (failed.length === addresses.length) {
        k.err(`Unable to listen on port ${port.local}: Listeners failed to create with the following errors: [${failed.join(' ')}]\n`);
      }
    }
    if (bound.length === 0) throw plainError(`unable to listen on any of the requested ports: [${ports.map((p) => `{${p.local} ${p.remote}}`).join(' ')}]`);
    // The forwarding session ends when the pod stops running.
    yield { kind: 'wait', ready: () => !running(), deadline: Number.POSITIVE_INFINITY };
    throw plainError('lost connection to pod');
  } finally {
    for (const [address, port] of bound) host.unbind(address, port);
  }
}

/** A connection to the local port: kubectl says so, and the pod's own loopback answers. */
function forwarder(k: Kubectl, pod: Pod, port: ForwardedPort): Listener {
  return {
    serve(request, now) {
      k.out(`Handling connection for ${port.local}\n`);
      const current = k.cluster.api.view<Pod>(PODS, pod.metadata.namespace, pod.metadata.name);
      const listener = current?.status.podIP ? k.cluster.network.listener(current.status.podIP, port.remote) : undefined;
      if (!listener) {
        // kubectl logs a klog error with the node's netns details here, and the client sees the
        // connection closed; the simulator says what it does not model instead.
        k.err(`kindling: a port-forward connection to a port nothing listens on (pod ${pod.metadata.name}, port ${port.remote}) is not modelled by the simulator\n`);
        return { status: 0, statusText: '', body: '', headers: {} };
      }
      return listener.serve({ ...request, clientIP: '127.0.0.1' }, now);
    },
  };
}
