// A lesson full of hostile links, built into a site and opened in real Chromium: every link on the
// page is clicked (and every navigation followed), and no script a link or a raw HTML tag carries
// runs. Each payload would call alert() (a dialog) and set window.name (which survives
// navigations in the tab); console errors and Content-Security-Policy violations are counted and
// reported, allowed. The page must carry its CSP <meta> tag.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseLesson } from '../../src/lesson/parse-lesson.js';
import { renderSite } from '../../src/site/render-site.js';
import { requireTool } from '../support/tools.js';
import { passedRun, siteEntry } from './lesson-fixture.js';
import { siteOptions } from './site-fixture.js';
import { CHROMIUM, launchChromium } from '../support/chromium.js';

const chromiumTool = requireTool('chromium', CHROMIUM);

/** What a payload does: a dialog, and a mark on the tab that outlives navigations. */
const JS = "window.name='pwned';alert(1)";
const HTML = `<script>window.name='pwned';alert(1)</script>`;

const LESSON = [
  '---',
  'title: Hostile links',
  '---',
  '',
  `Inline: [plain](javascript:${JS}), [mixed case](JaVaScRiPt:${JS}), [entity](jav&#x61;script:${JS}),`,
  `[entity colon](javascript&#58;${JS}), [tab inside](<java&#x09;script:${JS}>), [newline inside](<java&#x0A;script:${JS}>),`,
  `[leading control](<&#x01;javascript:${JS}>), [leading space](< javascript:${JS}>), [vbscript](vbscript:msgbox(1)),`,
  `[data html](<data:text/html,${encodeURIComponent(HTML)}>), [data base64](data:text/html;base64,${Buffer.from(HTML).toString('base64')}),`,
  `[file](file:///etc/passwd), [image link ![alt](javascript:${JS})](javascript:${JS}).`,
  '',
  `Reference: [by reference][evil], [collapsed][], [shortcut] and an autolink <javascript:${JS}>, <JAVASCRIPT:${JS}>,`,
  `<data:text/html,${encodeURIComponent(HTML)}>, a bare javascript:alert(1) and www.example.com.`,
  '',
  `[evil]: javascript:${JS}`,
  `[collapsed]: <jav&#x61;script:${JS}>`,
  `[shortcut]: data:text/html;base64,${Buffer.from(HTML).toString('base64')}`,
  '',
  `## A heading with [a link](javascript:${JS})`,
  '',
  '| Column | Link |',
  '| ------ | ---- |',
  `| cell | [in a table](javascript:${JS}) |`,
  `| cell | <javascript:${JS}> |`,
  '',
  'A footnote.[^note]',
  '',
  `[^note]: With [a link](javascript:${JS}).`,
  '',
  `- A list item with [a link](vbscript:${JS})`,
  `  > quoted [link](javascript:${JS})`,
  '',
  `Raw HTML: <a href="javascript:${JS}">raw anchor</a> <img src="x" onerror="${JS}"> <svg onload="${JS}"><a href="javascript:${JS}"><text y="20">svg link</text></a></svg>`,
  '',
  `<script>${JS}</script>`,
  '',
  `<iframe src="javascript:${JS}"></iframe>`,
  '',
  `<div onmouseover="${JS}"><a href="javascript:${JS}">raw in a block</a></div>`,
  '',
  'Safe ones stay links: [a fragment](#a-heading-with-a-link), [relative](../), [mail](mailto:someone@example.com), [web](https://example.com/).',
  '',
  '```console',
  '$ echo hi',
  'hi',
  '```',
  '',
].join('\n');

describe.skipIf(!chromiumTool.available)('hostile links in real Chromium', () => {
  let work: string;
  let browser: Browser;
  let pageUrl: string;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'kindling-hostile-links-'));
    const lesson = parseLesson('lessons/hostile.md', LESSON);
    expect(lesson.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    // The parser warns about every unsafe link (KL860).
    expect(lesson.diagnostics.filter((d) => d.code === 'KL860').length).toBeGreaterThanOrEqual(15);
    await renderSite([siteEntry(lesson, passedRun(lesson))], siteOptions(join(work, 'dist')));
    pageUrl = pathToFileURL(join(work, 'dist', 'hostile', 'index.html')).href;
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await rm(work, { recursive: true, force: true });
  });

  it('carries the CSP meta tag, renders no unsafe href, and runs no script when every link is clicked', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    // Nothing leaves the machine: web links are aborted (the navigation fails, as offline).
    await context.route(/^(https?|ftp|ws|wss):/, (route) => route.abort());
    // Counted in every document of the tab (init scripts are injected by the browser, not eval'd).
    await context.addInitScript(() => {
      const w = globalThis as unknown as { __csp?: number; addEventListener: (t: string, f: () => void) => void };
      w.__csp = 0;
      w.addEventListener('securitypolicyviolation', () => void (w.__csp = (w.__csp ?? 0) + 1));
    });
    const dialogs: string[] = [];
    const consoleErrors: string[] = [];
    let cspViolations = 0;
    const pages: Page[] = [];
    const watch = (p: Page) => {
      pages.push(p);
      p.on('dialog', (d) => {
        dialogs.push(`${d.type()}: ${d.message()}`);
        void d.dismiss();
      });
      p.on('console', (m) => void (m.type() === 'error' && consoleErrors.push(m.text())));
    };
    context.on('page', watch);
    const page = await context.newPage();

    const marked = async (p: Page): Promise<string> => {
      try {
        return await p.evaluate(() => (globalThis as unknown as { name: string }).name);
      } catch {
        return ''; // the page is navigating or gone: checked again on the next look
      }
    };
    const violations = async (p: Page): Promise<number> => {
      try {
        return await p.evaluate(() => (globalThis as unknown as { __csp?: number }).__csp ?? 0);
      } catch {
        return 0;
      }
    };

    await page.goto(pageUrl);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    // No href, src or event handler on the page names a script scheme or runs code.
    const attributes = await page.evaluate(() => {
      const doc = (globalThis as unknown as { document: { querySelectorAll: (s: string) => ArrayLike<{ attributes: ArrayLike<{ name: string; value: string }> }> } }).document;
      const out: string[] = [];
      for (const el of Array.from(doc.querySelectorAll('*'))) for (const a of Array.from(el.attributes)) out.push(`${a.name}=${a.value}`);
      return out;
    });
    expect(attributes.filter((a) => /^on/i.test(a))).toEqual([]);
    expect(attributes.filter((a) => /^(href|src|xlink:href|action|formaction)=\s*(javascript|vbscript|data:text\/html|file)/i.test(a.replace(/[\t\n\r\u0000-\u001f]/g, '')))).toEqual([]);
    expect(await page.locator('iframe, script:not([src]):not([type="application/json"]):not([type="application/ld+json"]), svg[onload], img[onerror]').count()).toBeLessThanOrEqual(1);

    const linkCount = await page.locator('a[href]').count();
    expect(linkCount).toBeGreaterThan(5);
    let clicked = 0;
    for (let i = 0; i < linkCount; i++) {
      if (page.url() !== pageUrl) await page.goto(pageUrl);
      const link = page.locator('a[href]').nth(i);
      try {
        await link.click({ force: true, timeout: 5_000 });
      } catch {
        // No box to click (a hidden link): the element's own click() follows it the same way.
        await link.evaluate((el) => (el as unknown as { click: () => void }).click()).catch(() => undefined);
      }
      clicked++;
      await page.waitForLoadState('load').catch(() => undefined);
      for (const p of context.pages()) {
        expect(await marked(p), `after clicking link ${i} (${p.url()})`).not.toBe('pwned');
        cspViolations += await violations(p);
        if (p !== page) await p.close();
      }
    }
    // The hover handler of the raw <div> was dropped; hovering every element runs nothing either.
    await page.goto(pageUrl);
    for (const el of await page.locator('main *').all()) await el.hover({ force: true, timeout: 1_000 }).catch(() => undefined);
    cspViolations += await violations(page);
    expect(await marked(page)).not.toBe('pwned');
    expect(clicked).toBe(linkCount);
    expect(dialogs).toEqual([]);
    // Reported, not failed: a violation means the CSP stopped something the renderer let through.
    console.log(`hostile links: clicked ${clicked} links on ${pages.length} tab(s); ${dialogs.length} dialogs, ${cspViolations} CSP violations, ${consoleErrors.length} console errors${consoleErrors.length ? `: ${consoleErrors.slice(0, 5).join(' | ')}` : ''}`);
    await context.close();
  }, 300_000);
});
