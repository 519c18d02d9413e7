// `kindling serve` in a real browser: a broken save puts the overlay over the page, the fix takes
// it away, each save reloads the page once, and the reader stays where they had scrolled to.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa, type ResultPromise } from 'execa';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/golden.js';
import { requireTool } from '../support/tools.js';

const CHROMIUM = '/usr/bin/chromium';
const chromiumTool = requireTool('chromium', CHROMIUM);
const PROSE = Array.from({ length: 80 }, (_, i) => `Paragraph ${i} of prose that makes the page tall enough to scroll.`).join('\n\n');
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
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
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
    let loads = 0;
    page.on('load', () => void loads++);
    await page.goto(`${url}a/`);
    await page.waitForFunction('document.readyState === "complete"');
    await page.evaluate('scrollTo(0, 1500)');
    await page.waitForFunction('scrollY === 1500');
    expect(await page.locator('#kindling-overlay').count()).toBe(0);

    writeFileSync(join(dir, 'a.md'), LESSON('second', 'wrong'));
    await page.locator('#kindling-overlay').waitFor({ state: 'visible', timeout: 60_000 });
    expect(await page.locator('#kindling-overlay h2').textContent()).toBe('a.md does not verify');
    expect(await page.locator('#kindling-overlay pre').textContent()).toContain('+second');
    await page.waitForFunction('scrollY === 1500');
    expect(loads).toBe(2);

    await page.keyboard.press('Escape');
    expect(await page.locator('#kindling-overlay').count()).toBe(0);

    writeFileSync(join(dir, 'a.md'), LESSON('third'));
    await page.waitForFunction('document.body.textContent.includes("third")', undefined, { timeout: 60_000 });
    await page.waitForFunction('document.readyState === "complete"');
    expect(await page.locator('#kindling-overlay').count()).toBe(0);
    await page.waitForFunction('scrollY === 1500');
    expect(loads).toBe(3);
    expect(errors).toEqual([]);
  });
});
