// Ctrl-C (SIGINT) or SIGTERM to kindling in the middle of a step: every process the lesson
// started is killed, a `setsid` child too (it left the process group), the workspace is removed,
// the lesson's namespace deleted, and kindling exits as the signal would have ended it.
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kubectlCheck } from '../../server/support/harness.js';
import { stillRunning } from './process-probe.js';
import { CLI, HOOKS, kindlingNamespaces, leftovers, markedProcesses, simServe, testDir, write, type Served } from './sim-serve.js';

const { dir, tmp, env } = testDir('signals');
let server: Served | undefined;

beforeAll(async () => {
  if (kubectlCheck.available) server = await simServe(dir, env);
}, 60_000);
afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const LESSON = `---
title: Long steps
timeout: 10m
---

\`\`\`console
$ setsid sleep 401 &
$ sleep 601
\`\`\`
`;

function cmdline(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ').trim();
  } catch {
    return '';
  }
}

function sessionOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[3]);
}

describe.runIf(kubectlCheck.available)('kindling stopped by a signal mid-step', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s kills every process of the lesson, a setsid child too, and removes its workspace and namespace', async (signal, code) => {
    write(dir, 'long.md', LESSON);
    const child = spawn(process.execPath, ['--import', HOOKS, CLI, 'verify', '--backend', 'cluster', '--kubeconfig', server!.kubeconfig, 'long.md'], { cwd: dir, env, stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
    // Until the step runs: both sleeps exist, carrying the workspace marker.
    let pids: number[] = [];
    for (let tries = 0; tries < 1200; tries++) {
      pids = markedProcesses(tmp);
      const lines = pids.map(cmdline);
      if (lines.includes('sleep 401') && lines.includes('sleep 601')) break;
      await sleep(100);
    }
    const setsidChild = pids.find((p) => cmdline(p) === 'sleep 401');
    expect(setsidChild, 'the setsid child started').toBeDefined();
    expect(sessionOf(setsidChild!), 'setsid made it a session leader').toBe(setsidChild);
    expect(leftovers(tmp)).toHaveLength(1);
    child.kill(signal);
    expect(await exited).toBe(code);
    expect(await stillRunning(pids)).toEqual([]);
    expect(markedProcesses(tmp)).toEqual([]);
    expect(leftovers(tmp)).toEqual([]);
    expect(kindlingNamespaces(server!.kubeconfig)).toEqual([]);
  }, 200_000);
});
