// The playground benchmark: the browser bundle's size (what "Try it" loads: simulator + terminal,
// raw and gzipped; budget < 600 KB gzipped) with what makes it big (esbuild's metafile), and the
// time from pressing "Try it" on the walkthrough's page (opened from file://) to the prompt, in
// Chromium at full speed and with the CPU throttled 4x (goal < 1.5 s), both the page's main thread
// and the worker (support/duty-cycle.js), with the CPU time each thread spent and when the worker
// reached each point of its start. Skips the browser part with a message when /usr/bin/chromium
// is absent.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { execa } from 'execa';
import { cpuSpent, threadCpu } from './support/thread-cpu.js';

const CHROMIUM = '/usr/bin/chromium';
const KB = (n) => `${(n / 1024).toFixed(1)} KB`;

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function sizes(root, log) {
  const dir = join(root, 'lib/browser');
  // [file, what, part of: 'prompt' (loaded before the prompt), 'sim' (the rest of simulator + terminal), 'later']
  const rows = [
    ['playground.js', 'terminal and panel (page), loaded on "Try it"', 'prompt'],
    ['playground-worker.js', 'simulator without kubectl (imported by the worker)', 'prompt'],
    ['playground.css', 'xterm.css + the panel', 'prompt'],
    ['playground-worker-kubectl.js', 'kubectl (imported by the worker after the prompt)', 'sim'],
    ['playground-explain.js', "kubectl explain's descriptions, loaded on the first explain", 'later'],
  ];
  const total = { prompt: 0, sim: 0, later: 0 };
  for (const [name, what, part] of rows) {
    const bytes = readFileSync(join(dir, name));
    const gz = gzipSync(bytes, { level: 9 }).length;
    total[part] += gz;
    log(`  ${name.padEnd(28)} ${KB(bytes.length).padStart(10)} raw ${KB(gz).padStart(9)} gzipped  (${what})`);
  }
  log(`  simulator + terminal: ${KB(total.prompt + total.sim)} gzipped (budget < 600 KB), of which before the prompt ${KB(total.prompt)}`);
  const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8'));
  for (const [key, label] of [['worker', "worker's first file"], ['workerKubectl', 'kubectl file']]) {
    const inputs = Object.values(meta[key].outputs)[0].inputs;
    const byDir = {};
    for (const [file, { bytesInOutput }] of Object.entries(inputs)) {
      // shared:<path>: a reference to one of the first file's modules (scripts/bundle-playground.js).
      const part = file.startsWith('shared:') ? "references to the first file's modules" : file.replace(/^.*node_modules\//, 'node_modules/').replace(/^src\//, '').split('/').slice(0, 2).join('/');
      byDir[part] = (byDir[part] ?? 0) + bytesInOutput;
    }
    const top = Object.entries(byDir).sort((a, b) => b[1] - a[1]).slice(0, 6);
    log(`  ${label}'s biggest parts (minified, before gzip): ${top.map(([k, v]) => `${k} ${KB(v)}`).join(', ')}`);
  }
}

/** A fixed busy loop on the page's main thread, and the same in a worker: milliseconds each. */
const MAIN_BUSY = `(() => { const t = performance.now(); let x = 0; for (let i = 0; i < 3e7; i++) x += i % 7; return performance.now() - t; })()`;
const WORKER_BUSY = `new Promise((resolve) => {
  const code = 'const t = performance.now(); let x = 0; for (let i = 0; i < 3e7; i++) x += i % 7; postMessage(performance.now() - t);';
  const w = new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })));
  w.onmessage = (e) => { w.terminate(); resolve(e.data); };
})`;

/** The renderer processes of the browser (the page's is among them). */
async function rendererPids(browser) {
  const cdp = await browser.newBrowserCDPSession();
  const { processInfo } = await cdp.send('SystemInfo.getProcessInfo');
  await cdp.detach();
  return processInfo.filter((p) => p.type === 'renderer').map((p) => p.id);
}

/**
 * Runs `pids` 1/rate of the time (support/duty-cycle.js), from when the returned promise resolves
 * (every throttle has begun) until the function it resolves to is called.
 */
async function throttle(pids, rate) {
  if (rate === 1) return async () => {};
  const script = fileURLToPath(new URL('./support/duty-cycle.js', import.meta.url));
  const children = pids.map((pid) => execa(process.execPath, [script, String(pid), String(rate)], { stdin: 'pipe', reject: false }));
  const stop = async () => {
    for (const child of children) child.stdin.end();
    await Promise.all(children);
  };
  const begun = (child) =>
    new Promise((resolve, reject) => {
      child.stdout.once('data', resolve);
      child.once('exit', () => reject(new Error('bench/support/duty-cycle.js ended before it began to throttle')));
    });
  try {
    await Promise.all(children.map(begun));
  } catch (error) {
    await stop();
    throw error;
  }
  return stop;
}

/** The busy loops' milliseconds on the main thread and in a worker. */
async function busyLoops(page) {
  return { main: await page.evaluate(MAIN_BUSY), worker: await page.evaluate(WORKER_BUSY) };
}

/**
 * Whether the prompt is on the screen; the first time, when (on the page's clock:
 * KINDLING_BENCH_PROMPT). textContent, not innerText: innerText lays the page out, and a poll
 * every 10 ms that does would slow the page it measures.
 */
const PROMPT_SHOWN = () => {
  const rows = document.querySelector('.playground[data-ready] .xterm-rows');
  const shown = rows !== null && /\$\s*$/.test(rows.textContent.trimEnd());
  if (shown) window.KINDLING_BENCH_PROMPT ??= performance.now();
  return shown;
};

/** Whether the worker has built the cluster (and replayed the lesson up to the step); the first time, when: KINDLING_BENCH_STARTED. */
const STARTED = () => {
  const started = document.querySelector('.playground[data-start-timings]') !== null;
  if (started) window.KINDLING_BENCH_STARTED ??= performance.now();
  return started;
};

/**
 * Records when the press began on the page's clock: KINDLING_BENCH_PRESS, the timeStamp of the
 * button's pointerdown (site.js starts loading there), or of the click where none came first.
 */
const WATCH_PRESS = `for (const type of ['pointerdown', 'click']) document.addEventListener(type, (event) => { window.KINDLING_BENCH_PRESS ??= event.timeStamp; }, true)`;

/** One press of "Try it" to the prompt: wall milliseconds, CPU milliseconds per thread kind, the worker's phases. */
async function onePrompt(browser, url, rate, calibrate) {
  const page = await browser.newPage();
  try {
    await page.goto(url);
    const pids = await rendererPids(browser);
    const stop = await throttle(pids, rate);
    try {
      const busy = calibrate ? await busyLoops(page) : undefined;
      await page.evaluate(WATCH_PRESS);
      // The driver's own script for polling is set up in the page on its first waitForFunction
      // (about 10 ms of the page's main thread): before the press, not during it.
      await page.waitForFunction(() => true);
      const before = threadCpu(pids);
      const started = await page.evaluate('performance.now()');
      await page.click('.try-it .try-button');
      // A function, not a string: the site's CSP forbids eval, which a string predicate needs.
      await page.waitForFunction(PROMPT_SHOWN, null, { timeout: 120_000, polling: 10 });
      const ended = await page.evaluate('performance.now()');
      const cpu = cpuSpent(before, threadCpu(pids));
      // At the lesson's start the prompt comes before the cluster is built: wait for it too.
      await page.waitForFunction(STARTED, null, { timeout: 120_000, polling: 10 });
      const cpuStarted = cpuSpent(before, threadCpu(pids));
      // The figure: from the press (pointerdown) to the first poll that saw the prompt, both on the page's clock.
      // The driver's figure (`driver`) also has its own round trips to the renderer (Playwright's
      // click waits for the button to be stable over two frames, checks what is under the pointer,
      // then sends the mouse events; the poll's answer comes back the same way), which the CPU
      // throttle slows too, and which no reader's press has.
      const phases = await page.evaluate(`(() => {
        const press = window.KINDLING_BENCH_PRESS;
        const t = JSON.parse(document.querySelector('.playground').getAttribute('data-start-timings'));
        const at = (ms) => Math.round(ms + t.origin - performance.timeOrigin - press);
        const open = performance.getEntriesByName('kindling-playground-open')[0];
        return { ms: window.KINDLING_BENCH_PROMPT - press, click: Math.round(press - ${started}), open: Math.round(open.startTime - press), worker: at(t.script), loaded: at(t.loaded), modules: at(t.modules), prompt: at(t.prompt), cluster: at(t.cluster), replayed: at(t.replayed), startedSeen: Math.round(window.KINDLING_BENCH_STARTED - press) };
      })()`);
      return { ms: phases.ms, driver: ended - started, cpu, cpuStarted, phases, busy, load: await page.evaluate(`document.querySelector('.playground').getAttribute('data-worker-load')`) };
    } finally {
      await stop();
    }
  } finally {
    await page.close();
  }
}

async function timeToPrompt(root, log, runs) {
  if (!existsSync(CHROMIUM)) {
    log(`  time to prompt: skipped (${CHROMIUM} not found)`);
    return;
  }
  const { chromium } = await import('playwright-core');
  const work = mkdtempSync(join(tmpdir(), 'kindling-bench-playground-'));
  try {
    await execa(process.execPath, [join(root, 'bin/kindling.js'), 'build', join(root, 'lessons/10-init-containers-walkthrough.md'), '-o', join(work, 'dist')], { cwd: work });
    const url = pathToFileURL(join(work, 'dist/10-init-containers-walkthrough/index.html')).href;
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
    log(`  time to prompt: from pressing "Try it" (its pointerdown event, page from file://) to the prompt on the screen, on the page's clock, median of ${runs}; load ${loadavg()[0].toFixed(1)} at start`);
    log('  CPU 4x throttles both threads: the renderer process runs 1/4 of the time (bench/support/duty-cycle.js),');
    log("  because Chromium's CDP throttle (Emulation.setCPUThrottlingRate) slows only the page's main thread, never a worker");
    try {
      let base;
      for (const rate of [1, 4]) {
        const results = [];
        for (let i = 0; i < runs; i++) results.push(await onePrompt(browser, url, rate, i === 0));
        const busy = results[0].busy;
        base ??= busy;
        const med = (f) => Math.round(median(results.map(f)));
        const slowdown = rate === 1 ? '' : `; measured slowdown of a busy loop: main thread ${(busy.main / base.main).toFixed(1)}x, worker ${(busy.worker / base.worker).toFixed(1)}x`;
        log(`  CPU ${rate}x: median ${med((r) => r.ms)} ms (${results.map((r) => Math.round(r.ms)).join(', ')})${rate === 4 ? ' (goal < 1500 ms)' : ''}${slowdown}`);
        log(`    as the driver sees it (its click and the poll's answer included): median ${med((r) => r.driver)} ms; its click reached the page after ${med((r) => r.phases.click)} ms`);
        log(`    CPU time to the prompt (not throttled, load-independent): main thread ${med((r) => r.cpu.main)} ms, worker ${med((r) => r.cpu.worker)} ms, other renderer threads ${med((r) => r.cpu.other)} ms`);
        log(`    after the press (median ms): panel opens ${med((r) => r.phases.open)}, worker runs ${med((r) => r.phases.worker)}, its code loaded ${med((r) => r.phases.loaded)}, modules ready ${med((r) => r.phases.modules)}, prompt sent ${med((r) => r.phases.prompt)}, cluster built ${med((r) => r.phases.cluster)}, lesson replayed ${med((r) => r.phases.replayed)} (the page knew at ${med((r) => r.phases.startedSeen)}); worker code: ${results[0].load}`);
        log(`    CPU time to the cluster built (a command typed at once runs from there): main thread ${med((r) => r.cpuStarted.main)} ms, worker ${med((r) => r.cpuStarted.worker)} ms`);
      }
    } finally {
      await browser.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export async function benchPlayground(root, log, { runs = 3 } = {}) {
  log('playground (the in-browser terminal, lib/browser/)');
  sizes(root, log);
  await timeToPrompt(root, log, runs);
}
