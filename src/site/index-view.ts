// The index page's view model: every lesson in reading order, grouped by section, each marked verified.
// Tag pages list their lessons with the same items.
import { lessonPath } from './order-entries.js';
import { hasStaleLines, STALE_PAGE } from './render-stale-page.js';
import { groupBySection } from './site-navigation.js';
import { tagLinks, type SiteTag, type TagLink } from './tag-pages.js';
import type { SiteEntry, SiteOptions } from './types.js';

export interface IndexItemView {
  title: string;
  href: string;
  description: string | null;
  tags: TagLink[];
  hasTags: boolean;
  /** e.g. `verified on sim`. */
  status: string;
}

export interface IndexGroupView {
  /** The section; null for lessons without one. */
  title: string | null;
  items: IndexItemView[];
}

export interface IndexView {
  title: string;
  /** Some lessons have a section: items are h3 under section h2s. */
  grouped: boolean;
  groups: IndexGroupView[];
  backend: string;
  date: string;
  version: string;
  /** The stale-docs page, when a lesson has lines marked stale; null otherwise. */
  staleHref: string | null;
}

/** One lesson in a list, linked from a page at `root`. */
export function indexItem(entry: SiteEntry, tags: readonly SiteTag[], root: string, options: SiteOptions): IndexItemView {
  const { meta, slug } = entry.lesson;
  return {
    title: meta.title,
    href: root + lessonPath(slug),
    description: meta.description ?? null,
    tags: tagLinks(meta.tags, tags, root),
    hasTags: meta.tags.length > 0,
    status: `verified on ${options.backend}`,
  };
}

/** The index page, from entries already in reading order. */
export function indexView(ordered: readonly SiteEntry[], tags: readonly SiteTag[], options: SiteOptions, siteTitle: string): IndexView {
  const groups = groupBySection(ordered).map(({ title, entries }) => ({ title, items: entries.map((e) => indexItem(e, tags, '', options)) }));
  return {
    title: siteTitle,
    grouped: groups.some((g) => g.title !== null),
    groups,
    backend: options.backend,
    date: options.date,
    version: options.version,
    staleHref: hasStaleLines(ordered) ? STALE_PAGE : null,
  };
}
