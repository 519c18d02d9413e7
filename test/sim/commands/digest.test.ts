// The digests behind md5sum and the sha*sum applets, checked against Node's OpenSSL on message
// lengths around every padding boundary.
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { hexDigest } from '../../../src/sim/commands/digest.js';

describe('hexDigest', () => {
  test('agrees with OpenSSL for md5, sha1, sha256 and sha512 at every padding boundary', () => {
    for (const len of [0, 1, 3, 55, 56, 63, 64, 65, 111, 112, 127, 128, 129, 1000]) {
      const bytes = new Uint8Array(len).map((_, i) => (i * 31 + 7) & 255);
      for (const name of ['md5', 'sha1', 'sha256', 'sha512'] as const) {
        expect(hexDigest(name, bytes), `${name} of ${len} bytes`).toBe(createHash(name).update(bytes).digest('hex'));
      }
    }
  });
});
