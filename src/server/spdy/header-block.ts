// SPDY/3 header blocks (draft 3, section 2.6.10): a count, then length-prefixed names and values
// (several values of one name joined by NUL), compressed with zlib and the SPDY dictionary as ONE
// stream per direction for the whole connection, each block ending on a sync flush.
import { constants, inflateSync } from 'node:zlib';
import { SPDY_HEADER_DICTIONARY } from './spdy-dictionary.js';

export type SpdyHeaders = Map<string, string[]>;

/** adler32 of the dictionary: the DICTID a zlib stream with a preset dictionary names (RFC 1950). */
function adler32(data: Buffer): number {
  let a = 1;
  let b = 0;
  for (const byte of data) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

/** The uncompressed block: count, then each name and its values. */
export function serializeHeaders(headers: SpdyHeaders): Buffer {
  const parts: Buffer[] = [];
  const u32 = (n: number) => {
    const b = Buffer.alloc(4);
    b.writeUInt32BE(n, 0);
    return b;
  };
  parts.push(u32(headers.size));
  for (const [name, values] of headers) {
    const n = Buffer.from(name.toLowerCase());
    const v = Buffer.from(values.join('\0'));
    parts.push(u32(n.length), n, u32(v.length), v);
  }
  return Buffer.concat(parts);
}

/** Reads an uncompressed block; throws on a truncated one. */
export function parseHeaders(block: Buffer): SpdyHeaders {
  const headers: SpdyHeaders = new Map();
  let at = 0;
  const take = () => {
    if (at + 4 > block.length) throw new Error('truncated SPDY header block');
    const len = block.readUInt32BE(at);
    at += 4;
    if (at + len > block.length) throw new Error('truncated SPDY header block');
    const s = block.subarray(at, at + len).toString();
    at += len;
    return s;
  };
  if (block.length < 4) throw new Error('truncated SPDY header block');
  const count = block.readUInt32BE(0);
  at = 4;
  for (let i = 0; i < count; i++) {
    const name = take();
    const value = take();
    headers.set(name, value.split('\0'));
  }
  return headers;
}

/** A non-final stored deflate block (BFINAL 0, BTYPE 00, padded to the byte): LEN, NLEN, the bytes. */
function storedBlock(data: Buffer): Buffer {
  const head = Buffer.alloc(5);
  head.writeUInt16LE(data.length, 1);
  head.writeUInt16LE(~data.length & 0xffff, 3);
  return Buffer.concat([head, data]);
}

/**
 * The compressing side: the first block opens the zlib stream (header with FDICT and the
 * dictionary's adler32), and every block is sent as stored deflate blocks, which is already a
 * sync-flushed point of the stream. Stored blocks are valid deflate for any inflater, the one
 * thing compression buys is size, and header blocks here are a few bytes.
 */
export class HeaderCompressor {
  #started = false;

  compress(headers: SpdyHeaders): Buffer {
    const raw = serializeHeaders(headers);
    const parts: Buffer[] = [];
    if (!this.#started) {
      this.#started = true;
      // CMF: deflate, 32K window; FLG: FLEVEL 3 (best compression, as Go's framer asks), FDICT.
      const cmf = 0x78;
      let flg = 0xc0 | 0x20;
      flg += 31 - ((cmf * 256 + flg) % 31);
      const dictId = Buffer.alloc(4);
      dictId.writeUInt32BE(adler32(SPDY_HEADER_DICTIONARY), 0);
      parts.push(Buffer.from([cmf, flg]), dictId);
    }
    for (let at = 0; at < raw.length; at += 0xffff) parts.push(storedBlock(raw.subarray(at, at + 0xffff)));
    // The sync flush: an empty stored block. An inflater hands out what it holds when it reaches
    // one (Go's compress/flate only does then), so the reader gets the whole block without
    // reading past the frame.
    parts.push(storedBlock(Buffer.alloc(0)));
    return Buffer.concat(parts);
  }
}

/**
 * The decompressing side. Node's one-shot inflate cannot keep a stream's state between calls, so
 * each block is inflated together with every block before it and the new output is what follows
 * the old; a connection carries two header blocks per forwarded connection, so this stays small.
 */
export class HeaderDecompressor {
  #input: Buffer[] = [];
  #produced = 0;

  decompress(compressed: Buffer): SpdyHeaders {
    this.#input.push(compressed);
    const all = inflateSync(Buffer.concat(this.#input), { dictionary: SPDY_HEADER_DICTIONARY, finishFlush: constants.Z_SYNC_FLUSH });
    const block = all.subarray(this.#produced);
    this.#produced = all.length;
    return parseHeaders(block);
  }
}
