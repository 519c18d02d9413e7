// `pods/{name}/portforward`, the kubelet's side (pkg/kubelet/cri/streaming/portforward/
// httpstream.go) of a SPDY/3 connection: the client opens an error stream and a data stream per
// forwarded connection, paired by their `requestID` header and naming the pod port; the bytes of
// the data stream go to whatever listens on that port inside the pod (containerd dials
// localhost:PORT in the pod's network namespace) and its answer comes back on the data stream.
// When nothing listens there, containerd's error (internal/cri/server/sandbox_portforward_linux.go)
// is written on the error stream, which kubectl prints; then both streams are closed.
import { type Pod, typeForKind } from '../../sim/index.js';
import type { ServerContext } from '../server-context.js';
import { HeaderCompressor, HeaderDecompressor, type SpdyHeaders } from '../spdy/header-block.js';
import { dataFrames, FLAG_FIN, FRAME, RST, rstStream, SpdyFrameParser, streamIdOf, synReply, type SpdyFrame } from '../spdy/spdy-frames.js';
import { takeRequest, writeResponse } from './http-wire.js';

const PODS = typeForKind('Pod', 'v1')!;

/** Bytes in and out of one upgraded connection (a WebSocket tunnel, or the socket after a SPDY upgrade). */
export interface ByteChannel {
  send(bytes: Buffer): void;
  /** Ends the connection. */
  close(): void;
  onData: (bytes: Buffer) => void;
  onClose: () => void;
}

interface Pair {
  requestId: string;
  port: number;
  error?: number;
  data?: number;
  /** The client's bytes not yet answered. */
  input: Buffer;
  started: boolean;
  done: boolean;
}

const header = (h: SpdyHeaders, name: string) => h.get(name)?.[0] ?? '';

/** Serves one port-forward connection for a pod until the client leaves or the server closes. */
export function runPortForward(ctx: ServerContext, channel: ByteChannel, namespace: string, podName: string): void {
  const parser = new SpdyFrameParser();
  const compressor = new HeaderCompressor();
  const decompressor = new HeaderDecompressor();
  const pairs = new Map<string, Pair>();
  const byStream = new Map<number, Pair>();
  let closed = false;

  const shutdown = () => {
    if (closed) return;
    closed = true;
    ctx.streams.delete(shutdown);
    channel.close();
  };
  ctx.streams.add(shutdown);
  channel.onClose = () => {
    closed = true;
    ctx.streams.delete(shutdown);
  };

  const send = (bytes: Buffer) => {
    if (!closed) channel.send(bytes);
  };
  const write = (stream: number, data: Buffer, fin = false) => dataFrames(stream, data, fin).forEach(send);

  /** The kubelet closes both streams when forwarding ends (its deferred Close: an empty DATA with FIN). */
  const finish = (pair: Pair) => {
    if (pair.done) return;
    pair.done = true;
    write(pair.data!, Buffer.alloc(0), true);
    write(pair.error!, Buffer.alloc(0), true);
    pairs.delete(pair.requestId);
  };

  /** Answers every complete request the client has sent. */
  const pump = (pair: Pair) => {
    if (pair.done) return;
    ctx.clock.sync();
    const now = ctx.cluster.loop.now();
    const listener = listenerFor(ctx, namespace, podName, pair.port);
    if (!listener) return finish(pair);
    for (;;) {
      const next = takeRequest(pair.input, '127.0.0.1', now);
      if (next === 'incomplete') return;
      if (next === 'invalid') return finish(pair);
      pair.input = next.rest;
      const res = listener.serve(next.taken.request, now);
      write(pair.data!, writeResponse(res, next.taken.request.method));
      if (next.taken.close) return finish(pair);
    }
  };

  const start = (pair: Pair) => {
    pair.started = true;
    ctx.clock.sync();
    if (listenerFor(ctx, namespace, podName, pair.port)) return pump(pair);
    write(pair.error!, Buffer.from(refusedMessage(ctx, namespace, podName, pair.port)));
    finish(pair);
  };

  const onSynStream = (frame: SpdyFrame & { control: true }) => {
    const id = streamIdOf(frame.payload);
    // Every block goes through the decompressor, or its state would drift.
    let headers: SpdyHeaders;
    try {
      headers = decompressor.decompress(frame.payload.subarray(10));
    } catch {
      return shutdown();
    }
    // httpStreamReceived: a stream without a valid port or type is reset.
    const port = Number(header(headers, 'port'));
    const type = header(headers, 'streamtype');
    if (!Number.isInteger(port) || port < 1 || port > 65535 || (type !== 'error' && type !== 'data')) {
      send(rstStream(id, RST.cancel));
      return;
    }
    send(synReply(id, compressor.compress(new Map())));
    // An old client without request ids: pair consecutive streams (error N, data N+2).
    const requestId = header(headers, 'requestid') || String(type === 'error' ? id : id - 2);
    let pair = pairs.get(requestId);
    if (!pair) {
      pair = { requestId, port, input: Buffer.alloc(0), started: false, done: false };
      pairs.set(requestId, pair);
    }
    if (pair[type] !== undefined) {
      // "error stream already assigned": the kubelet reports it on the pair's error stream.
      if (pair.error !== undefined) write(pair.error, Buffer.from(`error processing stream for request ${requestId}: ${type} stream already assigned`));
      send(rstStream(id, RST.cancel));
      return;
    }
    pair[type] = id;
    byStream.set(id, pair);
    if (pair.error !== undefined && pair.data !== undefined && !pair.started) start(pair);
  };

  const onData = (frame: SpdyFrame & { control: false }) => {
    const pair = byStream.get(frame.streamId);
    if (!pair || pair.done) return;
    if (frame.streamId === pair.data) {
      pair.input = Buffer.concat([pair.input, frame.payload]);
      if (pair.started) pump(pair);
      // The client will send no more: the copy into the pod ends, and with it the forwarding.
      if (frame.flags & FLAG_FIN && pair.started) finish(pair);
    }
  };

  channel.onData = (bytes) => {
    if (closed) return;
    for (const frame of parser.push(bytes)) {
      if (!frame.control) {
        onData(frame);
        continue;
      }
      switch (frame.type) {
        case FRAME.synStream:
          onSynStream(frame);
          break;
        case FRAME.ping:
          // A PING is answered with the same frame.
          send(Buffer.concat([Buffer.from([0x80, 3, 0, FRAME.ping, 0, 0, 0, 4]), frame.payload.subarray(0, 4)]));
          break;
        case FRAME.rstStream: {
          const pair = byStream.get(streamIdOf(frame.payload));
          if (pair) {
            pair.done = true;
            pairs.delete(pair.requestId);
          }
          break;
        }
        case FRAME.goAway:
          shutdown();
          return;
        default:
          // SETTINGS, WINDOW_UPDATE, HEADERS: nothing the kubelet acts on.
          break;
      }
    }
  };
}

/** What listens on the port in the pod's network namespace (any of its running containers). */
function listenerFor(ctx: ServerContext, namespace: string, podName: string, port: number) {
  const pod = ctx.cluster.api.find<Pod>(PODS, namespace, podName);
  const kubelet = ctx.cluster.kubeletFor(namespace, podName);
  const sandbox = pod?.metadata.uid ? kubelet?.workers.get(pod.metadata.uid)?.sandbox : undefined;
  return sandbox ? kubelet!.listener(sandbox.podIP, port) : undefined;
}

/** The error the kubelet writes on the error stream when nothing listens on the port. */
function refusedMessage(ctx: ServerContext, namespace: string, podName: string, port: number): string {
  const pod = ctx.cluster.api.find<Pod>(PODS, namespace, podName);
  const kubelet = ctx.cluster.kubeletFor(namespace, podName);
  const sandbox = pod?.metadata.uid ? kubelet?.workers.get(pod.metadata.uid)?.sandbox : undefined;
  const id = sandbox?.identity.id ?? '';
  const netns = sandbox?.identity.netnsPath ?? '';
  // The CRI streaming server passes the sandbox id as the pod and no uid.
  const dial = `failed to connect to localhost:${port} inside namespace "${id}", IPv4: dial tcp4 127.0.0.1:${port}: connect: connection refused IPv6 dial tcp6 [::1]:${port}: connect: connection refused `;
  return `error forwarding port ${port} to pod ${id}, uid : failed to execute portforward in network namespace "${netns}": ${dial}`;
}
