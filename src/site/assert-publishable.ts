// The site publishes only verified lessons. By the time entries reach the renderer the build has
// already refused failed lessons, so anything unverified here is a bug in the caller: throw.
import type { SiteEntry, SiteOptions } from './types.js';

// Page paths are `<slug>/index.html` next to `index.html` and `assets/`.
const SLUG = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const RESERVED = new Set(['assets', 'index.html', 'tags', '404.html', 'sitemap.xml']);

/** Throws unless every entry passed on `options.backend` and the entries fit one site. */
export function assertPublishable(entries: readonly SiteEntry[], options: SiteOptions): void {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.date)) throw new Error(`site date must be YYYY-MM-DD, got ${JSON.stringify(options.date)}`);
  const slugs = new Set<string>();
  for (const { lesson, run, verdict } of entries) {
    if (verdict.status !== 'passed' || run.failure !== undefined) {
      throw new Error(`refusing to publish ${lesson.file}: its verdict is ${verdict.status}, only passed lessons are rendered`);
    }
    if (verdict.backend !== options.backend || run.backend !== options.backend) {
      throw new Error(
        `refusing to publish ${lesson.file}: verified on ${verdict.backend} (run on ${run.backend}), but the site says ${options.backend}`,
      );
    }
    if (!SLUG.test(lesson.slug) || RESERVED.has(lesson.slug.toLowerCase())) {
      throw new Error(`lesson ${lesson.file} has slug ${JSON.stringify(lesson.slug)}, which cannot be a page directory`);
    }
    const key = lesson.slug.toLowerCase();
    if (slugs.has(key)) throw new Error(`two lessons share the slug ${JSON.stringify(lesson.slug)} (${lesson.file})`);
    slugs.add(key);
  }
}
