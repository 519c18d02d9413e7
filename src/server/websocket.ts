// The WebSocket protocol (RFC 6455), server side, as much as kubectl exec needs: the handshake
// key, unmasked frames out, masked (and possibly fragmented) frames in, ping/pong and close.
import { createHash } from 'node:crypto';
import type { Duplex } from 'node:stream';

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

export const OPCODE = { continuation: 0x0, text: 0x1, binary: 0x2, close: 0x8, ping: 0x9, pong: 0xa } as const;

/** `Sec-WebSocket-Accept` for a client's `Sec-WebSocket-Key`. */
export function acceptKey(key: string): string {
  return createHash('sha1').update(key + GUID).digest('base64');
}

/** One frame from the server (never masked, always final). */
export function encodeFrame(opcode: number, payload: Buffer = Buffer.alloc(0)): Buffer {
  const len = payload.length;
  let header: Buffer;
  if (len < 126) {
    header = Buffer.from([0x80 | opcode, len]);
  } else if (len < 65536) {
    header = Buffer.alloc(4);
    header[0] = 0x80 | opcode;
    header[1] = 126;
    header.writeUInt16BE(len, 2);
  } else {
    header = Buffer.alloc(10);
    header[0] = 0x80 | opcode;
    header[1] = 127;
    header.writeBigUInt64BE(BigInt(len), 2);
  }
  return Buffer.concat([header, payload]);
}

export interface Frame {
  fin: boolean;
  opcode: number;
  payload: Buffer;
}

/** Splits a byte stream into frames, unmasking client payloads. */
export class FrameParser {
  #buffer: Buffer = Buffer.alloc(0);

  /** Adds bytes; returns every frame now complete. */
  push(chunk: Buffer): Frame[] {
    this.#buffer = this.#buffer.length === 0 ? chunk : Buffer.concat([this.#buffer, chunk]);
    const frames: Frame[] = [];
    for (;;) {
      const frame = this.#next();
      if (!frame) return frames;
      frames.push(frame);
    }
  }

  #next(): Frame | undefined {
    const b = this.#buffer;
    if (b.length < 2) return undefined;
    const fin = (b[0]! & 0x80) !== 0;
    const opcode = b[0]! & 0x0f;
    const masked = (b[1]! & 0x80) !== 0;
    let len = b[1]! & 0x7f;
    let offset = 2;
    if (len === 126) {
      if (b.length < 4) return undefined;
      len = b.readUInt16BE(2);
      offset = 4;
    } else if (len === 127) {
      if (b.length < 10) return undefined;
      len = Number(b.readBigUInt64BE(2));
      offset = 10;
    }
    const maskOffset = offset;
    if (masked) offset += 4;
    if (b.length < offset + len) return undefined;
    const payload = Buffer.from(b.subarray(offset, offset + len));
    if (masked) {
      for (let i = 0; i < payload.length; i++) payload[i]! ^= b[maskOffset + (i % 4)]!;
    }
    this.#buffer = b.subarray(offset + len);
    return { fin, opcode, payload };
  }
}

/** A server-side connection: whole messages in, binary messages out, pings answered. */
export class WebSocketConnection {
  readonly #socket: Duplex;
  readonly #parser = new FrameParser();
  #fragments: Buffer[] = [];
  #fragmentOpcode = 0;
  #closeSent = false;
  #closed = false;
  onMessage: (opcode: number, data: Buffer) => void = () => {};
  onClose: () => void = () => {};

  constructor(socket: Duplex) {
    this.#socket = socket;
    socket.on('data', (chunk: Buffer) => {
      for (const frame of this.#parser.push(chunk)) this.#handle(frame);
    });
    socket.on('close', () => this.#finish());
    socket.on('error', () => this.#finish());
  }

  get closed(): boolean {
    return this.#closed || this.#closeSent;
  }

  #handle(frame: Frame): void {
    switch (frame.opcode) {
      case OPCODE.ping:
        this.#write(encodeFrame(OPCODE.pong, frame.payload));
        return;
      case OPCODE.pong:
        return;
      case OPCODE.close:
        if (!this.#closeSent) this.#write(encodeFrame(OPCODE.close, frame.payload.subarray(0, 2)));
        this.#closeSent = true;
        this.#socket.end();
        return;
      case OPCODE.continuation:
        this.#fragments.push(frame.payload);
        break;
      default:
        this.#fragmentOpcode = frame.opcode;
        this.#fragments = [frame.payload];
    }
    if (frame.fin) {
      const data = Buffer.concat(this.#fragments);
      this.#fragments = [];
      this.onMessage(this.#fragmentOpcode, data);
    }
  }

  #write(data: Buffer): void {
    if (!this.#closed && this.#socket.writable) this.#socket.write(data);
  }

  sendBinary(data: Buffer): void {
    if (!this.#closeSent) this.#write(encodeFrame(OPCODE.binary, data));
  }

  /** Sends a close frame (normal closure by default); the socket ends when the client answers, or soon after. */
  close(code = 1000): void {
    if (this.#closeSent) return;
    this.#closeSent = true;
    const payload = Buffer.alloc(2);
    payload.writeUInt16BE(code, 0);
    this.#write(encodeFrame(OPCODE.close, payload));
    setTimeout(() => this.#socket.destroy(), 1000).unref();
  }

  /** Drops the connection at once (server shutdown). */
  destroy(): void {
    this.#socket.destroy();
  }

  #finish(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.onClose();
  }
}
