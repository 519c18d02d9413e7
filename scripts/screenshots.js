#!/usr/bin/env node
// `npm run screenshots [-- --out DIR] [--site DIR]`: PNGs of the index and the walkthrough, desktop
// (1280 px) and mobile (390 px), light and dark, for review (not committed). Builds the site from
// lessons/ into a temporary directory unless --site names a built one; Chromium from
// /usr/bin/chromium (or $CHROMIUM).
import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { execa } from 'execa';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] ? resolve(args[at + 1]) : fallback;
};
const out = option('--out', join(root, 'screenshots'));
const given = option('--site', null);
const PAGES = { index: 'index.html', walkthrough: '10-init-containers-walkthrough/index.html' };
const VIEWPORTS = { desktop: { width: 1280, height: 900 }, mobile: { width: 390, height: 844 } };

const work = given ? null : await mkdtemp(join(tmpdir(), 'kindling-screenshots-'));
const site = given ?? join(work, 'dist');
try {
  if (!given) {
    process.stdout.write('building the site...\n');
    await execa(process.execPath, [join(root, 'bin/kindling.js'), 'build', '--out', site], { cwd: root, stdout: 'ignore', stderr: 'inherit' });
  }
  await mkdir(out, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    for (const [page, path] of Object.entries(PAGES)) {
      for (const [device, viewport] of Object.entries(VIEWPORTS)) {
        for (const colorScheme of ['light', 'dark']) {
          const context = await browser.newContext({ viewport, colorScheme, deviceScaleFactor: 1 });
          const tab = await context.newPage();
          await tab.goto(pathToFileURL(join(site, path)).href);
          const file = join(out, `${page}-${device}-${colorScheme}.png`);
          await tab.screenshot({ path: file, fullPage: false });
          process.stdout.write(`${file}\n`);
          await context.close();
        }
      }
    }
  } finally {
    await browser.close();
  }
} finally {
  if (work) await rm(work, { recursive: true, force: true });
}
