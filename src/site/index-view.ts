// The index page's view model: every lesson in reading order, each marked verified.
import { lessonPath } from './order-entries.js';
import { hasStaleLines, STALE_PAGE } from './render-stale-page.js';
import { SITE_TITLE, type PageView } from './page-view.js';
import type { SiteEntry, SiteOptions } from './types.js';

export interface IndexItemView {
  title: string;
  href: string;
  description: string | null;
  tags: string[];
  hasTags: boolean;
  /** e.g. `verified on sim`. */
  status: string;
}

export interface IndexView {
  title: string;
  lessons: IndexItemView[];
  backend: string;
  date: string;
  version: string;
  /** The stale-docs page, when a lesson has lines marked stale; null otherwise. */
  staleHref: string | null;
}

/** The index page and its layout fields, from entries already in reading order. */
export function indexView(ordered: readonly SiteEntry[], options: SiteOptions): { page: Omit<PageView, 'body'>; view: IndexView } {
  const lessons = ordered.map(({ lesson }) => ({
    title: lesson.meta.title,
    href: lessonPath(lesson.slug),
    description: lesson.meta.description ?? null,
    tags: lesson.meta.tags,
    hasTags: lesson.meta.tags.length > 0,
    status: `verified on ${options.backend}`,
  }));
  return {
    page: {
      title: SITE_TITLE,
      description: `${lessons.length} Kubernetes lessons, every command verified on ${options.backend}.`,
      root: '',
      siteTitle: SITE_TITLE,
    },
    view: { title: SITE_TITLE, lessons, backend: options.backend, date: options.date, version: options.version, staleHref: hasStaleLines(ordered) ? STALE_PAGE : null },
  };
}
