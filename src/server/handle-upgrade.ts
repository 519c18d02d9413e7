// Upgrade requests: `pods/{name}/exec` and `pods/{name}/attach` over WebSocket, as kubectl 1.32
// asks for them (subprotocol v5.channel.k8s.io, or v4). What the API server checks before it
// upgrades (the pod, its node, the container) is answered as a plain HTTP Status, which kubectl
// prints as `Error from server (...)` once its SPDY fallback gets the same answer.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { typeForKind } from '../sim/api/resources.js';
import { badRequest, StatusError } from '../sim/api/status-error.js';
import type { Pod, Status } from '../sim/api/types.js';
import { runAttachSession } from './attach-session.js';
import { runExecSession } from './exec-session.js';
import { internalServerError, pathNotFound } from './respond.js';
import { parseResourcePath } from './resource-path.js';
import type { ServerContext } from './server-context.js';
import { openStreamSession, type StreamRequest, type StreamSession } from './stream-session.js';
import { acceptKey, WebSocketConnection } from './websocket.js';

const PODS = typeForKind('Pod', 'v1')!;
const PROTOCOLS = ['v5.channel.k8s.io', 'v4.channel.k8s.io'];
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

/** What the API server checks before it upgrades; returns the runner and what it runs. */
function checkRequest(ctx: ServerContext, raw: IncomingMessage): { run: Runner; request: StreamRequest } {
  const url = new URL(raw.url ?? '/', 'http://127.0.0.1');
  const segments = url.pathname.split('/').filter((s) => s !== '').map((s) => decodeURIComponent(s));
  const parsed = parseResourcePath(segments);
  if (parsed.kind !== 'target' || parsed.target.type !== PODS || !parsed.target.namespace || !parsed.target.name) throw pathNotFound();
  const { namespace, name, subresource } = parsed.target;
  const run = RUNNERS[subresource ?? ''];
  if (!run) throw subresource === 'portforward' ? badRequest('the simulator does not serve pods/portforward') : pathNotFound();
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

/** Handles an HTTP upgrade request: checks, the WebSocket handshake, then the stream. */
export function handleUpgrade(ctx: ServerContext, raw: IncomingMessage, socket: Duplex, head: Buffer): void {
  ctx.clock.sync();
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
