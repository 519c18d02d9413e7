// The playground in real Chromium, on the walkthrough's page opened from file://: "Try it" loads
// the bundle, the worker starts from a Blob, the reader's commands run on the lesson's cluster
// (Init:0/2, then Init:1/2 once myservice exists and time is fast-forwarded), "Try from here" at
// the last step replays the lesson (Running), Reset starts again, Ctrl-C stops a watch, Tab
// completes names from the cluster, a here-document spans lines, explain's data loads lazily, the page keeps running its own
// timers while the worker is busy, axe finds no violation with the terminal open, the worker imports
// the simulator itself (the page never loads it) and, where it may not, the page-loaded fallback works;
// a press from the keyboard (a click with no pointerdown before it) opens it too.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import '../../src/backends/builtin.js';
import { checkLessons } from '../../src/build.js';
import { loadLessons } from '../../src/lesson/load-lessons.js';
import { renderSite } from '../../src/site/render-site.js';
import { repoRoot } from '../support/golden.js';
import { requireTool } from '../support/tools.js';
import { axeViolations } from '../site/axe-check.js';
import { siteOptions } from '../site/site-fixture.js';
import { CHROMIUM, launchChromium } from '../support/chromium.js';

const chromiumTool = requireTool('chromium', CHROMIUM);
const WALKTHROUGH = '10-init-containers-walkthrough/index.html';
const WAIT = { timeout: 60_000 };

// Code that runs in the page is written as strings: this project's TypeScript has no DOM types.
/** The terminal's visible rows, as text (xterm draws spaces as no-break spaces), without trailing spaces: the prompt is `$`. */
const SCREEN = `document.querySelector('.playground .xterm-rows').innerText.replace(/\\u00a0/g, ' ').replace(/ +$/gm, '')`;
/** A function, not a string: waitForFunction compiles a string in the page, which the site's CSP forbids. */
const READY = () => (globalThis as unknown as { document: { querySelector(s: string): unknown } }).document.querySelector('.playground[data-ready]') !== null;

describe.skipIf(!chromiumTool.available)('the playground on a lesson page, in Chromium', () => {
  let work: string;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  const screen = async (): Promise<string> => (await page.evaluate(SCREEN)) as string;
  /** Waits until the terminal's text matches. */
  const waitFor = async (pattern: RegExp): Promise<void> => {
    await expect.poll(screen, WAIT).toMatch(pattern);
  };
  /** Clears the screen (Ctrl-L), types a command and presses Enter. */
  const type = async (command: string): Promise<void> => {
    await page.keyboard.press('Control+l');
    await page.keyboard.type(command);
    await page.keyboard.press('Enter');
  };
  const start = async (button: string): Promise<void> => {
    await page.locator(button).click();
    await page.waitForFunction(READY, null, WAIT);
    await waitFor(/^\$$/m);
  };

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'kindling-playground-browser-'));
    const dist = join(work, 'dist');
    const lessons = await loadLessons([join(repoRoot, 'lessons/10-init-containers-walkthrough.md')]);
    const { verdicts } = await checkLessons(lessons, { backend: 'sim', jobs: 1 });
    const entries = verdicts.map((v) => {
      if (v.status !== 'passed' || v.run === undefined) throw new Error(`${v.lesson.file} did not pass`);
      return { lesson: v.lesson, run: v.run, verdict: v };
    });
    await renderSite(entries, siteOptions(dist));
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.on('console', (m) => void (m.type() === 'error' && problems.push(`console: ${m.text()}`)));
    page.on('pageerror', (e) => void problems.push(`page error: ${e.message}`));
    page.on('requestfailed', (r) => void problems.push(`request failed: ${r.url()}`));
    await page.goto(pathToFileURL(join(dist, WALKTHROUGH)).href);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await rm(work, { recursive: true, force: true });
  });

  it('loads nothing of the playground until "Try it" is pressed', async () => {
    expect(await page.evaluate(`typeof window.KINDLING_PLAYGROUND`)).toBe('undefined');
    expect(await page.locator('.try-button').count()).toBeGreaterThan(5);
  });

  it('runs the lesson on a cluster in a worker: Init:0/2, then Init:1/2 after myservice and a fast-forward', async () => {
    await start('.try-it .try-button');
    expect(await page.evaluate(`typeof window.KINDLING_PLAYGROUND.open`)).toBe('function');
    // The worker imported the simulator itself: the page never loaded it.
    expect(await page.locator('.playground').getAttribute('data-worker-load')).toBe('import');
    expect(await page.evaluate(`typeof window.KINDLING_PLAYGROUND_WORKER`)).toBe('undefined');
    await type('kubectl create -f init.yaml');
    await waitFor(/pod\/myapp-pod created\n\$$/m);
    await type('kubectl get pods');
    await waitFor(/myapp-pod {3}0\/1 {5}Init:0\/2 {3}0 {10}\d+s\n\$$/m);
    await type('kubectl create service clusterip myservice --tcp=80:9376');
    await waitFor(/service\/myservice created\n\$$/m);
    await page.getByRole('button', { name: '+1 min' }).click();
    await type('kubectl get pods');
    await waitFor(/myapp-pod {3}0\/1 {5}Init:1\/2 {3}0 {10}\S+\n\$$/m);
    expect(problems).toEqual([]);
  }, 180_000);

  it('completes names from the cluster with Tab and reads a here-document over several lines', async () => {
    await page.keyboard.press('Control+l');
    await page.keyboard.type('kubectl logs myapp-');
    await page.keyboard.press('Tab');
    await waitFor(/\$ kubectl logs myapp-pod$/m);
    await page.keyboard.press('Control+u');
    await type('cat <<EOF > note.txt');
    await waitFor(/^>$/m);
    await page.keyboard.type('hello from a heredoc');
    await page.keyboard.press('Enter');
    await page.keyboard.type('EOF');
    await page.keyboard.press('Enter');
    await type('cat note.txt');
    await waitFor(/^hello from a heredoc\n\$$/m);
  }, 120_000);

  it("loads kubectl explain's descriptions the first time a command names explain", async () => {
    expect(await page.evaluate(`typeof window.KINDLING_PLAYGROUND_EXPLAIN`)).toBe('undefined');
    await type('kubectl explain pod.spec.restartPolicy | head -4');
    await waitFor(/^KIND: {7}Pod\nVERSION: {4}v1\n+FIELD: restartPolicy <string>\n\$$/m);
    expect(await page.evaluate(`typeof window.KINDLING_PLAYGROUND_EXPLAIN`)).toBe('string');
  }, 120_000);

  it('stops kubectl get -w with Ctrl-C and takes the next command', async () => {
    await type('kubectl get pods -w');
    await waitFor(/kubectl get pods -w\nNAME .*\nmyapp-pod /m);
    await page.keyboard.press('Control+c');
    await waitFor(/\^C\n\$$/m);
    await type('echo still here');
    await waitFor(/^still here\n\$$/m);
  }, 120_000);

  it('keeps the page running its own timers while the worker runs a long command and the containers loop', async () => {
    // The page notes when the command's last line appears; its own timer runs meanwhile.
    await page.evaluate(`(() => {
      window.__loopDone = 0;
      const rows = document.querySelector('.playground .xterm-rows');
      new MutationObserver(() => {
        if (!window.__loopDone && rows.innerText.includes('loops: 1000')) window.__loopDone = performance.now();
      }).observe(rows, { childList: true, characterData: true, subtree: true });
    })()`);
    // The command line does not contain what it prints at the end (`loops: 1000`).
    await type('for i in $(seq 1 1000); do kubectl get pods -A >/dev/null; done; echo loops: $i');
    const timerDone = (await page.evaluate(
      `new Promise((resolve) => { let n = 0; const id = setInterval(() => { if (++n === 5) { clearInterval(id); resolve(performance.now()); } }, 10); })`,
    )) as number;
    await expect.poll(() => page.evaluate(`window.__loopDone`), WAIT).toBeGreaterThan(0);
    // Five page timer ticks came and went before the worker finished its thousand kubectl runs.
    expect(timerDone).toBeLessThan((await page.evaluate(`window.__loopDone`)) as number);
    await waitFor(/^loops: 1000\n\$$/m);
  }, 120_000);

  it('has no axe violations with the terminal open', async () => {
    expect(problems).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    // axe reads the stylesheets with XMLHttpRequest, which file:// refuses: its own noise, not the page's.
    problems.length = 0;
  }, 60_000);

  it('starts again from the lesson start with Reset', async () => {
    await page.getByRole('button', { name: 'Reset' }).click();
    await page.waitForFunction(READY, null, WAIT);
    await waitFor(/^\$$/m);
    await type('kubectl get pods');
    await waitFor(/^No resources found in default namespace\.\n\$$/m);
  }, 120_000);

  it('"Try from here" at the last step replays the lesson: the Pod is Running', async () => {
    await page.locator('.lesson-body .try-button').last().click();
    await page.waitForFunction(READY, null, WAIT);
    await waitFor(/^\$$/m);
    expect(await page.locator('.playground').count()).toBe(1);
    await type('kubectl get pods');
    await waitFor(/myapp-pod {3}1\/1 {5}Running {3}0 {10}\S+\n\$$/m);
    expect(problems).toEqual([]);
  }, 120_000);

  it('opens from the keyboard too (no pointerdown came first)', async () => {
    await page.getByRole('button', { name: 'Close' }).click();
    expect(await page.locator('.playground').count()).toBe(0);
    await page.locator('.try-it .try-button').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(READY, null, WAIT);
    await waitFor(/^\$$/m);
    expect(await page.locator('.playground').getAttribute('data-worker-load')).toBe('import');
    await type('kubectl get pods');
    await waitFor(/^No resources found in default namespace\.\n\$$/m);
    expect(problems).toEqual([]);
  }, 120_000);

  it('falls back to loading the simulator into the page when a worker may not import it', async () => {
    // open() without the site's worker starter: the panel loads assets/playground-worker.js as a
    // page script and starts the worker from the function's text, as where importScripts is refused.
    await page.evaluate(`window.KINDLING_PLAYGROUND.open(window.KINDLING_PLAYGROUND_LESSON, 0, null, '../assets/')`);
    await expect.poll(() => page.locator('.playground').getAttribute('data-worker-load'), WAIT).toBe('inline');
    expect(await page.evaluate(`typeof window.KINDLING_PLAYGROUND_WORKER`)).toBe('function');
    await page.waitForFunction(READY, null, WAIT);
    await waitFor(/^\$$/m);
    await type('kubectl get pods');
    await waitFor(/^No resources found in default namespace\.\n\$$/m);
    expect(problems).toEqual([]);
  }, 120_000);
});
