// The whole site as a map of files (path relative to the site root -> bytes), rendered in memory.
// `renderSite` writes this map to disk; `kindling serve` serves it straight from memory. Anything
// the site contains (pages, assets, and later the search index) belongs here, so that both see it.
import { contentSecurityPolicy } from './content-security-policy.js';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { blockView } from './block-view.js';
import { indexView } from './index-view.js';
import { lessonView } from './lesson-view.js';
import type { Templates } from './load-templates.js';
import { lessonPath, orderEntries } from './order-entries.js';
import type { PageView } from './page-view.js';
import { renderLessonBody } from './render-lesson-body.js';
import type { SiteEntry, SiteOptions } from './types.js';

/** Site files by path relative to the root, `/`-separated (`index.html`, `a/index.html`, `assets/site.css`). */
export type SiteFiles = Map<string, Uint8Array>;

/**
 * Lesson pages already rendered, for a caller that renders the site again and again with the same
 * templates (`kindling serve`): a page is reused while its entry is the same object and nothing
 * any page shows of the other lessons (their slugs and front matter) has changed.
 */
export class LessonPageCache {
  readonly #pages = new WeakMap<SiteEntry['verdict'], { navigation: string; html: string }>();
  /** Pages rendered (not reused) since the cache was made: what a rebuild cost. */
  rendered = 0;

  page(entry: SiteEntry, navigation: string, render: () => string): string {
    const hit = this.#pages.get(entry.verdict);
    if (hit !== undefined && hit.navigation === navigation) return hit.html;
    const html = render();
    this.rendered++;
    this.#pages.set(entry.verdict, { navigation, html });
    return html;
  }
}

export interface RenderFilesOptions {
  templates: Templates;
  cache?: LessonPageCache;
}

const encoder = new TextEncoder();

function page(templates: Templates, view: Omit<PageView, 'body'>, body: string): Uint8Array {
  return encoder.encode(templates.layout({ ...view, body, csp: contentSecurityPolicy() }));
}

function renderBody(entry: SiteEntry, templates: Templates): string {
  return renderLessonBody(entry.lesson, (block) => {
    const shown = blockView(block, entry.run);
    return shown === null ? null : templates.partial(shown.partial)(shown.view);
  });
}

/** What a lesson page shows of the other lessons and of the run: when it changes, every page is rendered again. */
function navigationKey(ordered: readonly SiteEntry[], options: SiteOptions): string {
  return JSON.stringify([options.version, options.backend, options.date, ordered.map((e) => [e.lesson.slug, e.lesson.meta])]);
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
  const ordered = orderEntries(entries);
  const files: SiteFiles = new Map();
  await readTree(join(options.templatesDir, 'assets'), 'assets/', files);
  const index = indexView(ordered, options);
  files.set('index.html', page(templates, index.page, templates.index(index.view)));
  const navigation = navigationKey(ordered, options);
  for (const [at, entry] of ordered.entries()) {
    const render = (): string => {
      const { page: view, view: lesson } = lessonView(ordered, at, renderBody(entry, templates), options);
      return templates.layout({ ...view, body: templates.lesson(lesson), csp: contentSecurityPolicy() });
    };
    const html = cache ? cache.page(entry, navigation, render) : render();
    files.set(lessonPath(entry.lesson.slug), encoder.encode(html));
  }
  // Later pages that depend on every lesson (the search index, tag pages) are added here too.
  return files;
}
