// Temporary files: removed when a signal stops kindling, swept once their owner is gone.
import { execa } from 'execa';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../src/lesson/write-file-atomic.js';
import { replaceDirAtomically } from '../src/site/replace-dir-atomically.js';
import { sweepStaleTemps } from '../src/temp-files.js';

const dirs: string[] = [];
async function scratch(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'kindling-temps-'));
  dirs.push(dir);
  return dir;
}
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

/** A pid no process has: a child that has exited. */
async function deadPid(): Promise<number> {
  const child = execa('node', ['-e', '0']);
  await child;
  return child.pid!;
}

describe('temporary files', () => {
  it('sweeps the leftovers of a dead update, and keeps those of running processes and other files', async () => {
    const dir = await scratch();
    const dead = await deadPid();
    const names = [`.lesson.md.${dead}.0123456789ab.tmp`, `.lesson.md.${process.pid}.0123456789ab.tmp`, '.lesson.md.notes', 'lesson.md'];
    for (const n of names) await writeFile(join(dir, n), 'x');
    await writeFileAtomic(join(dir, 'lesson.md'), 'new\n');
    expect((await readdir(dir)).sort()).toEqual([`.lesson.md.${process.pid}.0123456789ab.tmp`, '.lesson.md.notes', 'lesson.md']);
  });

  it('sweeps the temp directories of a dead build, not those of a running one', async () => {
    const dir = await scratch();
    const dead = await deadPid();
    await mkdir(join(dir, `dist.tmp-${dead}-abc123`));
    await mkdir(join(dir, `dist.tmp-${dead}-abc123.old`));
    await mkdir(join(dir, `dist.tmp-${process.pid}-xyz789`));
    await replaceDirAtomically(join(dir, 'dist'), async (tmp) => writeFile(join(tmp, 'index.html'), 'hi'));
    expect((await readdir(dir)).sort()).toEqual(['dist', `dist.tmp-${process.pid}-xyz789`]);
  });

  it('reports what it swept and ignores names without a pid', async () => {
    const dir = await scratch();
    const dead = await deadPid();
    await writeFile(join(dir, `x.tmp-${dead}`), '');
    await writeFile(join(dir, 'x.tmp-abc'), '');
    expect(await sweepStaleTemps(dir, /^x\.tmp-(\d+)$/)).toEqual([`x.tmp-${dead}`]);
  });

  it('removes a held temp file when a signal stops the process, which then ends by that signal', async () => {
    const dir = await scratch();
    const temp = join(dir, 'held.tmp');
    const script = `
      import { writeFileSync } from 'node:fs';
      import { holdTemp } from ${JSON.stringify(new URL('../lib/temp-files.js', import.meta.url).href)};
      writeFileSync(${JSON.stringify(temp)}, 'x');
      holdTemp(${JSON.stringify(temp)});
      console.log('ready');
      setInterval(() => {}, 1000);
    `;
    const child = execa('node', ['--input-type=module', '-e', script], { reject: false });
    await new Promise<void>((resolve) => child.stdout!.once('data', () => resolve()));
    expect(existsSync(temp)).toBe(true);
    child.kill('SIGTERM');
    const result = await child;
    expect(result.signal).toBe('SIGTERM');
    expect(existsSync(temp)).toBe(false);
  });
});
