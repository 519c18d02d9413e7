import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
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
      '20-services',
      '20-services/index.html',
      'assets',
      'assets/copy.js',
      'assets/site.css',
      'assets/timeline.css',
      'cleanup',
      'cleanup/index.html',
      'index.html',
    ]);
  });

  it('lists lessons by order, then file name, each marked verified on the backend', async () => {
    await renderSite(fixtureEntries(), siteOptions(outDir));
    const index = await read('index.html');
    const hrefs = [...index.matchAll(/<h2><a href="([^"]+)">/g)].map((m) => m[1]);
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
    expect(page).toContain('<pre><code class="language-text">&#x3C;b>not bold&#x3C;/b>\n</code></pre>');
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
    expect(await read('index.html')).toContain('<ol class="lesson-list">\n</ol>');
  });
});
