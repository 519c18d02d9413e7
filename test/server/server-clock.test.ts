// The serving clock: manual time moves only when told; real time runs the loop at a speed;
// listeners hear of every timer and every catch-up.
import { describe, expect, it } from 'vitest';
import { ServerClock } from '../../src/server/server-clock.js';
import { EventLoop } from '../../src/sim/core/event-loop.js';

describe('ServerClock', () => {
  it('runs the timers due as it advances, telling step listeners after each one', () => {
    const loop = new EventLoop(1_000);
    const clock = new ServerClock(loop, { mode: 'manual' });
    const ran: string[] = [];
    loop.after(100, 'a', () => ran.push(`a@${loop.now()}`));
    loop.after(300, 'b', () => ran.push(`b@${loop.now()}`));
    let steps = 0;
    let ticks = 0;
    clock.onStep(() => steps++);
    clock.onTick(() => ticks++);
    clock.sync();
    expect(loop.now()).toBe(1_000);
    clock.advance(200);
    expect(ran).toEqual(['a@1100']);
    expect(loop.now()).toBe(1_200);
    clock.advance(200);
    expect(ran).toEqual(['a@1100', 'b@1300']);
    expect([steps, ticks]).toEqual([2, 3]);
  });

  it('follows real time times the speed in realtime mode', async () => {
    const loop = new EventLoop(0);
    const clock = new ServerClock(loop, { mode: 'realtime', speed: 100 });
    clock.start();
    await new Promise((r) => setTimeout(r, 120));
    clock.sync();
    clock.stop();
    expect(loop.now()).toBeGreaterThanOrEqual(100 * 100);
    clock.advance(5_000);
    expect(loop.now()).toBeGreaterThanOrEqual(100 * 100 + 5_000);
  });

  it('refuses a speed that is not positive and a negative advance', () => {
    expect(() => new ServerClock(new EventLoop(0), { mode: 'realtime', speed: 0 })).toThrow();
    expect(() => new ServerClock(new EventLoop(0), { mode: 'manual' }).advance(-1)).toThrow();
  });
});
