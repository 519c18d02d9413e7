// The pages of a site: what they all share (SiteContext), and each kind of page as HTML. The
// lesson page also gives its search documents. `renderSiteFiles` puts them together.
import { blockView } from './block-view.js';
import { contentSecurityPolicy, inlineScriptHashes } from './content-security-policy.js';
import { createCodeHighlighter, type CodeHighlighter } from './highlight-code.js';
import { indexItem } from './index-view.js';
import { LESSON_ROOT, lessonView } from './lesson-view.js';
import { DEFAULT_SITE_CONFIG, type SiteConfig } from './load-site-config.js';
import type { Templates } from './load-templates.js';
import { lessonPath, orderEntries } from './order-entries.js';
import type { PageView } from './page-view.js';
import { renderLessonBody } from './render-lesson-body.js';
import { renderTimelineDirective, timelinePageView } from './timeline/timeline-pages.js';
import { searchDocuments, type SearchDocument } from './search-index.js';
import { sidebarView } from './site-navigation.js';
import { collectTags, type SiteTag } from './tag-pages.js';
import type { SiteEntry, SiteOptions } from './types.js';
import { UniqueNames } from './unique-names.js';
import { offersPlayground } from './playground-files.js';
import { extname } from 'node:path';

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

/** What every page needs: the lessons in reading order, their tags, the templates and the highlighter. */
export async function prepareSite(entries: readonly SiteEntry[], options: SiteOptions, templates: Templates): Promise<SiteContext> {
  const ordered = orderEntries(entries);
  const config = options.config ?? DEFAULT_SITE_CONFIG;
  const highlighter = await createCodeHighlighter();
  const logo = config.logo === null ? null : `assets/logo${extname(config.logo).toLowerCase()}`;
  return { ordered, tags: collectTags(ordered), templates, highlighter, options, config, logo };
}

export function layout(site: SiteContext, page: Omit<PageView, 'siteTitle' | 'logo' | 'sidebar' | 'csp'>, currentSlug: string | null | false): string {
  const sidebar = currentSlug === false ? null : sidebarView(site.ordered, page.root, currentSlug, site.templates.partial('sidebar-link'));
  const view = { ...page, siteTitle: site.config.title, logo: site.logo, sidebar };
  // The layout's own inline scripts (found with an empty body, so nothing of a lesson) are allowed by hash.
  const own = inlineScriptHashes(site.templates.layout({ ...view, body: '', sidebar: null, csp: '' }));
  return site.templates.layout({ ...view, csp: contentSecurityPolicy(own) });
}

/** The HTML of the lesson page at `ordered[at]` and its search documents. */
export function renderLessonPage(site: SiteContext, at: number): { path: string; html: string; documents: SearchDocument[] } {
  const entry = site.ordered[at];
  if (entry === undefined) throw new Error(`no lesson at position ${at}`);
  const names = new UniqueNames();
  const playground = offersPlayground(entry, site.config);
  let timelines = 0;
  const body = renderLessonBody(
    entry.lesson,
    (block) => {
      const shown = blockView(block, { run: entry.run, highlighter: site.highlighter, names, date: site.options.date, playground });
      return shown === null ? null : { html: site.templates.partial(shown.partial)(shown.view), text: shown.text };
    },
    { highlighter: site.highlighter, names },
    (directive) => renderTimelineDirective(entry, directive, site.templates.partial('timeline'), ++timelines),
  );
  const view = { ...lessonView(site.ordered, at, body, site.tags, site.options, { title: site.config.title, editUrl: site.config.editUrl }), playground };
  const { meta, slug } = entry.lesson;
  const path = lessonPath(slug);
  const html = layout(site, { title: `${meta.title} · ${site.config.title}`, description: meta.description ?? null, root: LESSON_ROOT, body: site.templates.lesson(view) }, slug);
  return { path, html, documents: searchDocuments(slug, meta.title, path, body.sections) };
}

/** The lesson's Pod timelines page (`<slug>/timeline.html`), when its run recorded Pods. */
export function timelinePage(site: SiteContext, at: number): string | null {
  const entry = site.ordered[at];
  if (entry === undefined) throw new Error(`no lesson at position ${at}`);
  const view = timelinePageView(entry, LESSON_ROOT);
  if (view === null) return null;
  const title = `Pod timelines: ${entry.lesson.meta.title} · ${site.config.title}`;
  return layout(site, { title, description: entry.lesson.meta.description ?? null, root: LESSON_ROOT, body: site.templates.partial('timeline-page')(view) }, entry.lesson.slug);
}

const TAGS_INDEX = 'tags/index.html';

/** The paths of the tag pages: one per tag, then the list of tags. */
export function tagPaths(site: SiteContext): string[] {
  return [...site.tags.map((tag) => tag.path), TAGS_INDEX];
}

/** The tag page at `path` (one of tagPaths). */
export function tagPage(site: SiteContext, path: string): string {
  if (path === TAGS_INDEX) {
    const root = '../';
    const list = site.tags.map((t) => ({ name: t.name, href: root + t.href, count: t.entries.length }));
    const body = site.templates.page('tags')({ tags: list, hasTags: list.length > 0 });
    return layout(site, { title: `Tags · ${site.config.title}`, description: null, root, body }, null);
  }
  const tag = site.tags.find((t) => t.path === path);
  if (tag === undefined) throw new Error(`no tag page at ${path}`);
  const root = '../../';
  const items = tag.entries.map((e) => indexItem(e, site.tags, root, site.options));
  const body = site.templates.page('tag')({ name: tag.name, countText: `${items.length} lesson${items.length === 1 ? '' : 's'}`, items, allTags: `${root}tags/index.html` });
  return layout(site, { title: `Tag: ${tag.name} · ${site.config.title}`, description: null, root, body }, null);
}

/** The 404 page: served for any missing path, so its links are absolute under the base URL when there is one. */
export function notFoundPage(site: SiteContext): string {
  const root = site.config.baseUrl === null ? '' : new URL(site.config.baseUrl).pathname;
  const body = site.templates.page('404')({ index: `${root}index.html` });
  return layout(site, { title: `Page not found · ${site.config.title}`, description: null, root, body }, false);
}
