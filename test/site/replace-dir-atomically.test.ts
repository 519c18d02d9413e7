import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderSite } from '../../src/site/render-site.js';
import { replaceDirAtomically } from '../../src/site/replace-dir-atomically.js';
import { fixtureEntries, siteOptions, templatesDir } from './site-fixture.js';

let work: string;
let outDir: string;
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'kindling-atomic-'));
  outDir = join(work, 'dist');
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

/** Every file under `dir` with its bytes, for byte-identical comparisons. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[path.slice(dir.length)] = (await readFile(path)).toString('base64');
  }
  return files;
}

async function previousSite(): Promise<Record<string, string>> {
  await mkdir(join(outDir, 'old-lesson'), { recursive: true });
  await writeFile(join(outDir, 'index.html'), '<p>the previous site</p>\n');
  await writeFile(join(outDir, 'old-lesson/index.html'), Buffer.from([0x3c, 0x70, 0x3e, 0xff, 0x00]));
  return snapshot(outDir);
}

describe('replaceDirAtomically', () => {
  it('replaces the directory with the filled one, removing stale files and leaving no sibling behind', async () => {
    await previousSite();
    await replaceDirAtomically(outDir, async (tmp) => {
      await writeFile(join(tmp, 'new.txt'), 'new');
    });
    expect(await readdir(outDir)).toEqual(['new.txt']);
    expect(await readdir(work)).toEqual(['dist']);
  });

  it('creates the directory and its parents when they do not exist yet', async () => {
    const nested = join(work, 'a/b/dist');
    await replaceDirAtomically(nested, async (tmp) => writeFile(join(tmp, 'x'), 'x'));
    expect(await readFile(join(nested, 'x'), 'utf8')).toBe('x');
    expect(await readdir(join(work, 'a/b'))).toEqual(['dist']);
  });

  it('fills a sibling of the target, so the final rename stays on one filesystem', async () => {
    let seen = '';
    await replaceDirAtomically(outDir, async (tmp) => {
      seen = tmp;
    });
    expect(seen.startsWith(`${outDir}.tmp-`)).toBe(true);
  });

  it('leaves the previous directory byte-identical and removes the temp dir when filling throws', async () => {
    const before = await previousSite();
    const failure = replaceDirAtomically(outDir, async (tmp) => {
      await writeFile(join(tmp, 'index.html'), 'half a site');
      throw new Error('render failed');
    });
    await expect(failure).rejects.toThrow('render failed');
    expect(await snapshot(outDir)).toEqual(before);
    expect(await readdir(work)).toEqual(['dist']);
  });
});

describe('renderSite atomicity', () => {
  it('leaves a previous dist byte-identical and no temp dir behind when a page fails to render', async () => {
    const before = await previousSite();
    // A lesson template naming a field the view model lacks fails on the first lesson page,
    // after the assets and the index are already in the temp dir.
    const broken = join(work, 'templates');
    await cp(templatesDir, broken, { recursive: true });
    await writeFile(join(broken, 'lesson.hbs'), '<h1>{{title}}</h1>{{nosuchfield}}\n');
    await expect(renderSite(fixtureEntries(), siteOptions(outDir, { templatesDir: broken }))).rejects.toThrow(/"nosuchfield" not defined/);
    expect(await snapshot(outDir)).toEqual(before);
    expect((await readdir(work)).sort()).toEqual(['dist', 'templates']);
  });

  it('replaces a previous dist entirely on success', async () => {
    await previousSite();
    await renderSite(fixtureEntries(), siteOptions(outDir));
    expect((await readdir(outDir)).sort()).toEqual(['10-init-containers', '20-services', '404.html', 'assets', 'cleanup', 'index.html', 'tags']);
    expect(await readdir(work)).toEqual(['dist']);
  });
});
