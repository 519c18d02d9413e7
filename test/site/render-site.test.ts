import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderSite } from '../../src/site/render-site.js';
import { expectGolden } from '../support/golden.js';
import { fixtureEntries, siteOptions } from './site-fixture.js';

let work: string;
let outDir: string;
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'kindling-site-'));
  outDir = join(work, 'dist');
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

const read = (path: string) => readFile(join(outDir, path), 'utf8');

describe('renderSite', () => {
  it('renders the index page as in the golden file', async () => {
    await renderSite(fixtureEntries(), siteOptions(outDir));
    expectGolden(await read('index.html'), 'test/site/golden/index.html');
  });

  it('renders a lesson page as in the golden file', async () => {
    await renderSite(fixtureEntries(), siteOptions(outDir));
    expectGolden(await read('10-init-containers/index.html'), 'test/site/golden/10-init-containers.html');
  });

  it('writes one page per lesson, the index and the assets, and nothing else', async () => {
    await renderSite(fixtureEntries(), siteOptions(outDir));
    const files = (await readdir(outDir, { recursive: true })).map((f) => f.replaceAll('\\', '/')).sort();
    expect(files).toEqual([
      '10-init-containers',
      '10-init-containers/index.html',
      '10-init-containers/playground.js',
      '20-services',
      '20-services/index.html',
      '20-services/playground.js',
      '404.html',
      'assets',
      'assets/minisearch.js',
      'assets/playground-explain.js',
      'assets/playground-worker-kubectl.js',
      'assets/playground-worker.js',
      'assets/playground.css',
      'assets/playground.js',
      'assets/print.css',
      'assets/search-index.js',
      'assets/site.css',
      'assets/site.js',
      'assets/timeline.css',
      'cleanup',
      'cleanup/index.html',
      'cleanup/playground.js',
      'index.html',
      'tags',
      'tags/cleanup',
      'tags/cleanup/index.html',
      'tags/index.html',
      'tags/init-containers',
      'tags/init-containers/index.html',
      'tags/pods',
      'tags/pods/index.html',
    ]);
  });

  it('lists lessons by order, then file name, each marked verified on the backend', async () => {
    await renderSite(fixtureEntries(), siteOptions(outDir));
    const index = await read('index.html');
    const hrefs = [...index.matchAll(/<h2><a href="([^"]+)">/g)].map((m) => m[1]);
    expect(index).not.toContain('class="sidebar"');
    expect(hrefs).toEqual(['10-init-containers/index.html', '20-services/index.html', 'cleanup/index.html']);
    expect(index.match(/<p class="status verified">verified on sim<\/p>/g)).toHaveLength(3);
  });

  it('links each lesson to its neighbours in index order and back to the index, relatively', async () => {
    await renderSite(fixtureEntries(), siteOptions(outDir));
    const middle = await read('20-services/index.html');
    expect(middle).toContain('<a class="prev" rel="prev" href="../10-init-containers/index.html">');
    expect(middle).toContain('<a class="next" rel="next" href="../cleanup/index.html">');
    expect(middle).toContain('<a class="up" href="../index.html">');
    expect(await read('10-init-containers/index.html')).not.toContain('class="prev"');
    expect(await read('cleanup/index.html')).not.toContain('class="next"');
    expect(middle).not.toMatch(/(href|src)="\//);
  });

  it('leaves hidden blocks off the page entirely', async () => {
    await renderSite(fixtureEntries(), siteOptions(outDir));
    expect(await read('10-init-containers/index.html')).not.toContain('leftover-from-setup');
  });

  it('escapes captured output and never writes a raw ESC byte', async () => {
    await renderSite(fixtureEntries(), siteOptions(outDir));
    const page = await read('10-init-containers/index.html');
    expect(page).not.toContain('<script>alert(1)</script>');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('&quot;double&quot; &amp; &#39;single&#39; &amp;amp; already escaped');
    expect(page).toContain('<span class="ansi-red ansi-bold">bold red</span>');
    expect(page).not.toContain('\x1b');
    expect(page).not.toContain('window title');
  });

  it('escapes file block content and drops raw HTML written in the prose', async () => {
    await renderSite(fixtureEntries(), siteOptions(outDir));
    const page = await read('10-init-containers/index.html');
    expect(page).toContain('note: &quot;quotes &amp; &lt;angles&gt;&quot;');
    expect(page).not.toContain('author-html');
    expect(page).toContain('<code class="language-text">&lt;b&gt;not bold&lt;/b&gt;\n</code></pre>');
  });

  it('escapes lesson titles, descriptions and tags everywhere they appear', async () => {
    const entries = fixtureEntries();
    const [first] = entries;
    if (first === undefined) throw new Error('no fixture');
    first.lesson.meta = { ...first.lesson.meta, title: 'Pods <b>& "friends"', description: '<img src=x onerror=alert(1)>', tags: ['<i>'] };
    await renderSite(entries, siteOptions(outDir));
    const index = await read('index.html');
    const page = await read('cleanup/index.html');
    for (const html of [index, page]) {
      expect(html).not.toMatch(/<b>|<img|<i>/);
      expect(html).toContain('Pods &lt;b&gt;&amp; &quot;friends&quot;');
    }
    expect(page).toContain('<meta name="description" content="&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;">');
  });

  it('shows the provenance line with the backend environment', async () => {
    await renderSite(fixtureEntries(), siteOptions(outDir, { date: '2031-02-03', version: '9.8.7' }));
    const page = await read('cleanup/index.html');
    expect(page).toContain('title="sim (kindling simulator, Kubernetes v1.32)"');
    expect(page.replace(/<[^>]+>/g, '')).toContain('Verified on sim, 2031-02-03, kindling 9.8.7');
  });

  it('refuses to render when any lesson did not pass, and leaves outDir alone', async () => {
    const entries = fixtureEntries();
    const [first] = entries;
    if (first === undefined) throw new Error('no fixture');
    first.verdict = { ...first.verdict, status: 'failed' };
    await expect(renderSite(entries, siteOptions(outDir))).rejects.toThrow(/refusing to publish lessons\/cleanup\.md: its verdict is failed/);
    expect(await readdir(work)).toEqual([]);
  });

  it('refuses lessons verified on another backend than the site claims', async () => {
    await expect(renderSite(fixtureEntries(), siteOptions(outDir, { backend: 'cluster' }))).rejects.toThrow(
      /verified on sim .* but the site says cluster/,
    );
  });

  it('refuses a slug that would collide with the assets directory', async () => {
    const entries = fixtureEntries();
    const [first] = entries;
    if (first === undefined) throw new Error('no fixture');
    first.lesson.slug = 'assets';
    await expect(renderSite(entries, siteOptions(outDir))).rejects.toThrow(/slug "assets"/);
  });

  it('renders an empty site when there are no lessons', async () => {
    await renderSite([], siteOptions(outDir));
    expect(await read('index.html')).not.toContain('lesson-item');
  });

  it('makes every directory 0755 and every file 0644, whatever the umask', async () => {
    const old = process.umask(0o077);
    try {
      await renderSite(fixtureEntries(), siteOptions(outDir));
    } finally {
      process.umask(old);
    }
    const modes: Record<string, string> = {};
    for (const entry of ['', ...(await readdir(outDir, { recursive: true }))]) {
      const mode = ((await stat(join(outDir, entry))).mode & 0o777).toString(8);
      modes[mode] = entry;
    }
    expect(Object.keys(modes).sort()).toEqual(['644', '755']);
  });

  it('links tags to pages that list their lessons', async () => {
    await renderSite(fixtureEntries(), siteOptions(outDir));
    const page = await read('10-init-containers/index.html');
    expect(page).toContain('<ul class="tags" aria-label="Tags"><li class="tag"><a href="../tags/pods/index.html">pods</a></li><li class="tag"><a href="../tags/init-containers/index.html">init-containers</a></li></ul>');
    const tag = await read('tags/pods/index.html');
    expect(tag).toContain('<h1>Tag: pods</h1>');
    expect(tag).toContain('<h2><a href="../../10-init-containers/index.html">Init containers wait for their services</a></h2>');
    expect(await read('tags/index.html')).toContain('<a href="../tags/pods/index.html">pods</a> <span class="count">(1)</span>');
  });

  it('groups the index and the sidebar by section, sections in reading order, ungrouped lessons first', async () => {
    const entries = fixtureEntries();
    const bySlug = (slug: string) => entries.find((e) => e.lesson.slug === slug)!;
    bySlug('10-init-containers').lesson.meta.section = 'Pods';
    bySlug('20-services').lesson.meta.section = 'Networking';
    await renderSite(entries, siteOptions(outDir));
    const index = await read('index.html');
    const headings = [...index.matchAll(/<h([23])[^>]*>(?:<a [^>]+>)?([^<]+)/g)].map((m) => `h${m[1]} ${m[2]}`);
    expect(headings).toEqual(['h3 Cleaning up', 'h2 Pods', 'h3 Init containers wait for their services', 'h2 Networking', 'h3 Services give pods a stable name']);
    const page = await read('20-services/index.html');
    expect(page).toContain('<h2 class="sidebar-section">Networking</h2>');
    expect(page).toContain('<li><a href="../20-services/index.html" aria-current="page">Services give pods a stable name</a></li>');
  });

  it('takes the title, edit link pattern and logo from the site configuration', async () => {
    const logo = join(work, 'logo.svg');
    await writeFile(logo, '<svg xmlns="http://www.w3.org/2000/svg"/>');
    const config = { title: 'Kube School', baseUrl: null, editUrl: 'https://github.com/me/l/edit/main/{path}', logo, playground: true };
    await renderSite(fixtureEntries(), siteOptions(outDir, { config }));
    const page = await read('cleanup/index.html');
    expect(page).toContain('<title>Cleaning up · Kube School</title>');
    expect(page).toContain('<img class="logo" src="../assets/logo.svg" alt="" width="28" height="28">Kube School</a>');
    expect(page).toContain('<a href="https://github.com/me/l/edit/main/lessons/cleanup.md">Edit this page</a>');
    expect(await read('assets/logo.svg')).toContain('<svg');
    expect(await read('index.html')).toContain('<h1>Kube School</h1>');
  });

  it('writes a sitemap with absolute URLs when the configuration has a base URL, and none without', async () => {
    await renderSite(fixtureEntries(), siteOptions(outDir));
    await expect(read('sitemap.xml')).rejects.toThrow(/ENOENT/);
    const config = { title: 'Lessons', baseUrl: 'https://me.github.io/lessons/', editUrl: null, logo: null, playground: true };
    await renderSite(fixtureEntries(), siteOptions(outDir, { config }));
    expectGolden(await read('sitemap.xml'), 'test/site/golden/sitemap.xml');
    expect(await read('404.html')).toContain('<a href="/lessons/index.html">See all lessons</a>');
  });

  it('writes a 404 page with relative links when there is no base URL', async () => {
    await renderSite(fixtureEntries(), siteOptions(outDir));
    const page = await read('404.html');
    expect(page).toContain('<h1>Page not found</h1>');
    expect(page).toContain('<link rel="stylesheet" href="assets/site.css">');
  });

  it('renders id= anchors on blocks', async () => {
    const entries = fixtureEntries();
    const init = entries.find((e) => e.lesson.slug === '10-init-containers')!;
    init.lesson.blocks[0]!.attrs.id = 'the-pod';
    await renderSite(entries, siteOptions(outDir));
    expect(await read('10-init-containers/index.html')).toContain('<figure class="file-block" id="the-pod">');
  });

  it('writes a search index with a document per section, commands and outputs included', async () => {
    await renderSite(fixtureEntries(), siteOptions(outDir));
    const script = await read('assets/search-index.js');
    const data = JSON.parse(script.replace(/^window\.KINDLING_SEARCH = /, '').replace(/;\n$/, '')) as { index: { storedFields: Record<string, { href: string; text: string }> } };
    const docs = Object.values(data.index.storedFields);
    const init = docs.find((d) => d.href === '10-init-containers/index.html');
    expect(init?.text).toContain('kubectl get pod');
    expect(init?.text).toContain('Init:0/2');
  });

  it('writes a tag page under its Unicode name and links to it percent-encoded', async () => {
    const entries = fixtureEntries();
    entries[0]!.lesson.meta.tags = ['Ünïcode tag'];
    await renderSite(entries, siteOptions(outDir));
    expect(await read('tags/ünïcode-tag/index.html')).toContain('<h1>Tag: Ünïcode tag</h1>');
    expect(await read(`${entries[0]!.lesson.slug}/index.html`)).toContain('<a href="../tags/%C3%BCn%C3%AFcode-tag/index.html">Ünïcode tag</a>');
  });
});
