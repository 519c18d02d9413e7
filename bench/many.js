// The `many` part of `npm run bench`: `kindling build --jobs 2` on 1,000 generated lessons
// (bench/many-lessons.js, recorded once with `kindling update`, untimed), as a whole process: the
// first build (an empty result cache), a rebuild with nothing changed, and a rebuild after one
// lesson's prose was edited; wall time, CPU time and the peak memory of the process (worker
// threads included). Targets from issue 13: < 15 s, < 1.5 s, < 2 s, < 600 MiB.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { writeManyLessons } from './many-lessons.js';

async function kindling(root, dir, args) {
  const usageFile = join(dir, 'usage.json');
  const started = performance.now();
  const r = await execa(process.execPath, ['--import', join(root, 'bench/support/report-peak-rss.js'), join(root, 'bin/kindling.js'), ...args], {
    cwd: dir,
    reject: false,
    all: true,
    env: { KINDLING_BENCH_USAGE: usageFile, NO_COLOR: '1' },
  });
  const wallMs = performance.now() - started;
  if (r.exitCode !== 0) throw new Error(`bench many: kindling ${args.join(' ')} exited with ${r.exitCode}:\n${r.all.split('\n').slice(-30).join('\n')}`);
  const usage = JSON.parse(readFileSync(usageFile, 'utf8'));
  return { wallMs, cpuMs: usage.userMs + usage.systemMs, peakMiB: usage.maxRssKiB / 1024, output: r.all };
}

export async function benchMany(root, log, { count = 1000, jobs = 2 } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'kindling-bench-many-'));
  try {
    writeManyLessons(join(dir, 'lessons'), count);
    const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
    const recorded = await kindling(root, dir, ['update', 'lessons', '--jobs', String(jobs)]);
    const bytes = readdirSync(join(dir, 'lessons')).reduce((n, f) => n + readFileSync(join(dir, 'lessons', f)).length, 0);
    log(`many: ${count} generated lessons (${(bytes / count / 1024).toFixed(1)} KB each on average), outputs recorded by kindling update in ${s(recorded.wallMs)} (not timed below)`);
    const build = ['build', 'lessons', '--jobs', String(jobs), '--cache-dir', '.kindling-cache', '--out', 'dist'];
    const line = (what, r, target) => `${what}: ${s(r.wallMs)} (CPU ${s(r.cpuMs)}, peak ${r.peakMiB.toFixed(0)} MiB; target < ${target})`;
    const first = await kindling(root, dir, build);
    log(`many: ${line(`first build with ${jobs} workers`, first, '15 s and 600 MiB')}`);
    const again = await kindling(root, dir, build);
    log(`many: ${line('unchanged rebuild', again, '1.5 s')}`);
    const file = join(dir, 'lessons', readdirSync(join(dir, 'lessons')).sort()[Math.floor(count / 2)]);
    writeFileSync(file, readFileSync(file, 'utf8').replace('Kubernetes', 'Kubernetes, as edited,'));
    const edited = await kindling(root, dir, build);
    const wrote = /wrote .*\((.*)\)/.exec(edited.output)?.[1] ?? '';
    log(`many: ${line('one lesson edited', edited, '2 s')}; ${wrote}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
