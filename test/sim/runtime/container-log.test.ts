// A container's log as `kubectl logs` renders it, with and without timestamps.
import { describe, expect, it } from 'vitest';
import { ContainerLog } from '../../../src/sim/runtime/container-log.js';

const T0 = Date.UTC(2025, 0, 6, 10, 0, 3, 723);

describe('ContainerLog', () => {
  it('gives lines written in the same millisecond increasing timestamps', () => {
    const log = new ContainerLog();
    // nslookup prints its whole block at once: nine lines in one millisecond.
    log.write(1, 'Server:\t\t10.96.0.10\nAddress:\t10.96.0.10:53\n\n** server can\'t find x: NXDOMAIN\n\n', T0);
    log.write(1, '*** Can\'t find a: No answer\n*** Can\'t find b: No answer\n\n', T0 + 5000);
    log.write(1, 'waiting\n', T0 + 5000);
    const stamps = log.render({ timestamps: true }).trimEnd().split('\n').map((l) => l.slice(0, l.indexOf(' ')));
    expect(stamps).toHaveLength(9);
    for (const s of stamps) expect(s).toMatch(/^2025-01-06T10:00:0[38]\.723\d{6}Z$/);
    for (let i = 1; i < stamps.length; i++) expect(stamps[i]! > stamps[i - 1]!, `${stamps[i - 1]} < ${stamps[i]}`).toBe(true);
  });

  it('keeps a last line without a newline partial until the process ends', () => {
    const log = new ContainerLog();
    log.write(1, 'one\ntwo', T0);
    expect(log.render()).toBe('one\n');
    log.close(T0 + 10);
    expect(log.render()).toBe('one\ntwo');
    expect(log.render({ tailLines: 1 })).toBe('two');
  });
});
