// The playground benchmark: the browser bundle's size (what "Try it" loads: simulator + terminal,
// raw and gzipped; budget < 600 KB gzipped) with what makes it big (esbuild's metafile), and the
// time from pressing "Try it" on the walkthrough's page (opened from file://) to the prompt, in
// Chromium with the CPU throttled 4x through CDP (goal < 1.5 s). Skips the browser part with a
// message when /usr/bin/chromium is absent.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { execa } from 'execa';

const CHROMIUM = '/usr/bin/chromium';
const KB = (n) => `${(n / 1024).toFixed(1)} KB`;

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function sizes(root, log) {
  const dir = join(root, 'lib/browser');
  const rows = [
    ['playground.js', 'simulator (worker) + terminal, loaded on "Try it"'],
    ['playground.css', 'xterm.css + the panel'],
    ['playground-explain.js', "kubectl explain's descriptions, loaded on the first explain"],
  ];
  let first = 0;
  for (const [name, what] of rows) {
    const bytes = readFileSync(join(dir, name));
    const gz = gzipSync(bytes, { level: 9 }).length;
    if (name !== 'playground-explain.js') first += gz;
    log(`  ${name.padEnd(22)} ${KB(bytes.length).padStart(10)} raw ${KB(gz).padStart(9)} gzipped  (${what})`);
  }
  log(`  to a prompt: ${KB(first)} gzipped (budget < 600 KB)`);
  const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8'));
  const inputs = Object.values(meta.worker.outputs)[0].inputs;
  const byDir = {};
  for (const [file, { bytesInOutput }] of Object.entries(inputs)) {
    const key = file.replace(/^.*node_modules\//, 'node_modules/').replace(/^src\//, '').split('/').slice(0, 2).join('/');
    byDir[key] = (byDir[key] ?? 0) + bytesInOutput;
  }
  const top = Object.entries(byDir).sort((a, b) => b[1] - a[1]).slice(0, 6);
  log(`  worker's biggest parts (minified, before gzip): ${top.map(([k, v]) => `${k} ${KB(v)}`).join(', ')}`);
}

/** Milliseconds a fixed busy loop takes in a worker: tells whether CDP's throttling reaches workers. */
const WORKER_BUSY = `new Promise((resolve) => {
  const code = 'const t = performance.now(); let x = 0; for (let i = 0; i < 3e7; i++) x += i % 7; postMessage(performance.now() - t);';
  const w = new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })));
  w.onmessage = (e) => { w.terminate(); resolve(e.data); };
})`;

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
    try {
      for (const rate of [1, 4]) {
        const times = [];
        let busy = 0;
        for (let i = 0; i < runs; i++) {
          const page = await browser.newPage();
          const cdp = await page.context().newCDPSession(page);
          await page.goto(url);
          await cdp.send('Emulation.setCPUThrottlingRate', { rate });
          if (i === 0) busy = await page.evaluate(WORKER_BUSY);
          const started = await page.evaluate('performance.now()');
          await page.click('.try-it .try-button');
          // A function, not a string: the site's CSP forbids eval, which a string predicate needs.
          await page.waitForFunction(() => {
            const rows = document.querySelector('.playground[data-ready] .xterm-rows');
            return rows !== null && /\$\s*$/.test(rows.innerText.trimEnd());
          }, null, { timeout: 120_000, polling: 10 });
          times.push((await page.evaluate('performance.now()')) - started);
          await page.close();
        }
        log(`  time to prompt, CPU ${rate}x: median ${Math.round(median(times))} ms of ${runs} (${times.map(Math.round).join(', ')})${rate === 4 ? ' (goal < 1500 ms)' : ''}; a fixed busy loop in a worker took ${Math.round(busy)} ms`);
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
