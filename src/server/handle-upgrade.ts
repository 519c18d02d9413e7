// Upgrade requests: `pods/{name}/exec` and `pods/{name}/attach` over WebSocket, as kubectl 1.32
// asks for them (subprotocol v5.channel.k8s.io, or v4), and `pods/{name}/portforward`: SPDY/3.1
// tunnelled in WebSocket binary messages (subprotocol SPDY/3.1+portforward.k8s.io, KEP-4006, the
// API server's streamtunnel.go) or, for the client's fallback, a plain SPDY/3.1 upgrade. What the API server checks before it
// upgrades (the pod, its node, the container) is answered as a plain HTTP Status, which kubectl
// prints as `Error from server (...)` once its SPDY fallback gets the same answer.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { badRequest, type Pod, type Status, StatusError, typeForKind } from '../sim/index.js';
import { runAttachSession } from './attach-session.js';
import { runExecSession } from './exec-session.js';
import { runPortForward, type ByteChannel } from './forward/portforward-session.js';
import { internalServerError, pathNotFound } from './respond.js';
import { parseResourcePath } from './resource-path.js';
import type { ServerContext } from './server-context.js';
import { openStreamSession, type StreamRequest, type StreamSession } from './stream-session.js';
import { acceptKey, OPCODE, WebSocketConnection } from './websocket.js';

const PODS = typeForKind('Pod', 'v1')!;
const PROTOCOLS = ['v5.channel.k8s.io', 'v4.channel.k8s.io'];
/** The port-forward protocol (portforward.k8s.io) with the SPDY tunnelling prefix. */
const PORTFORWARD_PROTOCOL = 'portforward.k8s.io';
const TUNNELED_PORTFORWARD = `SPDY/3.1+${PORTFORWARD_PROTOCOL}`;
/**
 * client-go creates its stream readers just after the handshake, racing its read loop, and drops
 * data for a stream it has not created yet. A real API server dials the kubelet first, so its
 * first bytes come a moment later; we wait a moment too.
 */
const START_DELAY_MS = 25;

type Runner = (ctx: ServerContext, session: StreamSession, request: StreamRequest) => void;

/** The streaming subresources, by name. */
const RUNNERS: Record<string, Runner> = { exec: runExecSession, attach: runAttachSession };

const REASONS: Record<number, string> = { 400: 'Bad Request', 404: 'Not Found', 405: 'Method Not Allowed', 500: 'Internal Server Error' };

/** Answers an upgrade request with an HTTP error (the handshake fails; the body is the Status). */
function refuse(socket: Duplex, status: Status): void {
  const body = `${JSON.stringify(status)}\n`;
  socket.end(`HTTP/1.1 ${status.code} ${REASONS[status.code] ?? 'Error'}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
}

/** The pod a `pods/{name}/portforward` request names, if it is one. */
function portForwardTarget(raw: IncomingMessage): { namespace: string; name: string } | undefined {
  const url = new URL(raw.url ?? '/', 'http://127.0.0.1');
  const segments = url.pathname.split('/').filter((s) => s !== '').map((s) => decodeURIComponent(s));
  const parsed = parseResourcePath(segments);
  if (parsed.kind !== 'target' || parsed.target.type !== PODS || parsed.target.subresource !== 'portforward') return undefined;
  const { namespace, name } = parsed.target;
  return namespace && name ? { namespace, name } : undefined;
}

/** What the API server checks before it upgrades; returns the runner and what it runs. */
function checkRequest(ctx: ServerContext, raw: IncomingMessage): { run: Runner; request: StreamRequest } {
  const url = new URL(raw.url ?? '/', 'http://127.0.0.1');
  const segments = url.pathname.split('/').filter((s) => s !== '').map((s) => decodeURIComponent(s));
  const parsed = parseResourcePath(segments);
  if (parsed.kind !== 'target' || parsed.target.type !== PODS || !parsed.target.namespace || !parsed.target.name) throw pathNotFound();
  const { namespace, name, subresource } = parsed.target;
  const run = RUNNERS[subresource ?? ''];
  if (!run) throw pathNotFound();
  const pod = ctx.cluster.api.get<Pod>(PODS, namespace, name);
  if (!pod.spec.nodeName) throw badRequest(`pod ${name} does not have a host assigned`);
  const container = url.searchParams.get('container') || pod.spec.containers[0]!.name;
  const all = [...pod.spec.containers, ...(pod.spec.initContainers ?? []), ...(pod.spec.ephemeralContainers ?? [])];
  if (!all.some((c) => c.name === container)) throw badRequest(`container ${container} is not valid for pod ${name}`);
  const command = url.searchParams.getAll('command');
  if (subresource === 'exec' && command.length === 0) throw badRequest('you must specify at least 1 command');
  const flag = (name: string) => url.searchParams.get(name) === 'true' || url.searchParams.get(name) === '1';
  return { run, request: { namespace, pod: name, container, command, stdin: flag('stdin'), tty: flag('tty') } };
}

/** `pods/{name}/portforward`: the pod (which must be on a node), then the tunnel or the SPDY upgrade. */
function upgradePortForward(ctx: ServerContext, raw: IncomingMessage, socket: Duplex, head: Buffer, namespace: string, name: string): void {
  const pod = ctx.cluster.api.get<Pod>(PODS, namespace, name);
  if (!pod.spec.nodeName) throw badRequest(`pod ${name} does not have a host assigned`);
  const upgrade = (raw.headers.upgrade ?? '').toLowerCase();
  const key = raw.headers['sec-websocket-key'];
  let channel: ByteChannel;
  if (upgrade === 'websocket' && typeof key === 'string') {
    const offered = (raw.headers['sec-websocket-protocol'] ?? '').split(',').map((p) => p.trim());
    if (!offered.includes(TUNNELED_PORTFORWARD)) {
      throw badRequest(`unable to upgrade: none of the offered subprotocols is supported (${TUNNELED_PORTFORWARD})`);
    }
    socket.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${acceptKey(key)}\r\nSec-WebSocket-Protocol: ${TUNNELED_PORTFORWARD}\r\n\r\n`);
    if (head.length > 0) socket.unshift(head);
    const ws = new WebSocketConnection(socket);
    channel = { send: (b) => ws.sendBinary(b), close: () => ws.close(1000), onData: () => {}, onClose: () => {} };
    ws.onMessage = (opcode, data) => (opcode === OPCODE.binary ? channel.onData(data) : ws.close(1003));
    ws.onClose = () => channel.onClose();
  } else if (upgrade === 'spdy/3.1') {
    const versions = String(raw.headers['x-stream-protocol-version'] ?? '').split(',').map((p) => p.trim());
    if (!versions.includes(PORTFORWARD_PROTOCOL)) throw badRequest(`unable to upgrade: unable to negotiate protocol: client supports ${JSON.stringify(versions)}, server supports ["${PORTFORWARD_PROTOCOL}"]`);
    socket.write(`HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\nUpgrade: SPDY/3.1\r\nX-Stream-Protocol-Version: ${PORTFORWARD_PROTOCOL}\r\n\r\n`);
    channel = { send: (b) => void (socket.writable && socket.write(b)), close: () => socket.destroy(), onData: () => {}, onClose: () => {} };
    socket.on('data', (b: Buffer) => channel.onData(b));
    socket.on('close', () => channel.onClose());
    socket.on('error', () => channel.onClose());
    if (head.length > 0) setImmediate(() => channel.onData(head));
  } else {
    throw badRequest('unable to upgrade: port forwarding needs a WebSocket (SPDY/3.1+portforward.k8s.io) or SPDY/3.1 upgrade');
  }
  runPortForward(ctx, channel, namespace, name);
}

/** Handles an HTTP upgrade request: checks, the WebSocket handshake, then the stream. */
export function handleUpgrade(ctx: ServerContext, raw: IncomingMessage, socket: Duplex, head: Buffer): void {
  ctx.clock.sync();
  const forward = portForwardTarget(raw);
  if (forward) {
    try {
      upgradePortForward(ctx, raw, socket, head, forward.namespace, forward.name);
    } catch (e) {
      refuse(socket, (e instanceof StatusError ? e : internalServerError(e)).status);
    }
    return;
  }
  let checked: ReturnType<typeof checkRequest>;
  try {
    checked = checkRequest(ctx, raw);
  } catch (e) {
    refuse(socket, (e instanceof StatusError ? e : internalServerError(e)).status);
    return;
  }
  const key = raw.headers['sec-websocket-key'];
  if ((raw.headers.upgrade ?? '').toLowerCase() !== 'websocket' || typeof key !== 'string') {
    refuse(socket, badRequest('the simulator serves exec and attach over WebSocket only (v5.channel.k8s.io or v4.channel.k8s.io)').status);
    return;
  }
  const offered = (raw.headers['sec-websocket-protocol'] ?? '').split(',').map((p) => p.trim());
  const protocol = PROTOCOLS.find((p) => offered.includes(p));
  if (!protocol) {
    refuse(socket, badRequest(`unable to upgrade: none of the offered subprotocols is supported (${PROTOCOLS.join(', ')})`).status);
    return;
  }
  socket.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${acceptKey(key)}\r\nSec-WebSocket-Protocol: ${protocol}\r\n\r\n`);
  if (head.length > 0) socket.unshift(head);
  const session = openStreamSession(ctx, new WebSocketConnection(socket), protocol);
  const timer = setTimeout(() => {
    if (session.finished) return;
    ctx.clock.sync();
    checked.run(ctx, session, checked.request);
  }, START_DELAY_MS);
  session.onAbort(() => clearTimeout(timer));
}
