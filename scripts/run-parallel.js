#!/usr/bin/env node
// `node scripts/run-parallel.js CMD...`: runs shell commands side by side, as many at a time as the
// machine has CPUs, prints each one's output in one piece when it ends (in the order they end), and
// exits 1 if any failed. `npm test` runs its main type check and the build this way before vitest
// (about 25 s of CPU each, so both cores stay busy); the smaller checks run inside vitest
// (test/type-check.test.ts). See docs/decisions.md, "npm test in under five minutes" and its
// second round.
import { availableParallelism } from 'node:os';
import { execa } from 'execa';

const commands = process.argv.slice(2);
const width = Math.max(1, Math.min(commands.length, availableParallelism()));
let next = 0;
let failed = 0;

async function lane() {
  while (next < commands.length) {
    const command = commands[next++];
    const started = performance.now();
    const r = await execa(command, { shell: true, preferLocal: true, all: true, reject: false, env: { FORCE_COLOR: '0' } });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const status = r.exitCode === 0 ? 'ok' : `failed (exit ${r.exitCode ?? r.signal})`;
    if (r.exitCode !== 0) failed++;
    process.stdout.write(`> ${command}: ${status}, ${seconds} s\n${r.all ? `${r.all}\n` : ''}`);
  }
}

await Promise.all(Array.from({ length: width }, lane));
process.exitCode = failed === 0 ? 0 : 1;
