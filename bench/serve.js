// The preview benchmark: `kindling serve` on a copy of lessons/, the walkthrough saved again and
// again (plain writes and write-temp-and-rename, as editors do), timed from the write to the
// `reload` message on the page's event stream (goal < 300 ms). Also counts the reloads: one a save.
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';

const WALKTHROUGH = 'lessons/10-init-containers-walkthrough.md';

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

async function until(check, what, ms = 600_000) {
  const deadline = performance.now() + ms;
  while (!check()) {
    if (performance.now() > deadline) throw new Error(`bench serve: timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export async function benchServe(root, log, { saves = 12, verifyMs } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'kindling-bench-serve-'));
  cpSync(join(root, 'lessons'), join(dir, 'lessons'), { recursive: true });
  const child = execa(process.execPath, [join(root, 'bin/kindling.js'), 'serve', '--port', '0'], { cwd: dir, reject: false, all: true });
  let out = '';
  child.all.on('data', (d) => (out += d.toString()));
  try {
    const started = performance.now();
    await until(() => /rendered$/m.test(out), 'the first build');
    const firstBuild = performance.now() - started;
    const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(out)[0];
    const events = (await fetch(`${url}_kindling/events`)).body.getReader();
    let reloads = 0;
    let onReload = () => {};
    void (async () => {
      for (;;) {
        const { value, done } = await events.read().catch(() => ({ done: true }));
        if (done) return;
        reloads += new TextDecoder().decode(value).split('data: reload').length - 1;
        onReload();
      }
    })();
    const file = join(dir, WALKTHROUGH);
    const source = readFileSync(file, 'utf8');
    const times = [];
    for (let i = 0; i < saves; i++) {
      const text = source.replace(/\n\n/, `\n\nSaved ${i} times.\n\n`);
      const before = reloads;
      const reloaded = new Promise((r) => (onReload = () => reloads > before && r()));
      const t = performance.now();
      if (i % 2 === 0) writeFileSync(file, text);
      else {
        writeFileSync(`${file}.tmp`, text);
        renameSync(`${file}.tmp`, file);
      }
      await reloaded;
      times.push(performance.now() - t);
      await new Promise((r) => setTimeout(r, 150)); // let a stray second event show up in the count
    }
    const fmt = (ms) => `${ms.toFixed(0)} ms`;
    log(`kindling serve: first build of ${WALKTHROUGH.split('/')[0]}/ ${fmt(firstBuild)}; save to reload of the walkthrough, median of ${saves}: ${fmt(median(times))} (min ${fmt(Math.min(...times))}, max ${fmt(Math.max(...times))}; goal < 300 ms); ${reloads} reloads for ${saves} saves${verifyMs === undefined ? '' : `; verifying the walkthrough in-process takes ${fmt(verifyMs)} of it`}`);
  } finally {
    child.kill('SIGINT');
    await child;
    rmSync(dir, { recursive: true, force: true });
  }
}
