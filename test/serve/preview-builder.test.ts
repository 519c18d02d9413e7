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
    expect([...builder.snapshot.files.keys()].filter((p) => p.endsWith('.html')).sort()).toEqual(['404.html', 'a/index.html', 'b/index.html', 'c/index.html', 'index.html', 'tags/index.html']);

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

  it('reads kindling.config.json as build does, renders every page again when it changes, and shows its problems as a build error', async () => {
    const configured = new PreviewBuilder({ paths: [join(dir, 'a.md'), join(dir, 'b.md')], templatesDir: join(dir, 'templates'), backend: 'sim', backendOptions: {}, jobs: 1, version: '0.0.0', date: () => '2026-01-02', configDir: dir });
    const page = (path: string) => Buffer.from(configured.snapshot.files.get(path)!).toString('utf8');
    writeFileSync(join(dir, 'kindling.config.json'), '{"title": "Kubernetes by example"}\n');
    await configured.build();
    expect(page('a/index.html')).toContain('<title>A · Kubernetes by example</title>');

    writeFileSync(join(dir, 'kindling.config.json'), '{"title": "Pods, verified", "baseUrl": "https://me.github.io/lessons/"}\n');
    const report = await configured.build();
    expect(report).toMatchObject({ ran: [], rendered: 2, changed: true });
    expect(page('b/index.html')).toContain('<title>B · Pods, verified</title>');
    expect(configured.snapshot.files.has('sitemap.xml')).toBe(true);

    writeFileSync(join(dir, 'kindling.config.json'), '{"titel": "typo"}\n');
    await configured.build();
    expect(configured.snapshot.error).toMatch(/KL85\d .*Unknown key "titel"/);
    expect(page('a/index.html')).toContain('Pods, verified'); // the last site stays served

    unlinkSync(join(dir, 'kindling.config.json'));
    await configured.build();
    expect(configured.snapshot.error).toBeUndefined();
    expect(page('a/index.html')).toContain('<title>A · Lessons</title>');
  });

  it('renders a lesson\'s timeline page with its lesson page, and reuses both while nothing they show changed', async () => {
    const pod = '---\ntitle: P\n---\n\n```console\n$ kubectl run p --image=busybox:1.36 -- sleep 60\npod/p created\n```\n';
    writeFileSync(join(dir, 'p.md'), pod);
    await builder.build();
    const timeline = builder.snapshot.files.get('p/timeline.html');
    expect(Buffer.from(timeline!).toString('utf8')).toContain('Pod timelines: P');
    writeFileSync(join(dir, 'a.md'), LESSON('A', 'ay'));
    const report = await builder.build();
    expect(report!.rendered).toBe(1);
    expect(builder.snapshot.files.get('p/timeline.html')).toBe(timeline); // the same bytes object: not rendered again
  });
});
