// What every handler works with: the cluster, the serving clock, the change history watches
// replay, the open streams (closed with the server), and the request being answered.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Cluster } from '../sim/index.js';
import type { ServerClock } from './server-clock.js';
import type { WatchHistory } from './watch-history.js';

export interface ServerContext {
  cluster: Cluster;
  clock: ServerClock;
  history: WatchHistory;
  /** Closers of open watches, log follows and exec sessions: run when the server closes. */
  streams: Set<() => void>;
  /** `172.18.0.2:6443`: the address legacy discovery advertises (stable across runs). */
  advertiseAddress: string;
}

export interface ApiRequest {
  method: string;
  /** Path segments, percent-decoded, without empty ones. */
  segments: string[];
  query: URLSearchParams;
  raw: IncomingMessage;
  res: ServerResponse;
  /** The request body as text (read once, on demand). */
  body(): Promise<string>;
  /** The request body as bytes (protobuf bodies). */
  bytes(): Promise<Buffer>;
}

export type Handler = (ctx: ServerContext, req: ApiRequest) => void | Promise<void>;
