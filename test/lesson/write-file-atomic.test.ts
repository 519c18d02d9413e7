import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/lesson/write-file-atomic.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kindling-atomic-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('creates a file and leaves no temporary file behind', async () => {
    await writeFileAtomic(join(dir, 'a.md'), 'héllo\r\n');
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe('héllo\r\n');
    expect(readdirSync(dir)).toEqual(['a.md']);
  });

  it('replaces a file and keeps its mode', async () => {
    const file = join(dir, 'lesson.md');
    writeFileSync(file, 'old');
    chmodSync(file, 0o640);
    await writeFileAtomic(file, 'new');
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['lesson.md']);
  });

  it('writes through a symlink to the file it points at', async () => {
    const real = join(dir, 'real.md');
    writeFileSync(real, 'old');
    symlinkSync(real, join(dir, 'link.md'));
    await writeFileAtomic(join(dir, 'link.md'), 'new');
    expect(readFileSync(real, 'utf8')).toBe('new');
    expect(readdirSync(dir).sort()).toEqual(['link.md', 'real.md']);
  });

  it('leaves the target untouched and no temporary file when the write fails', async () => {
    const target = join(dir, 'lesson.md');
    mkdirSync(target); // renaming a file over a directory fails
    await expect(writeFileAtomic(target, 'new')).rejects.toThrow();
    expect(statSync(target).isDirectory()).toBe(true);
    expect(readdirSync(dir)).toEqual(['lesson.md']);
  });

  it('never lets a reader see a half-written file', async () => {
    const file = join(dir, 'big.md');
    const versions = ['a', 'b', 'c', 'd'].map((c) => c.repeat(4 << 20));
    writeFileSync(file, versions[0] ?? '');
    let writing = true;
    const seen = new Set<number>();
    const reader = (async () => {
      while (writing) {
        const text = readFileSync(file, 'utf8');
        const index = versions.indexOf(text);
        expect(index, `a read of ${text.length} characters matched no complete version`).toBeGreaterThanOrEqual(0);
        seen.add(index);
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    for (let round = 0; round < 3; round++) for (const text of versions.slice(1)) await writeFileAtomic(file, text);
    writing = false;
    await reader;
    expect(readFileSync(file, 'utf8')).toBe(versions[3]);
    expect(seen.size).toBeGreaterThan(0);
  });
});
