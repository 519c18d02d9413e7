// The site part of `npm run bench`: what build-time highlighting costs, how long one lesson page
// takes to render, and how much the walkthrough page weighs with its CSS and JS, gzipped (the
// search index and MiniSearch load only when the reader searches, so they are reported apart).
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createBackend } from '../lib/backends/registry.js';
import { parseLesson } from '../lib/lesson/parse-lesson.js';
import { runLesson } from '../lib/run/run-lesson.js';
import { verifyLesson } from '../lib/verify/verify-lesson.js';
import { createCodeHighlighter } from '../lib/site/highlight-code.js';
import { loadTemplates } from '../lib/site/load-templates.js';
import { renderSite } from '../lib/site/render-site.js';
import { prepareSite, renderLessonPage } from '../lib/site/site-pages.js';

const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** Highlighter start-up, highlighting and rendering per page, and page weight, for the walkthrough. */
export async function benchSite(root, file, log) {
  const lesson = parseLesson(file, await readFile(join(root, file), 'utf8'));
  const run = await runLesson(lesson, createBackend('sim'));
  const verdict = verifyLesson(run, { normalize: false });
  if (verdict.status !== 'passed') throw new Error(`${file} did not verify`);
  const entries = [{ lesson, run, verdict }];
  const work = await mkdtemp(join(tmpdir(), 'kindling-bench-site-'));
  try {
    const options = { outDir: join(work, 'dist'), templatesDir: join(root, 'templates'), version: 'bench', date: '2026-01-01', backend: 'sim' };

    let t = performance.now();
    const highlighter = await createCodeHighlighter({ cache: false });
    log(`highlighter start-up (Shiki, 3 grammars, 2 themes, once per build): ${(performance.now() - t).toFixed(1)} ms`);

    // Everything the walkthrough highlights: its files, scripts and commands.
    const pieces = lesson.blocks.flatMap((b) =>
      b.kind === 'file' ? [[b.content, b.lang || 'yaml']] : b.kind === 'script' ? [[b.source, 'sh']] : b.commands.map((c) => [c.displayLines.join('\n'), 'console']),
    );
    const highlightTimes = [];
    for (let i = 0; i < 30; i++) {
      t = performance.now();
      for (const [code, lang] of pieces) highlighter.highlight(code, lang);
      highlightTimes.push(performance.now() - t);
    }
    log(`highlighting the walkthrough's ${pieces.length} files, scripts and commands (no cache), median of 30: ${median(highlightTimes).toFixed(2)} ms per page`);

    const site = await prepareSite(entries, options, await loadTemplates(options.templatesDir));
    renderLessonPage(site, 0);
    const pageTimes = [];
    for (let i = 0; i < 30; i++) {
      t = performance.now();
      renderLessonPage(site, 0);
      pageTimes.push(performance.now() - t);
    }
    log(`re-rendering the walkthrough page (Markdown, blocks, cached highlighting, layout), median of 30: ${median(pageTimes).toFixed(2)} ms`);

    await renderSite(entries, options);
    const gz = async (path) => gzipSync(await readFile(join(options.outDir, path)), { level: 9 }).length;
    const parts = ['10-init-containers-walkthrough/index.html', 'assets/site.css', 'assets/site.js', 'assets/print.css'];
    const sizes = await Promise.all(parts.map(gz));
    const total = sizes.reduce((a, b) => a + b, 0);
    log(`walkthrough page weight, gzipped: ${kb(total)} (${parts.map((p, i) => `${p.replace(/^.*\//, '')} ${kb(sizes[i])}`).join(', ')}; target < 100 KB)`);
    const lazy = await Promise.all(['assets/minisearch.js', 'assets/search-index.js'].map(gz));
    log(`loaded on the first search only, gzipped: minisearch.js ${kb(lazy[0])}, search-index.js ${kb(lazy[1])} (this one-lesson site)`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
