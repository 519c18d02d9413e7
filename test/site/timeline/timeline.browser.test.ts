// The walkthrough's Pod timeline in a real browser (Chromium, from file://): the picture renders,
// the two init containers' runs come before the app container's, every bar has a hover title,
// the folded table opens and lists describe's times, and the colours follow the colour scheme.
import { mkdtemp, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSimBackend } from '../../../src/backends/sim/create-sim-backend.js';
import { parseLesson } from '../../../src/lesson/parse-lesson.js';
import { runLesson } from '../../../src/run/run-lesson.js';
import { renderSite } from '../../../src/site/render-site.js';
import { verifyLesson } from '../../../src/verify/verify-lesson.js';
import { repoRoot } from '../../support/golden.js';
import { requireTool } from '../../support/tools.js';
import { siteOptions } from '../site-fixture.js';
import { CHROMIUM, launchChromium } from '../../support/chromium.js';

const chromiumTool = requireTool('chromium', CHROMIUM);
const FILE = 'lessons/10-init-containers-walkthrough.md';

// Code that runs in the page is written as strings: this project's TypeScript has no DOM types.
/** Per lane of the first timeline: its name, and the left and right edges of its `running` bars. */
const LANES = `[...document.querySelectorAll('svg.kl-timeline')[0].querySelectorAll('g.kl-tl-lane')].map((g) => ({
  name: g.querySelector('.kl-tl-name').firstChild.textContent,
  runs: [...g.querySelectorAll('rect.kl-tl-running')].map((r) => { const b = r.getBoundingClientRect(); return [b.left, b.right]; }),
}))`;
const SVG_BOX = `(() => { const b = document.querySelector('svg.kl-timeline').getBoundingClientRect(); return [b.width, b.height]; })()`;
const UNTITLED = `[...document.querySelectorAll('svg.kl-timeline rect, svg.kl-timeline circle')].filter((e) => !e.querySelector(':scope > title')).length`;
const FILLS = `['waiting', 'running'].map((k) => getComputedStyle(document.querySelector('svg.kl-timeline rect.kl-tl-' + k)).fill)`;
const ROW = (name: string) => `[...document.querySelectorAll('.kl-timeline-table tr')].filter((tr) => tr.querySelector('th')?.textContent.startsWith('${name} ') && tr.children[1].textContent === 'Terminated').map((tr) => [...tr.querySelectorAll('time')].map((t) => t.textContent))[0]`;
const TABLE_SHOWN = `document.querySelector('.kl-timeline-details').open && document.querySelector('.kl-timeline-table').checkVisibility()`;

describe.skipIf(!chromiumTool.available)('the walkthrough’s timeline in Chromium', () => {
  let work: string;
  let browser: Browser;
  let describeTimes: Record<string, string[]>;

  beforeAll(async () => {
    const lesson = parseLesson(FILE, readFileSync(join(repoRoot, FILE), 'utf8'));
    const run = await runLesson(lesson, createSimBackend());
    const verdict = verifyLesson(run, { normalize: false });
    expect(verdict.status).toBe('passed');
    work = await mkdtemp(join(tmpdir(), 'kindling-timeline-browser-'));
    await renderSite([{ lesson, run, verdict }], siteOptions(join(work, 'dist')));
    // What the lesson's own describe recorded for the first init container.
    const recorded = lesson.blocks.flatMap((b) => (b.kind === 'console' ? b.commands : [])).find((c) => c.source === 'kubectl describe pod myapp-pod')!;
    describeTimes = { 'init-myservice': recorded.expected.filter((l) => /^ {6}Started:/.test(l)).map((l) => l.replace(/^\s*Started:\s*/, '').trim()) };
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    if (work) await rm(work, { recursive: true, force: true });
  });

  const open = async (page: string, colorScheme: 'light' | 'dark', width = 1280): Promise<{ page: Page; problems: string[] }> => {
    const context = await browser.newContext({ colorScheme, viewport: { width, height: 900 } });
    const p = await context.newPage();
    const problems: string[] = [];
    p.on('console', (m) => void (m.type() === 'error' && problems.push(`console: ${m.text()}`)));
    p.on('pageerror', (e) => void problems.push(`page error: ${e.message}`));
    p.on('requestfailed', (r) => void problems.push(`request failed: ${r.url()}`));
    await p.goto(pathToFileURL(join(work, 'dist/10-init-containers-walkthrough', page)).href);
    return { page: p, problems };
  };

  it.each(['index.html', 'timeline.html'])('%s draws the two init containers’ runs before the app container’s', async (file) => {
    const { page, problems } = await open(file, 'light');
    const [width, height] = (await page.evaluate(SVG_BOX)) as number[];
    expect(width).toBeGreaterThan(300);
    expect(height).toBeGreaterThan(100);
    const lanes = (await page.evaluate(LANES)) as Array<{ name: string; runs: number[][] }>;
    expect(lanes.map((l) => l.name)).toEqual(['myapp-pod', 'init-myservice', 'init-mydb', 'myapp-container']);
    const [, first, second, app] = lanes.map((l) => l.runs);
    expect([first!.length, second!.length, app!.length]).toEqual([1, 1, 1]);
    expect(first![0]![1]).toBeLessThanOrEqual(second![0]![0]!);
    expect(second![0]![1]).toBeLessThanOrEqual(app![0]![0]!);
    expect(await page.evaluate(UNTITLED)).toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('opens the folded table by keyboard, and it lists the Started time kubectl describe printed', async () => {
    const { page } = await open('index.html', 'light', 390);
    expect(await page.evaluate(TABLE_SHOWN)).toBe(false);
    await page.locator('.kl-timeline-details summary').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(TABLE_SHOWN)).toBe(true);
    const row = (await page.evaluate(ROW('init-myservice'))) as string[];
    expect(row[0]).toBe(describeTimes['init-myservice']![0]);
    await page.context().close();
  });

  it('takes its colours from the colour scheme', async () => {
    const light = await open('timeline.html', 'light');
    const dark = await open('timeline.html', 'dark');
    const [lightFills, darkFills] = [await light.page.evaluate(FILLS), await dark.page.evaluate(FILLS)] as string[][];
    expect(lightFills![0]).not.toBe(darkFills![0]);
    expect(lightFills![1]).not.toBe(darkFills![1]);
    await light.page.context().close();
    await dark.page.context().close();
  });
});
