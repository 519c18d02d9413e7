// `kindling serve`: the preview server an author keeps open while writing. The real CLI in a child
// process, real saves into a temp dir (plain writes, write-temp-and-rename, delete and re-create),
// and the reload channel read as a browser would; every wait is for a condition.
import { mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa, type ResultPromise } from 'execa';
import { afterEach, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/golden.js';

const LESSON = (word: string) => `---\ntitle: Preview\n---\n\n\`\`\`console\n$ echo ${word}\n${word}\n\`\`\`\n`;
const WALKTHROUGH = readFileSync(join(repoRoot, 'lessons/10-init-containers-walkthrough.md'), 'utf8');
const PATIENCE_MS = 60_000;

/** What the servers started by the running test printed last: said when a wait times out. */
const printed: Array<() => string> = [];

/** Polls `check` until it holds (a condition, never a fixed sleep as the assertion). */
async function until(what: string, check: () => boolean | Promise<boolean>): Promise<void> {
  const deadline = Date.now() + PATIENCE_MS;
  while (!(await check())) {
    if (Date.now() > deadline) {
      const tail = printed.map((out) => out().slice(-2000)).join('\n---\n');
      throw new Error(`timed out waiting for ${what}${tail ? `; the server printed, last:\n${tail}` : ''}`);
    }
    await new Promise((r) => setTimeout(r, 25));
  }
}

interface Served {
  dir: string;
  tmp: string;
  child: ResultPromise;
  out: () => string;
  url: string;
}

const started: Served[] = [];
afterEach(async () => {
  printed.length = 0;
  for (const s of started.splice(0)) {
    if (s.child.exitCode === null) s.child.kill('SIGKILL');
    await s.child.catch(() => undefined);
    rmSync(s.dir, { recursive: true, force: true });
    rmSync(s.tmp, { recursive: true, force: true });
  }
});

/** Starts `kindling serve` in a fresh dir holding `files`, with its own TMPDIR; resolves once it listens. */
async function serve(files: Record<string, string>, args: string[]): Promise<Served> {
  const dir = mkdtempSync(join(tmpdir(), 'kindling-serve-test-'));
  const tmp = mkdtempSync(join(tmpdir(), 'kindling-serve-tmpdir-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const child = execa(process.execPath, [join(repoRoot, 'bin/kindling.js'), 'serve', ...args, '--port', '0'], { cwd: dir, env: { TMPDIR: tmp }, reject: false, all: true });
  let out = '';
  child.all!.on('data', (d: Buffer) => (out += d.toString()));
  const served: Served = { dir, tmp, child, out: () => out, url: '' };
  started.push(served);
  printed.push(served.out);
  await until('the server to listen', () => /http:\/\/127\.0\.0\.1:\d+\//.test(out));
  served.url = /http:\/\/127\.0\.0\.1:\d+\//.exec(out)![0];
  return served;
}

/** Reads the reload channel in the background, as an open page does. */
async function listen(url: string): Promise<{ reloads: () => number; close: () => Promise<void> }> {
  const response = await fetch(`${url}_kindling/events`);
  const reader = response.body!.getReader();
  let text = '';
  const pump = (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      text += new TextDecoder().decode(value);
    }
  })();
  return { reloads: () => text.split('data: reload\n\n').length - 1, close: async () => void (await reader.cancel(), await pump) };
}

const page = async (url: string) => (await fetch(url)).text();
const summaries = (out: string) => (out.match(/^\d+ lessons?: .*rendered$/gm) ?? []).length;

describe('kindling serve', () => {
  it('rebuilds on plain writes, rename-on-save and delete-and-recreate, reloading open pages exactly once per save', async () => {
    const s = await serve({ 'a.md': LESSON('first') }, ['a.md']);
    await until('the first build', () => summaries(s.out()) === 1);
    expect(await page(`${s.url}a/`)).toContain('first');
    const events = await listen(s.url);
    const file = join(s.dir, 'a.md');
    const saves: [string, () => void][] = [
      ['plain', () => writeFileSync(file, LESSON('second'))],
      ['rename', () => (writeFileSync(`${file}.tmp~`, LESSON('third')), renameSync(`${file}.tmp~`, file))],
      ['plain after rename', () => writeFileSync(file, LESSON('fourth'))],
      ['rename again', () => (writeFileSync(`${file}___jb_tmp___`, LESSON('fifth')), renameSync(`${file}___jb_tmp___`, file))],
      ['plain again', () => writeFileSync(file, LESSON('sixth'))],
      ['delete', () => unlinkSync(file)],
      ['re-create', () => writeFileSync(file, LESSON('seventh'))],
    ];
    for (const [n, [how, save]] of saves.entries()) {
      save();
      await until(`the reload after the ${how} save`, () => events.reloads() === n + 1);
    }
    expect(await page(`${s.url}a/`)).toContain('seventh');
    // One more save that changes nothing a page shows: no build output, no reload; then a real one.
    writeFileSync(file, LESSON('seventh'));
    writeFileSync(file, LESSON('eighth'));
    await until('the last reload', () => events.reloads() >= saves.length + 1);
    await until('the last page', async () => (await page(`${s.url}a/`)).includes('eighth'));
    expect(events.reloads()).toBe(saves.length + 1);
    expect(summaries(s.out())).toBe(saves.length + 2);
    await events.close();
    s.child.kill('SIGINT');
    expect((await s.child).exitCode).toBe(0);
  });

  it('shows a broken lesson in an overlay on its own page, with the diff, and takes it away on the next good save', async () => {
    const s = await serve({ 'a.md': LESSON('first'), 'b.md': LESSON('other') }, ['.']);
    await until('the first build', () => summaries(s.out()) === 1);
    const events = await listen(s.url);
    const preview = await page(`${s.url}a/`);
    expect(preview).toContain('data-kindling-preview');
    expect(preview).not.toContain('id="kindling-overlay"');

    writeFileSync(join(s.dir, 'a.md'), LESSON('second').replace('second\n```', 'wrong\n```'));
    await until('the reload after the broken save', () => events.reloads() === 1);
    const broken = await page(`${s.url}a/`);
    expect(broken).toContain('id="kindling-overlay"');
    expect(broken).toContain('a.md does not verify');
    expect(broken).toContain('KL601 output-mismatch');
    expect(broken).toMatch(/<span class="ansi-red">-wrong<\/span>/);
    expect(broken).toContain('first'); // the last good page, under the overlay
    expect(broken).toContain("new EventSource('/_kindling/events')");
    const other = await page(`${s.url}b/`);
    expect(other).not.toContain('id="kindling-overlay"');
    expect(other).toContain('1 lesson failed to verify and is not shown: <a style="color:#fff" href="/a/">a.md</a>');
    expect(await page(`${s.url}_kindling/status`)).toContain('KL601 output-mismatch');

    writeFileSync(join(s.dir, 'a.md'), '---\ntitle: [unclosed\n---\n\nNo front matter to speak of.\n');
    await until('the reload after the unparseable save', () => events.reloads() === 2);
    const invalid = await page(`${s.url}a/`);
    expect(invalid).toContain('id="kindling-overlay"');
    expect(invalid).toContain('a.md has errors and cannot run');
    expect(invalid).toContain('KL102 invalid-yaml');

    writeFileSync(join(s.dir, 'a.md'), LESSON('fixed'));
    await until('the reload after the fix', () => events.reloads() === 3);
    const fixed = await page(`${s.url}a/`);
    expect(fixed).not.toContain('id="kindling-overlay"');
    expect(fixed).toContain('fixed');
    expect(await page(`${s.url}b/`)).not.toContain('failed to verify');
    await events.close();
  });

  it('answers a path the site does not have with a page that still reloads, never plain text', async () => {
    const s = await serve({ 'a.md': LESSON('first') }, ['a.md']);
    await until('the first build', () => summaries(s.out()) === 1);
    const response = await fetch(`${s.url}nowhere/`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain("new EventSource('/_kindling/events')");
    const events = (await fetch(`${s.url}_kindling/events`)).body!.getReader();
    expect(new TextDecoder().decode((await events.read()).value)).toBe('event: hello\ndata: 1\n\n');
    await events.cancel();
    expect(await page(`${s.url}a/`)).toContain("if (e.data !== '1') reload();"); // the build the page came from
    const redirect = await fetch(`${s.url}a`, { redirect: 'manual' });
    expect([redirect.status, redirect.headers.get('location')]).toEqual([301, '/a/']);
  });

  it('stops on SIGINT in the middle of the first build and of a rebuild, exit code 0, leaving nothing in TMPDIR', async () => {
    const names = Array.from({ length: 12 }, (_, i) => `w${i}.md`);
    const first = await serve(Object.fromEntries(names.map((n) => [n, WALKTHROUGH])), ['.', '--jobs', '1']);
    await until('the first build to be under way', () => /\[1\/12\]/.test(first.out()));
    first.child.kill('SIGINT');
    const firstExit = await first.child;
    expect(firstExit.exitCode).toBe(0);
    expect(summaries(first.out())).toBe(0); // it was stopped before the build finished
    expect(readdirSync(first.tmp)).toEqual([]);

    // Quick lessons first; then every one becomes the walkthrough, and Ctrl-C comes during that rebuild.
    const second = await serve(Object.fromEntries(names.map((n) => [n, LESSON(n.slice(0, -3))])), ['.', '--jobs', '1']);
    await until('the first build', () => summaries(second.out()) === 1);
    for (const name of names) writeFileSync(join(second.dir, name), WALKTHROUGH);
    await until('the rebuild to be under way', () => (second.out().match(/\[1\/12\]/g) ?? []).length === 2);
    second.child.kill('SIGINT');
    const secondExit = await second.child;
    expect(secondExit.exitCode).toBe(0);
    expect(summaries(secondExit.all as string)).toBe(1);
    expect(secondExit.all).not.toMatch(/ENOTEMPTY|Error/);
    expect(readdirSync(second.tmp)).toEqual([]);
  }, 180_000);
});
