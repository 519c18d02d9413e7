// Byte counts with size suffixes, as GNU coreutils takes them (K and KiB are 1024, KB and kB 1000),
// checked against the real tools.
import { describe, expect, test } from 'vitest';
import { realBash, sim } from '../../shell/support.js';

describe('size suffixes (GNU)', () => {
  const cases = [
    'head -c 1KiB /dev/zero | wc -c; head -c 2KB /dev/zero | wc -c; head -c 1M /dev/zero | wc -c',
    'dd if=/dev/zero bs=1KB count=3 2>/dev/null | wc -c; dd if=/dev/zero bs=1KiB count=2 2>/dev/null | wc -c',
    'head -c 5000 /dev/zero > f; split -b 1KiB f p; ls p*; split -b 2KB f q; ls q*; wc -c < qac',
    'seq 1 5000 | tail -c 1KB | wc -c; seq 1 5000 | tail -c 1K | head -n 1',
  ];
  test.each(cases)('%s', (script) => {
    const r = sim(script);
    expect(r.output).toBe(realBash(script).stdout);
  });
});
