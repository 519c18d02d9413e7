// SPDY/3 framing (draft 3, section 2.2; moby/spdystream spdy/types.go, read.go, write.go): control
// frames (SYN_STREAM, SYN_REPLY, RST_STREAM, SETTINGS, PING, GOAWAY, HEADERS, WINDOW_UPDATE) and
// data frames, each an 8-byte header and a payload of up to 2^24-1 bytes.

export const SPDY_VERSION = 3;

export const FRAME = { synStream: 1, synReply: 2, rstStream: 3, settings: 4, ping: 6, goAway: 7, headers: 8, windowUpdate: 9 } as const;

export const FLAG_FIN = 0x01;

/** RST_STREAM status codes. */
export const RST = { protocolError: 1, invalidStream: 2, refusedStream: 3, cancel: 5, internalError: 6 } as const;

export type SpdyFrame =
  | { control: true; type: number; flags: number; payload: Buffer }
  | { control: false; streamId: number; flags: number; payload: Buffer };

/** Splits a byte stream into frames. */
export class SpdyFrameParser {
  #buffer: Buffer = Buffer.alloc(0);

  push(chunk: Buffer): SpdyFrame[] {
    this.#buffer = this.#buffer.length === 0 ? chunk : Buffer.concat([this.#buffer, chunk]);
    const frames: SpdyFrame[] = [];
    while (this.#buffer.length >= 8) {
      const b = this.#buffer;
      const length = b.readUIntBE(5, 3);
      if (b.length < 8 + length) break;
      const flags = b[4]!;
      const payload = Buffer.from(b.subarray(8, 8 + length));
      if ((b[0]! & 0x80) !== 0) frames.push({ control: true, type: b.readUInt16BE(2), flags, payload });
      else frames.push({ control: false, streamId: b.readUInt32BE(0) & 0x7fffffff, flags, payload });
      this.#buffer = b.subarray(8 + length);
    }
    return frames;
  }
}

export function controlFrame(type: number, flags: number, payload: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt16BE(0x8000 | SPDY_VERSION, 0);
  head.writeUInt16BE(type, 2);
  head[4] = flags;
  head.writeUIntBE(payload.length, 5, 3);
  return Buffer.concat([head, payload]);
}

/** DATA frames for `data` (split at the maximum frame size); FIN on the last when asked. */
export function dataFrames(streamId: number, data: Buffer, fin: boolean): Buffer[] {
  const max = 0xffffff;
  const out: Buffer[] = [];
  for (let at = 0; at < data.length || (at === 0 && data.length === 0); at += max) {
    const chunk = data.subarray(at, at + max);
    const last = at + max >= data.length;
    const head = Buffer.alloc(8);
    head.writeUInt32BE(streamId & 0x7fffffff, 0);
    head[4] = last && fin ? FLAG_FIN : 0;
    head.writeUIntBE(chunk.length, 5, 3);
    out.push(Buffer.concat([head, chunk]));
    if (data.length === 0) break;
  }
  return out;
}

export function streamIdOf(payload: Buffer): number {
  return payload.readUInt32BE(0) & 0x7fffffff;
}

export function synReply(streamId: number, headerBlock: Buffer, fin = false): Buffer {
  const id = Buffer.alloc(4);
  id.writeUInt32BE(streamId, 0);
  return controlFrame(FRAME.synReply, fin ? FLAG_FIN : 0, Buffer.concat([id, headerBlock]));
}

export function rstStream(streamId: number, status: number): Buffer {
  const p = Buffer.alloc(8);
  p.writeUInt32BE(streamId, 0);
  p.writeUInt32BE(status, 4);
  return controlFrame(FRAME.rstStream, 0, p);
}

export function goAway(lastGoodStreamId: number, status = 0): Buffer {
  const p = Buffer.alloc(8);
  p.writeUInt32BE(lastGoodStreamId, 0);
  p.writeUInt32BE(status, 4);
  return controlFrame(FRAME.goAway, 0, p);
}
