// File content as extents: text, runs of zeros (written or holes) and pseudo-random bytes, cut
// and overwritten without making their bytes, counted in pages, and made into a string only up
// to the simulator's limit.
import { describe, expect, test } from 'vitest';
import {
  allocateData, allocatedPages, concatData, HeldBytesLimit, materialize, randomBytes, randomData, resizeData, sliceData, textData, writeAt, zeroData,
} from '../../../../src/sim/core/vfs/file-data.js';

const GIB = 1024 ** 3;

describe('file data', () => {
  test('a gigabyte of zeros is one extent, sliced and measured without its bytes', () => {
    const big = zeroData(GIB);
    expect(big.size).toBe(GIB);
    expect(big.extents).toHaveLength(1);
    expect(allocatedPages(big)).toBe(GIB / 4096);
    expect(sliceData(big, GIB - 3).size).toBe(3);
    expect(materialize(sliceData(big, 10, 14))).toBe('\0\0\0\0');
  });

  test('neighbouring extents of one kind merge, and text keeps its UTF-8 byte count', () => {
    const d = concatData(textData('hé'), textData('llo'), zeroData(2), zeroData(3));
    expect(d.extents.map((e) => e.kind)).toEqual(['text', 'zero']);
    expect(d.size).toBe(11);
    expect(materialize(sliceData(d, 1, 3))).toBe('é');
  });

  test('writing past the end leaves a hole: it reads as zeros and holds no page', () => {
    const d = writeAt(textData('ab'), 8192 + 4, textData('z'));
    expect(d.size).toBe(8197);
    expect(materialize(sliceData(d, 0, 4))).toBe('ab\0\0');
    expect(allocatedPages(d)).toBe(2);
    expect(allocatedPages(resizeData(EMPTY(), GIB))).toBe(0);
  });

  test('an overwrite in the middle keeps what is on both sides', () => {
    expect(materialize(writeAt(textData('XXXXXXXXXX'), 1, textData('he')))).toBe('XheXXXXXXX');
    expect(materialize(resizeData(textData('hello'), 2))).toBe('he');
  });

  test('allocating a range gives its holes pages and grows the file to the range end', () => {
    const sparse = resizeData(EMPTY(), 10 * 4096);
    const d = allocateData(sparse, 4096, 3 * 4096);
    expect(d.size).toBe(10 * 4096);
    expect(allocatedPages(d)).toBe(2);
    expect(allocateData(EMPTY(), 0, 5000).size).toBe(5000);
  });

  test('random bytes are the same wherever they are cut from', () => {
    const whole = randomData(64, 42);
    const parts = concatData(sliceData(whole, 0, 13), sliceData(whole, 13));
    expect(materialize(parts)).toBe(materialize(whole));
    expect([...randomBytes(42, 13, 5)]).toEqual([...randomBytes(42, 0, 18)].slice(13));
    expect(materialize(randomData(16, 42))).not.toBe(materialize(randomData(16, 43)));
  });

  test('reading more than 64 MiB of made bytes is refused in kindling words', () => {
    let caught: unknown;
    try {
      materialize(zeroData(65 * 1024 * 1024));
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(HeldBytesLimit);
    expect((caught as HeldBytesLimit).message).toBe("kindling: the simulator does not model reading more than 64 MiB of a file's bytes (68157440 bytes asked)");
  });
});

function EMPTY() {
  return textData('');
}
