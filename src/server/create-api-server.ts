// Serves a simulated cluster over a Kubernetes-compatible HTTP API (HTTPS when given a certificate)
// on 127.0.0.1, so the real kubectl can drive it: discovery, OpenAPI, resources with tables and
// watches, logs and exec.
// Every request is answered at the cluster's current virtual time (caught up with real time
// first when the clock runs in real time).
import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { isIPv6, type AddressInfo } from 'node:net';
import { type Cluster, qualifiedResource, RESOURCE_TYPES, StatusError } from '../sim/index.js';
import { handleUpgrade } from './handle-upgrade.js';
import { collectWhenIdle, type IdleCollector } from './idle-collect.js';
import { objectSize } from './object-size.js';
import { guardRequest, MAX_REQUEST_BODY_BYTES, REQUEST_ENTITY_TOO_LARGE } from './request-guard.js';
import { internalServerError, sendStatus } from './respond.js';
import { route } from './routes.js';
import { ServerClock, type ClockOptions } from './server-clock.js';
import type { ApiRequest, ServerContext } from './server-context.js';
import { WatchHistory } from './watch-history.js';

export interface ApiServerOptions {
  /** Port; 0 (the default) picks a free one. */
  port?: number;
  /** Address to listen on (default 127.0.0.1); the Host header may also name it. */
  address?: string;
  clock: ClockOptions;
  /**
   * A bearer token every request must carry (401 Status otherwise); default: none. client-go
   * sends bearer tokens only over TLS (kubernetes/kubectl#744), so `sim serve` gives `tls` too.
   */
  token?: string;
  /** A PEM key and certificate: serve HTTPS (default: plain HTTP, for tests inside one process). */
  tls?: { key: string; cert: string };
  /**
   * A full garbage collection (V8's `gc`), run when the server is idle after its memory grew
   * (idle-collect.ts); default: none (V8 collects only as it allocates).
   */
  collectGarbage?: () => void;
  /** Told about every request as it arrives (tests wait on it; `sim serve --verbose` could print it). */
  onRequest?: (request: { method: string; url: string; accept: string | undefined }) => void;
}

/** A running server. */
export interface SimApiServer {
  /** `https://127.0.0.1:<port>` (`http://` without TLS) */
  readonly url: string;
  readonly port: number;
  /** The bearer token requests must carry, or undefined when none is required. */
  readonly token: string | undefined;
  /** Moves the virtual clock forward by `ms` (any clock mode). */
  advance(ms: number): void;
  /** The cluster's virtual time (ms since the epoch). */
  now(): number;
  /** Stops the clock, ends every open stream and closes the listener. */
  close(): Promise<void>;
}

/** Thrown by createApiServer when the port is taken (`code` is Node's `EADDRINUSE`). */
export class PortInUseError extends Error {
  override readonly name = 'PortInUseError';
  constructor(readonly port: number, options?: { cause?: unknown }) {
    super(`port ${port} is already in use`, options);
  }
}

/** The request body, up to the API server's limit (a longer one is a 413, as the real server answers). */
function readBody(raw: IncomingMessage): () => Promise<Buffer> {
  let pending: Promise<Buffer> | undefined;
  return () =>
    (pending ??= new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      let length = 0;
      raw.on('data', (c: Buffer) => {
        length += c.length;
        if (length > MAX_REQUEST_BODY_BYTES) {
          chunks.length = 0;
          raw.removeAllListeners('data');
          raw.resume();
          reject(new StatusError(REQUEST_ENTITY_TOO_LARGE));
          return;
        }
        chunks.push(c);
      });
      raw.on('end', () => resolve(Buffer.concat(chunks)));
      raw.on('error', reject);
    }));
}

function splitPath(pathname: string): string[] {
  return pathname
    .split('/')
    .filter((s) => s !== '')
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
}

async function handle(ctx: ServerContext, raw: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(raw.url ?? '/', 'http://127.0.0.1');
  const bytes = readBody(raw);
  const req: ApiRequest = { method: raw.method ?? 'GET', segments: splitPath(url.pathname), query: url.searchParams, raw, res, bytes, body: async () => (await bytes()).toString('utf8') };
  try {
    ctx.clock.sync();
    await route(ctx, req);
  } catch (error) {
    const status = error instanceof StatusError ? error.status : internalServerError(error).status;
    if (!(error instanceof StatusError)) console.error('kindling api server: request failed:', error);
    if (!res.headersSent) sendStatus(res, status);
    else if (!res.writableEnded) res.end();
  }
}

/** Tells the idle collector of a request now, and when it ends of the bytes its connection carried meanwhile. */
function countTraffic(idle: IdleCollector, raw: IncomingMessage, res: ServerResponse): void {
  idle.touch();
  const socket = raw.socket;
  const read = socket.bytesRead;
  const written = socket.bytesWritten;
  res.once('close', () => idle.touch(socket.bytesRead - read + socket.bytesWritten - written));
}

/** Starts serving `cluster`; resolves once listening, rejects with PortInUseError when the port is taken. */
export async function createApiServer(cluster: Cluster, options: ApiServerOptions): Promise<SimApiServer> {
  const clock = new ServerClock(cluster.loop, options.clock, (error) => console.error('kindling api server: the simulation failed while the clock ran:', error));
  const history = new WatchHistory(cluster.store, RESOURCE_TYPES.map(qualifiedResource));
  const firstNode = cluster.config.nodes.find((n) => n.role === 'control-plane') ?? cluster.config.nodes[0];
  const ctx: ServerContext = { cluster, clock, history, streams: new Set(), advertiseAddress: `${firstNode?.ip ?? '127.0.0.1'}:6443` };
  const token = options.token;
  const address = options.address ?? '127.0.0.1';
  const guard = { token, address };
  let idle: IdleCollector | undefined;
  const listener: RequestListener = (raw, res) => {
    if (idle) countTraffic(idle, raw, res);
    options.onRequest?.({ method: raw.method ?? 'GET', url: raw.url ?? '/', accept: raw.headers.accept });
    const refused = guardRequest(raw, guard);
    if (refused) {
      raw.resume();
      sendStatus(res, refused);
      return;
    }
    void handle(ctx, raw, res);
  };
  const server: Server = options.tls ? createTlsServer({ key: options.tls.key, cert: options.tls.cert }, listener) : createServer(listener);
  server.on('upgrade', (raw: IncomingMessage, socket, head: Buffer) => {
    idle?.touch();
    options.onRequest?.({ method: raw.method ?? 'GET', url: raw.url ?? '/', accept: raw.headers.accept });
    const refused = guardRequest(raw, guard);
    if (refused) {
      const body = JSON.stringify(refused);
      socket.end(`HTTP/1.1 ${refused.code} ${refused.reason}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
      return;
    }
    handleUpgrade(ctx, raw, socket, head);
  });
  const port = options.port ?? 0;
  await new Promise<void>((resolve, reject) => {
    const onError = (e: NodeJS.ErrnoException) => reject(e.code === 'EADDRINUSE' ? new PortInUseError(port, { cause: e }) : e);
    server.once('error', onError);
    server.listen(port, address, () => {
      server.off('error', onError);
      resolve();
    });
  });
  clock.start();
  if (options.collectGarbage) {
    const collector = collectWhenIdle(options.collectGarbage);
    // A delete's answer is often a small Status: the bytes it frees are the object's.
    const unsubscribe = history.subscribe((entry) => {
      if (entry.previous !== undefined) collector.dropped(objectSize(entry.previous));
    });
    idle = {
      ...collector,
      stop: () => {
        unsubscribe();
        collector.stop();
      },
    };
  }
  const actualPort = (server.address() as AddressInfo).port;
  let closing: Promise<void> | undefined;
  const host = isIPv6(address) ? `[${address}]` : address === '0.0.0.0' ? '127.0.0.1' : address === '::' ? '[::1]' : address;
  return {
    url: `${options.tls ? 'https' : 'http'}://${host}:${actualPort}`,
    port: actualPort,
    token,
    advance: (ms) => clock.advance(ms),
    now: () => clock.now(),
    close: () =>
      (closing ??= new Promise<void>((resolve) => {
        clock.stop();
        idle?.stop();
        for (const close of [...ctx.streams]) close();
        history.stop();
        server.close(() => resolve());
        server.closeAllConnections();
      })),
  };
}
