// `kindling build` with the result cache, as users run it: a cached build writes the same bytes as
// an uncached one, and an unchanged rebuild runs and renders nothing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/golden.js';
import { fileTree } from '../support/file-tree.js';

const bin = join(repoRoot, 'bin/kindling.js');
const dir = mkdtempSync(join(tmpdir(), 'kindling-build-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function kindling(args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}


const POD = `---\ntitle: A Pod\nsection: Pods\ntags: [pods]\n---\n\nA Pod that sleeps.\n\n\`\`\`console\n$ kubectl run p --image=busybox:1.36 -- sleep 3600\npod/p created\n$ kubectl wait --for=condition=Ready pod/p\npod/p condition met\n\`\`\`\n`;
const ECHO = (word: string) => `---\ntitle: Echo ${word}\ntags: [shell]\n---\n\n## Saying ${word}\n\n\`\`\`console\n$ echo ${word}\n${word}\n\`\`\`\n`;

describe('kindling build with the result cache', () => {
  it('writes the same site as without the cache, and an unchanged rebuild renders nothing again', () => {
    writeFileSync(join(dir, 'pod.md'), POD);
    writeFileSync(join(dir, 'one.md'), ECHO('one'));
    writeFileSync(join(dir, 'two.md'), ECHO('two'));
    writeFileSync(join(dir, 'kindling.config.json'), '{"title": "Cached", "baseUrl": "https://example.org/k/"}\n');
    const lessons = ['pod.md', 'one.md', 'two.md'];

    const first = kindling(['build', ...lessons, '--out', 'cached']);
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(first.stdout).toContain('(3 lesson pages and the index; 3 rendered, 0 unchanged)');
    expect(readFileSync(join(dir, '.kindling-cache/.gitignore'), 'utf8')).toContain('*');
    const fresh = fileTree(join(dir, 'cached'));
    expect(Object.keys(fresh)).toContain('pod/timeline.html');

    const again = kindling(['build', ...lessons, '--out', 'cached']);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/✓ pod\.md {2}A Pod {2}cached/);
    expect(again.stdout).toContain('(3 lesson pages and the index; 0 rendered, 3 unchanged)');
    expect(fileTree(join(dir, 'cached'))).toEqual(fresh);

    expect(kindling(['build', ...lessons, '--out', 'uncached', '--no-cache']).code).toBe(0);
    expect(fileTree(join(dir, 'uncached'))).toEqual(fresh);

    // One lesson edited: only it runs and is rendered again; the site is still what an uncached build writes.
    writeFileSync(join(dir, 'two.md'), ECHO('two').replace('## Saying two', '## Saying two, again'));
    const edited = kindling(['build', ...lessons, '--out', 'cached', '--reporter', 'json']);
    expect(edited.code).toBe(0);
    const report = JSON.parse(edited.stdout) as { lessons: { file: string; cache: unknown }[] };
    expect(report.lessons.map((l) => [l.file, l.cache])).toEqual([
      ['one.md', { hit: true }],
      ['pod.md', { hit: true }],
      ['two.md', { hit: false, reason: 'lesson changed' }],
    ]);
    expect(edited.stderr).toContain('(3 lesson pages and the index; 1 rendered, 2 unchanged)');
    expect(kindling(['build', ...lessons, '--out', 'uncached', '--no-cache']).code).toBe(0);
    expect(fileTree(join(dir, 'cached'))).toEqual(fileTree(join(dir, 'uncached')));
  }, 300_000);

  it('renders a page again when its file in the output was changed by hand', () => {
    writeFileSync(join(dir, 'one.md'), ECHO('one'));
    expect(kindling(['build', 'one.md', '--out', 'hand']).code).toBe(0);
    const page = join(dir, 'hand/one/index.html');
    const bytes = readFileSync(page, 'utf8');
    writeFileSync(page, 'vandalised and longer than it was');
    const r = kindling(['build', 'one.md', '--out', 'hand']);
    expect(r.stdout).toContain('1 rendered, 0 unchanged');
    expect(readFileSync(page, 'utf8')).toBe(bytes);
  }, 120_000);

  it('leaves the output alone when it already holds the site, and replaces it when a file was added by hand', () => {
    writeFileSync(join(dir, 'one.md'), ECHO('one'));
    expect(kindling(['build', 'one.md', '--out', 'still']).code).toBe(0);
    const site = fileTree(join(dir, 'still'));
    const inode = statSync(join(dir, 'still')).ino;
    expect(kindling(['build', 'one.md', '--out', 'still']).code).toBe(0);
    // Not swapped: the same directory, the same files.
    expect(statSync(join(dir, 'still')).ino).toBe(inode);
    expect(fileTree(join(dir, 'still'))).toEqual(site);
    writeFileSync(join(dir, 'still/extra.html'), 'not made by kindling');
    expect(kindling(['build', 'one.md', '--out', 'still']).code).toBe(0);
    expect(statSync(join(dir, 'still')).ino).not.toBe(inode);
    expect(fileTree(join(dir, 'still'))).toEqual(site);
    expect((statSync(join(dir, 'still/one/index.html')).mode & 0o777).toString(8)).toBe('644');
    expect((statSync(join(dir, 'still/one')).mode & 0o777).toString(8)).toBe('755');
  }, 120_000);

  it('keeps no cache with --no-cache or --cache-dir elsewhere, and refuses one for a real cluster', () => {
    writeFileSync(join(dir, 'one.md'), ECHO('one'));
    rmSync(join(dir, '.kindling-cache'), { recursive: true, force: true });
    expect(kindling(['verify', 'one.md', '--no-cache']).code).toBe(0);
    expect(existsSync(join(dir, '.kindling-cache'))).toBe(false);
    expect(kindling(['verify', 'one.md', '--cache-dir', 'elsewhere']).code).toBe(0);
    expect(existsSync(join(dir, 'elsewhere/results'))).toBe(true);
    const r = kindling(['verify', 'one.md', '--backend', 'cluster', '--cache']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the result cache keeps simulator runs only; --backend cluster runs every lesson');
  }, 120_000);
});
