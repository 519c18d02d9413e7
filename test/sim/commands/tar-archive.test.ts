// Tar archives as bytes: what we write, GNU tar 1.34 on this machine reads; what it writes, we read.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { BLOCK, readTar, TarFormatError, writeTar, type TarEntry } from '../../../src/sim/commands/tar-archive.js';

const T = 1736157600; // 2025-01-06 10:00:00 UTC
const owner = { uid: 0, gid: 0, uname: 'root', gname: 'root', mtime: T };
const text = (s: string) => new TextEncoder().encode(s);

const ENTRIES: TarEntry[] = [
  { ...owner, name: 'site/', type: 'dir', mode: 0o755 },
  { ...owner, name: 'site/index.html', type: 'file', mode: 0o644, data: text('<h1>hello</h1>\n') },
  { ...owner, name: 'site/bytes.bin', type: 'file', mode: 0o644, data: Uint8Array.from([0, 1, 0xff, 0xfe, 0x80, 10]) },
  { ...owner, name: 'site/link', type: 'symlink', mode: 0o777, linkname: 'index.html' },
  { ...owner, name: `site/${'long-name-'.repeat(12)}.txt`, type: 'file', mode: 0o644, data: text('long\n') },
];

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'kindling-tar-'));
  dirs.push(d);
  return d;
}

describe('tar archives', () => {
  test('what writeTar writes reads back the same: names, types, links and every byte', () => {
    for (const flavour of ['gnu', 'ustar'] as const) {
      const bytes = writeTar(ENTRIES, flavour);
      expect(bytes.length % BLOCK).toBe(0);
      expect(readTar(bytes)).toEqual(ENTRIES);
    }
  });

  test('an empty archive is two zero blocks', () => {
    expect(writeTar([])).toEqual(new Uint8Array(2 * BLOCK));
    expect(readTar(new Uint8Array(2 * BLOCK))).toEqual([]);
  });

  test('a corrupted header is refused by its checksum', () => {
    const bytes = writeTar(ENTRIES.slice(0, 2));
    bytes[10] = 0x41;
    expect(() => readTar(bytes)).toThrow(TarFormatError);
  });

  test('GNU tar lists and extracts what we write, byte for byte', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.tar'), writeTar(ENTRIES, 'gnu'));
    const list = spawnSync('tar', ['tvf', 'a.tar', '--utc'], { cwd: dir, encoding: 'utf8' });
    expect(list.status).toBe(0);
    expect(list.stdout.split('\n').filter(Boolean).map((l) => l.replace(/^(\S+ \S+\s+\d+) .{16} /, '$1 '))).toEqual([
      'drwxr-xr-x root/root         0 site/',
      '-rw-r--r-- root/root        15 site/index.html',
      '-rw-r--r-- root/root         6 site/bytes.bin',
      'lrwxrwxrwx root/root         0 site/link -> index.html',
      `-rw-r--r-- root/root         5 site/${'long-name-'.repeat(12)}.txt`,
    ]);
    mkdirSync(join(dir, 'out'));
    expect(spawnSync('tar', ['xf', '../a.tar'], { cwd: join(dir, 'out') }).status).toBe(0);
    expect([...readFileSync(join(dir, 'out/site/bytes.bin'))]).toEqual([0, 1, 0xff, 0xfe, 0x80, 10]);
  });

  test('we read what GNU tar writes, long names included', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'd'));
    writeFileSync(join(dir, 'd/f.txt'), 'from GNU tar\n');
    writeFileSync(join(dir, `d/${'x'.repeat(120)}`), 'long\n');
    expect(spawnSync('tar', ['cf', 'g.tar', 'd'], { cwd: dir }).status).toBe(0);
    const entries = readTar(new Uint8Array(readFileSync(join(dir, 'g.tar'))));
    const byName = new Map(entries.map((e) => [e.name, e]));
    expect(byName.get('d/')?.type).toBe('dir');
    expect(new TextDecoder().decode(byName.get('d/f.txt')?.data)).toBe('from GNU tar\n');
    expect(new TextDecoder().decode(byName.get(`d/${'x'.repeat(120)}`)?.data)).toBe('long\n');
  });
});
