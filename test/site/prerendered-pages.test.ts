// Lesson pages rendered as their lessons pass (src/site/prerendered-pages.ts): the site they make
// is byte for byte the one rendered all at once; a page whose run changed is rendered again; the
// staging directory is gone afterwards.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startPublishing } from '../../src/build.js';
import type { Verdict } from '../../src/verify/types.js';
import { fixtureEntries, templatesDir } from './site-fixture.js';
import { fileTree } from '../support/file-tree.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kindling-prerender-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));


const options = (outDir: string) => ({ outDir, templatesDir, version: '0.1.0', date: '2025-06-01', backend: 'sim' });
const verdicts = (): Verdict[] => fixtureEntries().map((e) => e.verdict);

describe('pages rendered as lessons pass', () => {
  it('make the same site as rendering it all at once, and leave no staging directory', async () => {
    const all = verdicts();
    const atOnce = await startPublishing([], options(join(dir, 'once')));
    await atOnce.publish(all);

    const early = await startPublishing(all.map((v) => v.lesson), options(join(dir, 'early')));
    // In another order than the site's, as workers finish.
    for (const v of [...all].reverse()) early.add(v);
    // The pages are written ahead into a staging directory beside the output.
    while (!readdirSync(dir).some((n) => n.startsWith('early.tmp-'))) await new Promise((r) => setTimeout(r, 5));
    const published = await early.publish(all);
    expect(published.pages).toBe(3);
    expect(fileTree(join(dir, 'early'))).toEqual(fileTree(join(dir, 'once')));
    expect(readdirSync(dir).sort()).toEqual(['early', 'once']);
  });

  it('render a page again when the lesson it was made for is published with another run or among other lessons', async () => {
    const all = verdicts();
    const early = await startPublishing(all.map((v) => v.lesson), options(join(dir, 'early')));
    for (const v of all) early.add(v);
    // The first lesson is not published after all: the navigation of every page changed.
    await early.publish(all.slice(1));
    const atOnce = await startPublishing([], options(join(dir, 'once')));
    await atOnce.publish(all.slice(1));
    expect(fileTree(join(dir, 'early'))).toEqual(fileTree(join(dir, 'once')));
    expect(readdirSync(dir).sort()).toEqual(['early', 'once']);
  });

  it('remove what they staged when the site is not published', async () => {
    const all = verdicts();
    const early = await startPublishing(all.map((v) => v.lesson), options(join(dir, 'dist')));
    for (const v of all) early.add(v);
    await early.stop();
    expect(readdirSync(dir)).toEqual([]);
  });
});
