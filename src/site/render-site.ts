// The render stage: verified lessons -> a static site in `outDir`, written atomically.
// Order of work: check -> order -> templates and highlighter -> (in a temp dir) assets, index,
// lesson pages, tag pages, 404, search index, sitemap -> world-readable -> swap.
import { copyFile, cp, mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, extname, join } from 'node:path';
import { assertPublishable } from './assert-publishable.js';
import { blockView } from './block-view.js';
import { createCodeHighlighter, type CodeHighlighter } from './highlight-code.js';
import { indexItem, indexView } from './index-view.js';
import { LESSON_ROOT, lessonView } from './lesson-view.js';
import { DEFAULT_SITE_CONFIG, type SiteConfig } from './load-site-config.js';
import { loadTemplates, type Templates } from './load-templates.js';
import { makeWorldReadable } from './make-world-readable.js';
import { lessonPath, orderEntries } from './order-entries.js';
import type { PageView } from './page-view.js';
import { renderLessonBody } from './render-lesson-body.js';
import { replaceDirAtomically } from './replace-dir-atomically.js';
import { copySearchLibrary, searchDocuments, SiteSearchIndex, type SearchDocument } from './search-index.js';
import { sidebarView } from './site-navigation.js';
import { sitemapXml } from './sitemap.js';
import { collectTags, type SiteTag } from './tag-pages.js';
import type { SiteEntry, SiteOptions } from './types.js';
import { UniqueNames } from './unique-names.js';

export type { SiteEntry, SiteOptions } from './types.js';

/** Everything the pages of one site share. */
export interface SiteContext {
  ordered: SiteEntry[];
  tags: SiteTag[];
  templates: Templates;
  highlighter: CodeHighlighter;
  options: SiteOptions;
  config: Readonly<SiteConfig>;
  /** The logo under the site root (`assets/logo.svg`), or null. */
  logo: string | null;
}

/** Checks the entries and loads what every page needs (templates, the highlighter). */
export async function prepareSite(entries: SiteEntry[], options: SiteOptions): Promise<SiteContext> {
  assertPublishable(entries, options);
  const ordered = orderEntries(entries);
  const config = options.config ?? DEFAULT_SITE_CONFIG;
  const [templates, highlighter] = await Promise.all([loadTemplates(options.templatesDir), createCodeHighlighter()]);
  const logo = config.logo === null ? null : `assets/logo${extname(config.logo).toLowerCase()}`;
  return { ordered, tags: collectTags(ordered), templates, highlighter, options, config, logo };
}

function layout(site: SiteContext, page: Omit<PageView, 'siteTitle' | 'logo' | 'sidebar'>, currentSlug: string | null | false): string {
  const sidebar = currentSlug === false ? null : sidebarView(site.ordered, page.root, currentSlug);
  return site.templates.layout({ ...page, siteTitle: site.config.title, logo: site.logo, sidebar });
}

async function writePage(root: string, path: string, html: string): Promise<void> {
  const file = join(root, path);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, html);
}

/** The HTML of the lesson page at `ordered[at]` and its search documents. */
export function renderLessonPage(site: SiteContext, at: number): { path: string; html: string; documents: SearchDocument[] } {
  const entry = site.ordered[at];
  if (entry === undefined) throw new Error(`no lesson at position ${at}`);
  const names = new UniqueNames();
  const body = renderLessonBody(
    entry.lesson,
    (block) => {
      const shown = blockView(block, { run: entry.run, highlighter: site.highlighter, names, date: site.options.date });
      return shown === null ? null : { html: site.templates.partial(shown.partial)(shown.view), text: shown.text };
    },
    { highlighter: site.highlighter, names },
  );
  const view = lessonView(site.ordered, at, body, site.tags, site.options, { title: site.config.title, editUrl: site.config.editUrl });
  const { meta, slug } = entry.lesson;
  const path = lessonPath(slug);
  const html = layout(site, { title: `${meta.title} · ${site.config.title}`, description: meta.description ?? null, root: LESSON_ROOT, body: site.templates.lesson(view) }, slug);
  return { path, html, documents: searchDocuments(slug, meta.title, path, body.sections) };
}

function tagPages(site: SiteContext): { path: string; html: string }[] {
  const pages = site.tags.map((tag) => {
    const root = '../../';
    const items = tag.entries.map((e) => indexItem(e, site.tags, root, site.options));
    const body = site.templates.page('tag')({ name: tag.name, countText: `${items.length} lesson${items.length === 1 ? '' : 's'}`, items, allTags: `${root}tags/index.html` });
    return { path: tag.path, html: layout(site, { title: `Tag: ${tag.name} · ${site.config.title}`, description: null, root, body }, null) };
  });
  const root = '../';
  const list = site.tags.map((t) => ({ name: t.name, href: root + t.href, count: t.entries.length }));
  const body = site.templates.page('tags')({ tags: list, hasTags: list.length > 0 });
  pages.push({ path: 'tags/index.html', html: layout(site, { title: `Tags · ${site.config.title}`, description: null, root, body }, null) });
  return pages;
}

/** The 404 page: served for any missing path, so its links are absolute under the base URL when there is one. */
function notFoundPage(site: SiteContext): string {
  const root = site.config.baseUrl === null ? '' : new URL(site.config.baseUrl).pathname;
  const body = site.templates.page('404')({ index: `${root}index.html` });
  return layout(site, { title: `Page not found · ${site.config.title}`, description: null, root, body }, false);
}

/**
 * Renders the site for verified lessons; throws (leaving `outDir` as it was) if any is not verified.
 * Returns what a server needs to update one lesson later (`updateLessonPage`).
 */
export async function renderSite(entries: SiteEntry[], options: SiteOptions): Promise<{ site: SiteContext; search: SiteSearchIndex }> {
  const site = await prepareSite(entries, options);
  const search = new SiteSearchIndex();

  await replaceDirAtomically(options.outDir, async (root) => {
    await cp(join(options.templatesDir, 'assets'), join(root, 'assets'), { recursive: true });
    await copySearchLibrary(root);
    if (site.config.logo !== null && site.logo !== null) await copyFile(site.config.logo, join(root, site.logo));
    const index = indexView(site.ordered, site.tags, options, site.config.title);
    const description = `${site.ordered.length} Kubernetes lessons, every command verified on ${options.backend}.`;
    await writePage(root, 'index.html', layout(site, { title: site.config.title, description, root: '', body: site.templates.index(index) }, false));
    for (const at of site.ordered.keys()) {
      const page = renderLessonPage(site, at);
      await writePage(root, page.path, page.html);
      search.replaceLesson(site.ordered[at]!.lesson.slug, page.documents);
    }
    const tags = tagPages(site);
    for (const page of tags) await writePage(root, page.path, page.html);
    await writePage(root, '404.html', notFoundPage(site));
    await search.write(root);
    if (site.config.baseUrl !== null) {
      const paths = ['index.html', ...site.ordered.map((e) => lessonPath(e.lesson.slug)), ...tags.map((p) => p.path)];
      await writeFile(join(root, 'sitemap.xml'), sitemapXml(site.config.baseUrl, paths, options.date));
    }
    await makeWorldReadable(root);
  });
  return { site, search };
}

/**
 * Re-renders one lesson's page in an existing site and updates its search index, for
 * `kindling serve` after a save changed only that lesson (its title, order, section and tags
 * unchanged: otherwise every page's navigation changes, and `renderSite` is the call).
 * `search` is the index the server keeps (the one `renderSite` returned).
 */
export async function updateLessonPage(outDir: string, site: SiteContext, slug: string, search: SiteSearchIndex): Promise<void> {
  const at = site.ordered.findIndex((e) => e.lesson.slug === slug);
  if (at < 0) throw new Error(`no lesson ${JSON.stringify(slug)} in the site`);
  const page = renderLessonPage(site, at);
  const file = join(outDir, page.path);
  await writeFile(`${file}.tmp`, page.html, { mode: 0o644 });
  await rename(`${file}.tmp`, file);
  search.replaceLesson(slug, page.documents);
  const index = join(outDir, 'assets/search-index.js');
  await writeFile(`${index}.tmp`, search.toScript(), { mode: 0o644 });
  await rename(`${index}.tmp`, index);
}
