// The whole site as a map of files (path relative to the site root -> bytes), rendered in memory.
// `renderSite` writes this map to disk; `kindling serve` serves it straight from memory. Anything
// the site contains (pages, assets, the search index, tag pages, the 404 page, the sitemap)
// belongs here, so that both see it.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { driftBody, driftHeadline } from './drift-view.js';
import { indexView } from './index-view.js';
import type { Templates } from './load-templates.js';
import { lessonPath } from './order-entries.js';
import { MINISEARCH_FILE, readSearchLibrary, SEARCH_INDEX_FILE, SiteSearchIndex, type SearchDocument } from './search-index.js';
import { layout, notFoundPage, prepareSite, renderLessonPage, tagPage, tagPaths, timelinePage, type SiteContext } from './site-pages.js';
import { sitemapXml } from './sitemap.js';
import { renderStaleBody, hasStaleLines, STALE_PAGE } from './render-stale-page.js';
import type { SiteEntry, SiteOptions } from './types.js';
import { timelinePath } from './timeline/timeline-pages.js';
import { offersPlayground, playgroundLessonFile, playgroundLessonPath, readPlaygroundAssets } from './playground-files.js';

/** Site files by path relative to the root, `/`-separated (`index.html`, `a/index.html`, `assets/site.css`). */
export type SiteFiles = Map<string, Uint8Array>;

/**
 * Stands for a file that the previous output (the `dist/` a build replaces) already holds with
 * the right bytes: the writer links it over instead of writing it (see PreviousOutput).
 */
export const KEPT_FILE: Uint8Array = new Uint8Array(0);

/** Stands for a file already written into a staging directory (StagedFiles): the writer moves it into place. */
export const STAGED_FILE: Uint8Array = new Uint8Array(0);

/** A lesson's page and its timeline page, encoded (a reused page is reused byte for byte), or KEPT_FILE. */
export interface RenderedLesson {
  html: Uint8Array;
  documents: SearchDocument[];
  /** The lesson's Pod timelines page, or null when its run recorded no Pods. */
  timeline: Uint8Array | null;
  /** The lesson's playground data script, or null when its page offers no playground. */
  playground: Uint8Array | null;
}

/**
 * Lesson pages (and their timeline pages) already rendered, for a caller that renders the site
 * again and again with the same templates (`kindling serve`): a page is reused while its entry is
 * the same object and nothing any page shows of the other lessons (their slugs and front matter)
 * or of the site (its configuration) has changed.
 */
/** Where a site gets its lesson pages: rendered, or reused when nothing they show changed. */
export interface LessonPages {
  /** The pages of `entry`, from `render` or reused; `navigation` is what every page shows of the others. */
  page(entry: SiteEntry, navigation: string, render: () => RenderedLesson): RenderedLesson;
  /** A whole-site file at `path` made from `inputs` alone (the search index, the index and tag pages): from `make`, or KEPT_FILE. */
  derived?(path: string, inputs: string, make: () => Uint8Array): Uint8Array;
}

export class LessonPageCache implements LessonPages {
  readonly #pages = new WeakMap<SiteEntry['verdict'], { navigation: string; page: RenderedLesson }>();
  /** Pages rendered (not reused) since the cache was made: what a rebuild cost. */
  rendered = 0;

  page(entry: SiteEntry, navigation: string, render: () => RenderedLesson): RenderedLesson {
    const hit = this.#pages.get(entry.verdict);
    if (hit !== undefined && hit.navigation === navigation) return hit.page;
    const page = render();
    this.rendered++;
    this.#pages.set(entry.verdict, { navigation, page });
    return page;
  }
}

export interface RenderFilesOptions {
  templates: Templates;
  cache?: LessonPages;
}

const encoder = new TextEncoder();

/** What a lesson page shows of the other lessons, the run and the site: when it changes, every page is rendered again. */
export function navigationKey(site: SiteContext): string {
  const { options, config, ordered } = site;
  return JSON.stringify([options.version, options.backend, options.date, config, ordered.map((e) => [e.lesson.slug, e.lesson.meta])]);
}

/** The files of the lesson at `site.ordered[at]`: its page, its timeline page and its playground data, encoded. */
export function renderLessonFiles(site: SiteContext, at: number): RenderedLesson {
  const entry = site.ordered[at];
  if (entry === undefined) throw new Error(`no lesson at position ${at}`);
  const { html, documents } = renderLessonPage(site, at);
  const timeline = timelinePage(site, at);
  const playground = offersPlayground(entry, site.config) ? encoder.encode(playgroundLessonFile(entry)) : null;
  return { html: encoder.encode(html), documents, timeline: timeline === null ? null : encoder.encode(timeline), playground };
}

async function readTree(dir: string, prefix: string, out: SiteFiles): Promise<void> {
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await readTree(path, `${prefix}${entry.name}/`, out);
    else if (entry.isFile()) out.set(`${prefix}${entry.name}`, await readFile(path));
  }
}

/** Renders every file of the site for entries that are already verified (see assertPublishable). */
export async function renderSiteFiles(entries: readonly SiteEntry[], options: SiteOptions, { templates, cache }: RenderFilesOptions): Promise<SiteFiles> {
  const site = await prepareSite(entries, options, templates);
  const files: SiteFiles = new Map();
  await readTree(join(options.templatesDir, 'assets'), 'assets/', files);
  files.set(MINISEARCH_FILE, await readSearchLibrary());
  if (site.ordered.some((entry) => offersPlayground(entry, site.config))) for (const [path, bytes] of await readPlaygroundAssets()) files.set(path, bytes);
  if (site.config.logo !== null && site.logo !== null) files.set(site.logo, await readFile(site.config.logo));

  // The index, drift, tag and 404 pages show the lessons' front matter and the site, nothing of
  // their runs but whether any has stale lines: made from the navigation key and the drift report.
  const navigation = navigationKey(site);
  const stale = hasStaleLines(site.ordered);
  const siteInputs = JSON.stringify([navigation, stale, options.drift ?? null]);
  const sitePage = (path: string, make: () => string): void => {
    const encode = (): Uint8Array => encoder.encode(make());
    files.set(path, cache?.derived ? cache.derived(path, siteInputs, encode) : encode());
  };
  sitePage('index.html', () => {
    const index = indexView(site.ordered, site.tags, options, site.config.title);
    const description = `${site.ordered.length} Kubernetes lessons, every command verified on ${options.backend}.`;
    const drift = options.drift ? { href: 'drift/', headline: driftHeadline(options.drift) } : null;
    return layout(site, { title: site.config.title, description, root: '', body: templates.index({ ...index, drift }) }, false);
  });
  const drift = options.drift;
  if (drift) {
    sitePage('drift/index.html', () => layout(site, { title: `Drift: ${site.config.title}`, description: driftHeadline(drift), root: '../', body: driftBody(drift, '../') }, null));
  }

  const search = new SiteSearchIndex();
  for (const [at, entry] of site.ordered.entries()) {
    const render = (): RenderedLesson => renderLessonFiles(site, at);
    const page = cache ? cache.page(entry, navigation, render) : render();
    files.set(lessonPath(entry.lesson.slug), page.html);
    search.replaceLesson(entry.lesson.slug, page.documents);
    if (page.playground !== null) files.set(playgroundLessonPath(entry.lesson.slug), page.playground);
    if (page.timeline !== null) files.set(timelinePath(entry.lesson.slug), page.timeline);
  }
  if (stale) {
    const body = renderStaleBody(site.ordered, options.backend);
    files.set(STALE_PAGE, encoder.encode(layout(site, { title: `Stale documented output - ${site.config.title}`, description: null, root: '', body }, null)));
  }
  const tags = tagPaths(site);
  for (const path of tags) sitePage(path, () => tagPage(site, path));
  sitePage('404.html', () => notFoundPage(site));
  const searchScript = (): Uint8Array => encoder.encode(search.toScript());
  files.set(SEARCH_INDEX_FILE, cache?.derived ? cache.derived(SEARCH_INDEX_FILE, JSON.stringify(search.documents()), searchScript) : searchScript());
  if (site.config.baseUrl !== null) {
    const paths = ['index.html', ...site.ordered.map((e) => lessonPath(e.lesson.slug)), ...tags];
    files.set('sitemap.xml', encoder.encode(sitemapXml(site.config.baseUrl, paths, options.date)));
  }
  return files;
}
