// The rendered site in a real browser: copy buttons copy only the commands, pages load without
// errors from a server under a base path and from file://, both colour schemes apply.
import { createServer, type Server } from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { renderSite } from '../../src/site/render-site.js';
import { requireTool } from '../support/tools.js';
import { fixtureEntries, siteOptions } from './site-fixture.js';
import { CHROMIUM, launchChromium } from '../support/chromium.js';

const chromiumTool = requireTool('chromium', CHROMIUM);
const BASE = '/some/base/';
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript' };
const TWO_COMMANDS = 'kubectl create -f init.yaml\nkubectl get pod \\\n  myapp-pod';

// Code that runs in the page is written as strings: this project's TypeScript has no DOM types.
const READ_CLIPBOARD = 'navigator.clipboard.readText()';
const REFUSE_ASYNC_CLIPBOARD = `
  window.copied = [];
  navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
  document.addEventListener('copy', (event) => {
    const area = event.target;
    window.copied.push(area.value.slice(area.selectionStart, area.selectionEnd));
  });`;
const COPIED = 'window.copied';
const TERMINAL_BACKGROUND = `getComputedStyle(document.querySelector('.terminal')).backgroundColor`;
const BACKGROUNDS = `[
  getComputedStyle(document.body).backgroundColor,
  getComputedStyle(document.querySelector('.terminal')).backgroundColor,
]`;

/** Serves `root` under BASE on 127.0.0.1 and a random port. */
async function serve(root: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(BASE)) return void res.writeHead(404).end();
    const rel = normalize(path.slice(BASE.length) || 'index.html');
    if (rel.startsWith('..')) return void res.writeHead(403).end();
    readFile(join(root, rel.endsWith('/') ? `${rel}index.html` : rel)).then(
      (body) => res.writeHead(200, { 'content-type': TYPES[extname(rel)] ?? 'application/octet-stream' }).end(body),
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

describe.skipIf(!chromiumTool.available)('the rendered site in Chromium', () => {
  let work: string;
  let dist: string;
  let server: Server;
  let origin: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'kindling-browser-'));
    dist = join(work, 'dist');
    await renderSite(fixtureEntries(), siteOptions(dist));
    ({ server, origin } = await serve(dist));
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
    await rm(work, { recursive: true, force: true });
  });

  beforeEach(async () => {
    context = await browser.newContext();
    page = await context.newPage();
    problems = [];
    page.on('console', (m) => void (m.type() === 'error' && problems.push(`console: ${m.text()}`)));
    page.on('pageerror', (e) => void problems.push(`page error: ${e.message}`));
    page.on('requestfailed', (r) => void problems.push(`request failed: ${r.url()}`));
    page.on('response', (r) => void (r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`)));
  });

  afterEach(async () => {
    await context.close();
  });

  const lessonUrl = () => `${origin}${BASE}10-init-containers/index.html`;

  it('copies exactly the commands of a transcript, continuation line included, and says so', async () => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await page.goto(lessonUrl());
    const button = page.locator('.transcript .copy-button').first();
    await button.click();
    await expect.poll(() => page.evaluate(READ_CLIPBOARD)).toBe(TWO_COMMANDS);
    await expect.poll(() => button.textContent()).toBe('Copied');
    expect(problems).toEqual([]);
  });

  it('falls back to a selection copy when the async clipboard refuses', async () => {
    await page.addInitScript({ content: REFUSE_ASYNC_CLIPBOARD });
    await page.goto(lessonUrl());
    await page.locator('.transcript .copy-button').first().click();
    await expect.poll(() => page.evaluate(COPIED)).toEqual([TWO_COMMANDS]);
    expect(problems).toEqual([]);
  });

  it('loads every page under a base path without console errors or failed requests', async () => {
    await page.goto(`${origin}${BASE}index.html`);
    await page.getByRole('link', { name: 'Init containers wait for their services' }).click();
    await expect.poll(() => page.url()).toBe(lessonUrl());
    await page.getByRole('link', { name: /Next/ }).click();
    await expect.poll(() => page.url()).toBe(`${origin}${BASE}20-services/index.html`);
    await page.getByRole('link', { name: 'All lessons' }).click();
    await expect.poll(() => page.url()).toBe(`${origin}${BASE}index.html`);
    expect(problems).toEqual([]);
  });

  it('works from file:// with its styles and copy buttons', async () => {
    await page.goto(pathToFileURL(join(dist, 'index.html')).href);
    await page.getByRole('link', { name: 'Cleaning up' }).click();
    await expect.poll(() => page.url()).toBe(pathToFileURL(join(dist, 'cleanup/index.html')).href);
    await expect.poll(() => page.evaluate(TERMINAL_BACKGROUND)).toBe('rgb(22, 24, 29)');
    await expect.poll(() => page.locator('.copy-button').first().isVisible()).toBe(true);
    expect(problems).toEqual([]);
  });

  it('follows the reader\'s colour scheme while terminals stay dark', async () => {
    await page.goto(lessonUrl());
    const colours = () => page.evaluate(BACKGROUNDS);
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await colours()).toEqual(['rgb(255, 255, 255)', 'rgb(22, 24, 29)']);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await colours()).toEqual(['rgb(15, 17, 21)', 'rgb(10, 11, 14)']);
  });
});
