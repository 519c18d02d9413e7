// The rendered site of real lessons (the walkthrough and the lesson-format reference, run on the
// simulator) in real Chromium: search finds a word of the walkthrough's logs and opens its
// section, YAML is highlighted, anchors and the table of contents work, file blocks copy, the
// dark theme is remembered, and axe finds no violation on any page, at 1280 and 390 px, light and dark.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import '../../src/backends/builtin.js';
import { checkLessons } from '../../src/build.js';
import { loadLessons } from '../../src/lesson/load-lessons.js';
import { renderSite } from '../../src/site/render-site.js';
import { repoRoot } from '../support/golden.js';
import { requireTool } from '../support/tools.js';
import { axeViolations } from './axe-check.js';
import { siteOptions } from './site-fixture.js';
import { CHROMIUM, launchChromium } from '../support/chromium.js';

const chromiumTool = requireTool('chromium', CHROMIUM);
const LESSONS = ['lessons/10-init-containers-walkthrough.md', 'docs/lesson-format.md'];
const WALKTHROUGH = '10-init-containers-walkthrough/index.html';
const FORMAT = 'lesson-format/index.html';

// Code that runs in the page is written as strings: this project's TypeScript has no DOM types.
const READ_CLIPBOARD = 'navigator.clipboard.readText()';
const BODY_BACKGROUND = 'getComputedStyle(document.body).backgroundColor';
const THEME = `document.documentElement.getAttribute('data-theme')`;
const SCROLL_Y = 'window.scrollY';
const ACTIVE_ID = 'document.activeElement && document.activeElement.id';
const style = (selector: string, property: string) => `getComputedStyle(document.querySelector(${JSON.stringify(selector)})).${property}`;
const COPY_LABELS = `[...document.querySelectorAll('.copy-button')].map((b) => b.getAttribute('aria-label'))`;
const visibleTop = (selector: string) => `(document.querySelector(${JSON.stringify(selector)}) || { getBoundingClientRect: () => ({ top: null }) }).getBoundingClientRect().top`;

describe.skipIf(!chromiumTool.available)('the site of real lessons in Chromium', () => {
  let work: string;
  let dist: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: string[];
  const url = (path: string) => pathToFileURL(join(dist, path)).href;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'kindling-site-browser-'));
    dist = join(work, 'dist');
    const lessons = await loadLessons(LESSONS.map((l) => join(repoRoot, l)));
    const { verdicts } = await checkLessons(lessons, { backend: 'sim', jobs: 2 });
    const entries = verdicts.map((v) => {
      if (v.status !== 'passed' || v.run === undefined) throw new Error(`${v.lesson.file} did not pass: ${JSON.stringify(v.problems)}`);
      return { lesson: v.lesson, run: v.run, verdict: v };
    });
    await renderSite(entries, siteOptions(dist));
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await rm(work, { recursive: true, force: true });
  });

  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    problems = [];
    page.on('console', (m) => void (m.type() === 'error' && problems.push(`console: ${m.text()}`)));
    page.on('pageerror', (e) => void problems.push(`page error: ${e.message}`));
    page.on('requestfailed', (r) => void problems.push(`request failed: ${r.url()}`));
  });

  afterEach(async () => {
    await context.close();
  });

  it('finds a word from the walkthrough’s logs with / and opens the section it is in, from file://', async () => {
    await page.goto(url('index.html'));
    await page.keyboard.press('/');
    const input = page.getByRole('searchbox', { name: 'Search the lessons' });
    await expect.poll(() => page.evaluate(ACTIVE_ID)).toBe('search-input');
    await input.fill('NXDOMAIN');
    const first = page.locator('.search-results a').first();
    await expect.poll(() => first.locator('.result-where').textContent()).toBe('Init containers wait for their services › What the first init container is doing');
    expect(await first.locator('mark').first().textContent()).toBe('NXDOMAIN');
    await first.click();
    await expect.poll(() => page.url()).toBe(`${url(WALKTHROUGH)}#what-the-first-init-container-is-doing`);
    await page.waitForLoadState('load');
    await expect.poll(() => page.evaluate(visibleTop('#what-the-first-init-container-is-doing'))).toBeGreaterThanOrEqual(0);
    expect(await page.evaluate(visibleTop('#what-the-first-init-container-is-doing'))).toBeLessThan(100);
    expect(problems).toEqual([]);
  });

  it('opens search with Ctrl-K and goes to the first result with Enter', async () => {
    await page.goto(url(FORMAT));
    await page.keyboard.press('Control+k');
    await page.keyboard.type('myservice');
    await expect.poll(() => page.locator('.search-results a').count()).toBeGreaterThan(0);
    const href = await page.locator('.search-results a').first().getAttribute('href');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toBe(new URL(href ?? '', url(FORMAT)).href);
    expect(problems).toEqual([]);
  });

  it('moves between the search field and the results with the arrow keys', async () => {
    await page.goto(url(WALKTHROUGH));
    await page.keyboard.press('/');
    await page.keyboard.type('service');
    await expect.poll(() => page.locator('.search-results a').count()).toBeGreaterThan(1);
    const focusedHref = `document.activeElement && document.activeElement.getAttribute('href')`;
    await page.keyboard.press('ArrowDown');
    const first = await page.evaluate(focusedHref);
    expect(first).toBe(await page.locator('.search-results a').first().getAttribute('href'));
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(focusedHref)).toBe(await page.locator('.search-results a').nth(1).getAttribute('href'));
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(ACTIVE_ID)).toBe('search-input');
  });

  it('highlights YAML file blocks at build time, in the light and the dark theme', async () => {
    await page.goto(url(WALKTHROUGH));
    const key = '.file-block code.language-yaml span[style]';
    expect(await page.locator(key).first().textContent()).toBe('apiVersion');
    const colour = () => page.evaluate(style(key, 'color'));
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await colour()).toBe('rgb(17, 99, 41)');
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await colour()).toBe('rgb(126, 231, 135)');
  });

  it('follows a link to a heading anchor, and the format reference’s own #the-simulated-cluster link', async () => {
    await page.goto(url(FORMAT));
    await page.locator('a[href="#the-simulated-cluster"]').first().click();
    await expect.poll(() => page.url()).toBe(`${url(FORMAT)}#the-simulated-cluster`);
    await expect.poll(() => page.evaluate(visibleTop('#the-simulated-cluster'))).toBeGreaterThanOrEqual(0);
    expect(await page.evaluate(visibleTop('#the-simulated-cluster'))).toBeLessThan(100);
    await page.goto(url(WALKTHROUGH));
    const tocLink = page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'The second Service' });
    await tocLink.click();
    await expect.poll(() => page.url()).toBe(`${url(WALKTHROUGH)}#the-second-service`);
    await expect.poll(() => page.evaluate(SCROLL_Y)).toBeGreaterThan(0);
  });

  it('shows a heading’s anchor link when it has keyboard focus', async () => {
    await page.goto(url(WALKTHROUGH));
    const anchor = page.getByRole('link', { name: 'Link to this section: The second Service' });
    const opacity = () => page.evaluate(style('#the-second-service .heading-anchor', 'opacity'));
    expect(await opacity()).toBe('0');
    await anchor.focus();
    expect(await opacity()).toBe('1');
  });

  it('copies a file block’s content, and announces it', async () => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(url(WALKTHROUGH));
    await page.getByRole('button', { name: 'Copy myservice.yaml' }).click();
    await expect.poll(() => page.evaluate(READ_CLIPBOARD)).toMatch(/^kind: Service\napiVersion: v1\nmetadata:\n {2}name: myservice\n/);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Copied' }).count()).toBe(1);
  });

  it('gives every copy button a name of its own', async () => {
    await page.goto(url(WALKTHROUGH));
    const names = await page.evaluate(COPY_LABELS);
    expect((names as string[]).length).toBeGreaterThan(5);
    expect(new Set(names as string[]).size).toBe((names as string[]).length);
  });

  it('folds the long log, and unfolds it on a click', async () => {
    await page.goto(url(WALKTHROUGH));
    const fold = page.locator('details.fold').first();
    expect(await fold.locator('summary').textContent()).toMatch(/^\d+ more lines$/);
    expect(await fold.locator('pre').isVisible()).toBe(false);
    await fold.locator('summary').click();
    expect(await fold.locator('pre').isVisible()).toBe(true);
  });

  it('remembers the dark theme across pages and reloads, against the system preference', async () => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(url(WALKTHROUGH));
    expect(await page.evaluate(BODY_BACKGROUND)).toBe('rgb(255, 255, 255)');
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await page.evaluate(BODY_BACKGROUND)).toBe('rgb(15, 17, 21)');
    await page.goto(url('index.html'));
    expect(await page.evaluate(THEME)).toBe('dark');
    expect(await page.evaluate(BODY_BACKGROUND)).toBe('rgb(15, 17, 21)');
    expect(await page.getByRole('button', { name: 'Dark theme' }).getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await page.reload();
    expect(await page.evaluate(BODY_BACKGROUND)).toBe('rgb(255, 255, 255)');
  });

  it('has no axe violations with the search dialog open and showing results, nor in the dark theme chosen against a light system', async () => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(url(WALKTHROUGH));
    await page.keyboard.press('Control+k');
    await page.keyboard.type('init container');
    await expect.poll(() => page.locator('.search-results a').count()).toBeGreaterThan(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Dark theme' }).click();
    expect(await page.evaluate(THEME)).toBe('dark');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('prints the lesson without its navigation, folded output shown', async () => {
    await page.goto(url(WALKTHROUGH));
    await page.emulateMedia({ media: 'print' });
    expect(await page.evaluate(style('.sidebar', 'display'))).toBe('none');
    expect(await page.evaluate(style('.site-header', 'display'))).toBe('none');
    expect(await page.locator('details.fold pre').first().isVisible()).toBe(true);
  });

  it('finds violations where there are some (the check itself works)', async () => {
    await page.setContent('<!doctype html><html lang="en"><title>t</title><main><img src="data:,"><div style="overflow:auto;width:50px"><pre>' + 'x'.repeat(200) + '</pre></div></main></html>');
    const found = await axeViolations(page);
    expect(found.map((v) => v.split(' ')[0])).toEqual(expect.arrayContaining(['image-alt', 'scrollable-region-focusable']));
  });

  it('has no axe violations on any page, at 1280 and 390 px, in the light and the dark theme', async () => {
    const pages = (await readdir(dist, { recursive: true })).filter((f) => f.endsWith('.html')).sort();
    expect(pages).toContain(WALKTHROUGH);
    const found: string[] = [];
    for (const width of [1280, 390]) {
      for (const scheme of ['light', 'dark'] as const) {
        const ctx = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
        const tab = await ctx.newPage();
        for (const path of pages) {
          await tab.goto(url(path));
          for (const v of await axeViolations(tab)) found.push(`${path} at ${width}px, ${scheme}: ${v}`);
        }
        await ctx.close();
      }
    }
    expect(found).toEqual([]);
  }, 600_000);
});
