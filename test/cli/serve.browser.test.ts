// `kindling serve` in a real browser: a broken save puts the overlay over the page, the fix takes
// it away, each save reloads the page once, and the reader stays where they had scrolled to.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa, type ResultPromise } from 'execa';
import { type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/golden.js';
import { requireTool } from '../support/tools.js';
import { CHROMIUM, launchChromium } from '../support/chromium.js';

const chromiumTool = requireTool('chromium', CHROMIUM);
const PROSE = Array.from({ length: 80 }, (_, i) => `Paragraph ${i} of prose that makes the page tall enough to scroll.`).join('\n\n');
/** What the predicates read in the page (this project's TypeScript has no DOM types). */
type InPage = { document: { readyState: string; body: { textContent: string } }; scrollY: number };
// Predicates are functions, which Playwright calls over DevTools; a string would be eval'ed in the
// page, which the page's Content-Security-Policy forbids (no 'unsafe-eval').
const loaded = () => (globalThis as unknown as InPage).document.readyState === 'complete';
const scrolled = () => (globalThis as unknown as InPage).scrollY === 1500;
const LESSON = (word: string, recorded = word) => `---\ntitle: Preview\n---\n\n${PROSE}\n\n\`\`\`console\n$ echo ${word}\n${recorded}\n\`\`\`\n`;

describe.skipIf(!chromiumTool.available)('kindling serve in Chromium', () => {
  let dir: string;
  let child: ResultPromise;
  let out = '';
  let url: string;
  let browser: Browser;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kindling-serve-browser-'));
    writeFileSync(join(dir, 'a.md'), LESSON('first'));
    child = execa(process.execPath, [join(repoRoot, 'bin/kindling.js'), 'serve', 'a.md', '--port', '0'], { cwd: dir, reject: false, all: true });
    child.all!.on('data', (d: Buffer) => (out += d.toString()));
    const deadline = Date.now() + 60_000;
    while (!/rendered$/m.test(out) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
    url = /http:\/\/127\.0\.0\.1:\d+\//.exec(out)![0];
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    child?.kill('SIGINT');
    await child;
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows the overlay on a broken save and removes it on the fix, reloading once a save and keeping the scroll position', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => void errors.push(e.message));
    // A script the policy refused (the live reload, the overlay) shows up as a console error.
    page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
    let loads = 0;
    page.on('load', () => void loads++);
    await page.goto(`${url}a/`);
    await page.waitForFunction(loaded);
    await page.evaluate('scrollTo(0, 1500)');
    await page.waitForFunction(scrolled);
    expect(await page.locator('#kindling-overlay').count()).toBe(0);

    writeFileSync(join(dir, 'a.md'), LESSON('second', 'wrong'));
    await page.locator('#kindling-overlay').waitFor({ state: 'visible', timeout: 60_000 });
    expect(await page.locator('#kindling-overlay h2').textContent()).toBe('a.md does not verify');
    expect(await page.locator('#kindling-overlay pre').textContent()).toContain('+second');
    await page.waitForFunction(scrolled);
    // Playwright reports the page's load event asynchronously: wait for the count, not a snapshot.
    await expect.poll(() => loads).toBe(2);

    await page.keyboard.press('Escape');
    expect(await page.locator('#kindling-overlay').count()).toBe(0);

    writeFileSync(join(dir, 'a.md'), LESSON('third'));
    await page.waitForFunction(() => (globalThis as unknown as InPage).document.body.textContent.includes('third'), undefined, { timeout: 60_000 });
    await page.waitForFunction(loaded);
    expect(await page.locator('#kindling-overlay').count()).toBe(0);
    await page.waitForFunction(scrolled);
    // Playwright reports the page's load event asynchronously: wait for the count, not a snapshot.
    await expect.poll(() => loads).toBe(3);
    expect(errors).toEqual([]);
  });

  it('shows a lesson saved as Latin-1 with its KL010 diagnostic in the overlay, and leaves the file as it is', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => void errors.push(e.message));
    page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
    await page.goto(`${url}a/`);
    await page.waitForFunction(loaded);
    const latin1 = Buffer.concat([Buffer.from('---\ntitle: Caf'), Buffer.from([0xe9]), Buffer.from('\n---\n\nText.\n')]);
    writeFileSync(join(dir, 'a.md'), latin1);
    await page.locator('#kindling-overlay').waitFor({ state: 'visible', timeout: 60_000 });
    const text = await page.locator('#kindling-overlay').textContent();
    expect(text).toContain('KL010');
    expect(text).toContain('a.md:2:11 error KL010 not-utf8: Lesson is not valid UTF-8: byte 0xe9 at offset 14');
    expect(readFileSync(join(dir, 'a.md'))).toEqual(latin1);
    expect(errors).toEqual([]);
    writeFileSync(join(dir, 'a.md'), LESSON('fourth'));
    await page.waitForFunction(() => (globalThis as unknown as InPage).document.body.textContent.includes('fourth'), undefined, { timeout: 60_000 });
  });
});
