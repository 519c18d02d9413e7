// The idle collector: a collection only after `idleMs` without a request and enough traffic since
// the last one (a quarter of what it left in use), on a clock and memory figures the test drives.
import { describe, expect, it } from 'vitest';
import { collectWhenIdle } from '../../src/server/idle-collect.js';

function setup(inUse: number) {
  let t = 0;
  let memory = inUse;
  let collections = 0;
  const idle = collectWhenIdle(() => collections++, {
    now: () => t,
    inUse: () => memory,
    schedule: () => () => {},
    idleMs: 2000,
    minBytes: 100,
  });
  return {
    idle,
    advance: (ms: number) => (t += ms),
    setMemory: (bytes: number) => (memory = bytes),
    collections: () => collections,
  };
}

describe('collectWhenIdle', () => {
  it('collects (twice, for the Buffers) once idle after enough traffic, then waits for more traffic', () => {
    const s = setup(0);
    s.idle.touch(150);
    s.advance(1999);
    expect(s.idle.tick()).toBe(false); // not idle long enough
    s.advance(1);
    expect(s.idle.tick()).toBe(true);
    expect(s.collections()).toBe(2);
    s.advance(10_000);
    expect(s.idle.tick()).toBe(false); // no traffic since
    expect(s.collections()).toBe(2);
  });

  it('needs at least minBytes of traffic', () => {
    const s = setup(0);
    s.idle.touch(60);
    s.advance(5000);
    expect(s.idle.tick()).toBe(false);
    s.idle.touch(40);
    s.advance(5000);
    expect(s.idle.tick()).toBe(true);
  });

  it('counts the bytes of objects replaced or deleted, which do not end the idle wait', () => {
    const s = setup(0);
    s.idle.touch();
    s.advance(1500);
    s.idle.dropped(500);
    s.advance(500);
    expect(s.idle.tick()).toBe(true);
  });

  it('a request restarts the idle wait', () => {
    const s = setup(0);
    s.idle.touch(1000);
    s.advance(1500);
    s.idle.touch();
    s.advance(1500);
    expect(s.idle.tick()).toBe(false);
    s.advance(500);
    expect(s.idle.tick()).toBe(true);
  });

  it('paces by what the last collection left in use: a quarter of it in traffic', () => {
    const s = setup(0);
    s.setMemory(4000);
    s.idle.touch(200);
    s.advance(3000);
    expect(s.idle.tick()).toBe(true); // leaves 4000 in use
    s.idle.touch(999);
    s.advance(3000);
    expect(s.idle.tick()).toBe(false);
    s.idle.touch(1);
    s.advance(3000);
    expect(s.idle.tick()).toBe(true);
  });
});
