// One remote-command stream (exec or attach) over an upgraded WebSocket, in the channel protocol
// kubectl speaks (v5.channel.k8s.io, v4): binary messages whose first byte is the stream (0 stdin,
// 1 stdout, 2 stderr, 3 status, 4 resize, 255 close), ended by a Status on channel 3 and a normal
// close. The session owns the clean-up: when the client leaves or the server closes, whatever the
// stream was running is stopped.
import { decodeBytes, encodeBytes } from '../sim/index.js';
import type { ServerContext } from './server-context.js';
import { OPCODE, type WebSocketConnection } from './websocket.js';

export const STREAM = { stdin: 0, stdout: 1, stderr: 2, error: 3, resize: 4, close: 255 } as const;

/** What one stream needs from the request: the pod, the container and (exec) the command. */
export interface StreamRequest {
  namespace: string;
  pod: string;
  container: string;
  command: string[];
  /** `stdin=true` (`kubectl exec -i`): the client sends input on channel 0. */
  stdin: boolean;
  /** `tty=true` (`kubectl exec -it` from a terminal). */
  tty: boolean;
}

export interface StreamSession {
  /** Writes `data` on a channel (stdout 1, stderr 2). */
  send(stream: number, data: string): void;
  /** Sends the final Status on channel 3 and closes; later calls do nothing. */
  finish(status: Record<string, unknown>): void;
  /** Registers clean-up for when the stream ends either way. */
  onEnd(cleanup: () => void): void;
  /** Registers what to stop when the client leaves before the end. */
  onAbort(abort: () => void): void;
  /**
   * Calls `done` with all the client's input once it has closed its stdin (v5: a close message
   * for channel 0). Over v4, which cannot say so, at once with what has arrived.
   */
  onStdinEnd(done: (input: string) => void): void;
  readonly finished: boolean;
}

/** The channel-3 Status of a finished command. */
export function exitStatus(command: string[], code: number): Record<string, unknown> {
  if (code === 0) return { metadata: {}, status: 'Success' };
  return {
    metadata: {},
    status: 'Failure',
    message: `command terminated with non-zero exit code: error executing command [${command.join(' ')}], exit code ${code}`,
    reason: 'NonZeroExitCode',
    details: { causes: [{ reason: 'ExitCode', message: String(code) }] },
  };
}

/** A channel-3 failure kubectl prints as `error: <message>`. */
export function failureStatus(message: string): Record<string, unknown> {
  return { metadata: {}, status: 'Failure', message, reason: 'InternalError', details: { causes: [{ message }] }, code: 500 };
}

/** Wraps an upgraded connection as a session registered with the server (closed with it). */
export function openStreamSession(ctx: ServerContext, ws: WebSocketConnection, protocol: string): StreamSession {
  let finished = false;
  const input: Buffer[] = [];
  let stdinClosed = protocol !== 'v5.channel.k8s.io';
  let stdinWaiter: ((input: string) => void) | undefined;
  const closeStdin = () => {
    stdinClosed = true;
    const waiter = stdinWaiter;
    stdinWaiter = undefined;
    waiter?.(decodeBytes(Buffer.concat(input)));
  };
  const cleanups: Array<() => void> = [];
  const aborts: Array<() => void> = [];
  const end = () => {
    for (const c of cleanups.splice(0)) c();
    ctx.streams.delete(shutdown);
  };
  const shutdown = () => {
    if (!finished) {
      finished = true;
      for (const a of aborts.splice(0)) a();
      end();
    }
    ws.destroy();
  };
  ctx.streams.add(shutdown);
  ws.onClose = () => {
    if (!finished) shutdown();
  };
  // Channel 0 is input; a close message (255, then the channel) ends it; resize is dropped.
  ws.onMessage = (opcode, data) => {
    if (opcode !== OPCODE.binary) return shutdown();
    if (data[0] === STREAM.stdin && !stdinClosed) input.push(data.subarray(1));
    else if (data[0] === STREAM.close && data[1] === STREAM.stdin && !stdinClosed) closeStdin();
  };
  const session: StreamSession = {
    // Strings are the shell's bytes (escaped non-UTF-8 bytes included): a tar archive crosses intact.
    send: (stream, data) => ws.sendBinary(Buffer.concat([Buffer.from([stream]), encodeBytes(data)])),
    finish(status) {
      if (finished) return;
      finished = true;
      end();
      session.send(STREAM.error, JSON.stringify(status));
      ws.close(1000);
    },
    onEnd: (cleanup) => void cleanups.push(cleanup),
    onAbort: (abort) => void aborts.push(abort),
    onStdinEnd(done) {
      if (stdinClosed) done(decodeBytes(Buffer.concat(input)));
      else stdinWaiter = done;
    },
    get finished() {
      return finished;
    },
  };
  return session;
}
