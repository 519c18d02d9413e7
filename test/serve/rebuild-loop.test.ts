// When the preview rebuilds: bursts of events become one build, events during a build one more.
import { describe, expect, it } from 'vitest';
import { RebuildLoop } from '../../src/serve/rebuild-loop.js';

async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((r) => setTimeout(r, 5));
}

describe('RebuildLoop', () => {
  it('turns a burst of pokes into one build', async () => {
    let builds = 0;
    const loop = new RebuildLoop(async () => void builds++, 20);
    for (let i = 0; i < 5; i++) loop.poke();
    await until(() => builds === 1);
    await loop.stop();
    expect(builds).toBe(1);
  });

  it('builds once more after a build during which something changed, never two at once', async () => {
    let running = 0;
    let most = 0;
    let builds = 0;
    let release: () => void = () => {};
    const loop = new RebuildLoop(async () => {
      running++;
      most = Math.max(most, running);
      builds++;
      if (builds === 1) await new Promise<void>((r) => (release = r));
      running--;
    }, 1);
    loop.now();
    await until(() => builds === 1);
    loop.poke();
    loop.poke();
    release();
    await until(() => builds === 2);
    await loop.stop();
    expect([builds, most]).toEqual([2, 1]);
  });

  it('waits for the running build when stopped, and builds nothing after', async () => {
    let finished = false;
    let release: () => void = () => {};
    let builds = 0;
    const loop = new RebuildLoop(async () => {
      builds++;
      await new Promise<void>((r) => (release = r));
      finished = true;
    }, 1);
    loop.now();
    await until(() => builds === 1);
    loop.poke();
    const stopped = loop.stop();
    release();
    await stopped;
    expect(finished).toBe(true);
    expect(builds).toBe(1);
  });
});
