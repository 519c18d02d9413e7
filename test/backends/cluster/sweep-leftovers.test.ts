// Leftovers of a kindling that was killed with SIGKILL: the next run kills the processes that carry
// the dead run's workspace marker and removes the workspace; what belongs to a live kindling, or
// is not kindling's, stays.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sweepLeftovers } from '../../../src/backends/cluster/sweep-leftovers.js';
import { markerOf, OWNER_FILE, writeOwner } from '../../../src/backends/cluster/workspace-owner.js';
import { isRunning, stillRunning } from './process-probe.js';

const root = mkdtempSync(join(tmpdir(), 'kindling-test-sweep-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function workspace(name: string): string {
  const dir = join(root, name);
  mkdirSync(dir);
  return dir;
}

/** A `sleep` started as a lesson's shell starts it: with the workspace marker in its environment, in a session of its own. */
function markedSleep(dir: string): number {
  const [key, value] = markerOf(dir).split('=') as [string, string];
  const child = spawn('setsid', ['sleep', '300'], { env: { ...process.env, [key]: value }, stdio: 'ignore' });
  child.unref();
  return child.pid!;
}

describe('sweepLeftovers', () => {
  it("kills a dead run's processes and removes its workspace; leaves a live run's and foreign dirs alone", async () => {
    const dead = workspace('kindling-dead-lesson-abc123');
    writeFileSync(join(dead, OWNER_FILE), JSON.stringify({ pid: 999_999_999, startTime: 1 }));
    const live = workspace('kindling-live-lesson-def456');
    writeOwner(live);
    const foreign = workspace('kindling-sim-xyz789');
    const deadSleep = markedSleep(dead);
    const liveSleep = markedSleep(live);
    try {
      for (let i = 0; i < 50 && !(isRunning(deadSleep) && isRunning(liveSleep)); i++) await new Promise((r) => setTimeout(r, 20));
      const swept = await sweepLeftovers(root);
      expect(swept.workspaces).toEqual([dead]);
      expect(await stillRunning([deadSleep])).toEqual([]);
      expect(isRunning(liveSleep)).toBe(true);
      expect([existsSync(dead), existsSync(live), existsSync(foreign)]).toEqual([false, true, true]);
    } finally {
      process.kill(liveSleep, 'SIGKILL');
    }
  });
});
