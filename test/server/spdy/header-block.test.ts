// SPDY/3 header blocks: one zlib stream (with the SPDY dictionary) per direction, a block per frame.
import { constants, createDeflate, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { HeaderCompressor, HeaderDecompressor, parseHeaders, serializeHeaders } from '../../../src/server/spdy/header-block.js';
import { SPDY_HEADER_DICTIONARY } from '../../../src/server/spdy/spdy-dictionary.js';

/** What Go's framer sends: best compression with the dictionary, a sync flush after each block. */
async function goStyleBlocks(blocks: Buffer[]): Promise<Buffer[]> {
  const deflate = createDeflate({ level: 9, dictionary: SPDY_HEADER_DICTIONARY });
  const out: Buffer[] = [];
  for (const block of blocks) {
    const chunks: Buffer[] = [];
    const onData = (c: Buffer) => chunks.push(c);
    deflate.on('data', onData);
    deflate.write(block);
    await new Promise<void>((resolve) => deflate.flush(constants.Z_SYNC_FLUSH, () => resolve()));
    await new Promise((r) => setImmediate(r));
    deflate.off('data', onData);
    out.push(Buffer.concat(chunks));
  }
  deflate.destroy();
  return out;
}

describe('SPDY header blocks', () => {
  it('the dictionary is the 1423 bytes of SPDY/3 (its adler32 is the DICTID peers check)', () => {
    expect(SPDY_HEADER_DICTIONARY.length).toBe(1423);
    expect(SPDY_HEADER_DICTIONARY.subarray(0, 11).toString('latin1')).toBe('\0\0\0\x07options');
    expect(SPDY_HEADER_DICTIONARY.subarray(-6).toString()).toBe('enq=0.');
  });

  it('reads the blocks a zlib compressor with the dictionary writes, each with the state of those before', async () => {
    const first = new Map([['streamtype', ['error']], ['port', ['80']], ['requestid', ['0']]]);
    const second = new Map([['streamtype', ['data']], ['port', ['80']], ['requestid', ['0']]]);
    const [a, b] = await goStyleBlocks([serializeHeaders(first), serializeHeaders(second)]);
    const d = new HeaderDecompressor();
    expect(d.decompress(a!)).toEqual(first);
    expect(d.decompress(b!)).toEqual(second);
  });

  it('writes blocks any inflater reads as one stream, each ending on a sync-flush marker', () => {
    const c = new HeaderCompressor();
    const one = c.compress(new Map());
    const two = c.compress(new Map([['a', ['x', 'y']]]));
    expect(one.subarray(-5)).toEqual(Buffer.from([0, 0, 0, 0xff, 0xff]));
    const all = inflateSync(Buffer.concat([one, two]), { dictionary: SPDY_HEADER_DICTIONARY, finishFlush: constants.Z_SYNC_FLUSH });
    const firstLen = serializeHeaders(new Map()).length;
    expect(parseHeaders(all.subarray(0, firstLen))).toEqual(new Map());
    expect(parseHeaders(all.subarray(firstLen))).toEqual(new Map([['a', ['x', 'y']]]));
  });
});
