// The preview's incremental build, in-process: what runs again and what is rendered again.
import { cpSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import '../../src/backends/builtin.js';
import { PreviewBuilder } from '../../src/serve/preview-builder.js';
import { repoRoot } from '../support/golden.js';

const LESSON = (title: string, word: string) => `---\ntitle: ${title}\n---\n\n\`\`\`console\n$ echo ${word}\n${word}\n\`\`\`\n`;

let dir: string;
let builder: PreviewBuilder;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kindling-preview-'));
  cpSync(join(repoRoot, 'templates'), join(dir, 'templates'), { recursive: true });
  for (const name of ['a', 'b', 'c']) writeFileSync(join(dir, `${name}.md`), LESSON(name.toUpperCase(), name));
  builder = new PreviewBuilder({ paths: [dir], templatesDir: join(dir, 'templates'), backend: 'sim', backendOptions: {}, jobs: 1, version: '0.0.0', date: () => '2026-01-02' });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const text = (path: string) => Buffer.from(builder.snapshot.files.get(path)!).toString('utf8');
const ran = (report: Awaited<ReturnType<PreviewBuilder['build']>>) => report!.ran.map((v) => v.lesson.slug);

describe('PreviewBuilder', () => {
  it('runs every lesson once, then only the lesson whose text changed, rendering only its page', async () => {
    const first = await builder.build();
    expect(ran(first).sort()).toEqual(['a', 'b', 'c']);
    expect(first!.rendered).toBe(3);
    expect([...builder.snapshot.files.keys()].filter((p) => p.endsWith('.html')).sort()).toEqual(['a/index.html', 'b/index.html', 'c/index.html', 'index.html']);

    writeFileSync(join(dir, 'b.md'), LESSON('B', 'bee'));
    const second = await builder.build();
    expect(ran(second)).toEqual(['b']);
    expect(second!.rendered).toBe(1);
    expect(second!.changed).toBe(true);
    expect(text('b/index.html')).toContain('bee');
  }, 180_000); // the first build here also loads the simulator's modules

  it('does nothing when no file changed, and tells nothing changed', async () => {
    await builder.build();
    writeFileSync(join(dir, 'a.md'), LESSON('A', 'a'));
    const again = await builder.build();
    expect(again).toMatchObject({ ran: [], rendered: 0, changed: false });
  });

  it('renders every page again when a title changes, since every page shows its neighbours', async () => {
    await builder.build();
    writeFileSync(join(dir, 'b.md'), LESSON('Bee', 'b'));
    const report = await builder.build();
    expect(ran(report)).toEqual(['b']);
    expect(report!.rendered).toBe(3);
    expect(text('a/index.html')).toContain('Bee');
  });

  it('keeps a broken lesson out of the site, remembers its last good page, and brings it back when fixed', async () => {
    await builder.build();
    writeFileSync(join(dir, 'c.md'), LESSON('C', 'c').replace('c\n```', 'see\n```'));
    const broken = await builder.build();
    expect(broken!.changed).toBe(true);
    expect(builder.snapshot.files.has('c/index.html')).toBe(false);
    expect(builder.snapshot.broken.get('c/index.html')?.status).toBe('failed');
    expect(Buffer.from(builder.lastGood.get('c/index.html')!).toString('utf8')).toContain('<title>C');
    writeFileSync(join(dir, 'c.md'), LESSON('C', 'c'));
    await builder.build();
    expect(builder.snapshot.broken.size).toBe(0);
    expect(builder.snapshot.files.has('c/index.html')).toBe(true);
  });

  it('drops the page of a deleted lesson without running the others', async () => {
    await builder.build();
    unlinkSync(join(dir, 'a.md'));
    const report = await builder.build();
    expect(report).toMatchObject({ ran: [], changed: true });
    expect(builder.snapshot.files.has('a/index.html')).toBe(false);
  });

  it('renders every page with changed templates, and reports templates that do not compile as a build error', async () => {
    await builder.build();
    writeFileSync(join(dir, 'templates/lesson.hbs'), '<main class="changed">{{{bodyHtml}}}</main>');
    builder.templatesChanged();
    const report = await builder.build();
    expect(report!.rendered).toBe(3);
    expect(text('a/index.html')).toContain('class="changed"');

    writeFileSync(join(dir, 'templates/lesson.hbs'), '{{#if}}');
    builder.templatesChanged();
    await builder.build();
    expect(builder.snapshot.error).toBeDefined();
    expect(text('a/index.html')).toContain('class="changed"'); // the last site stays served
  });
});
