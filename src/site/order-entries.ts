// The reading order of the site: the index lists lessons in it, and prev/next links follow it.
import type { SiteEntry } from './types.js';

/** Sorts by `meta.order` (lessons without one last), then by file name. */
export function orderEntries(entries: readonly SiteEntry[]): SiteEntry[] {
  const key = (e: SiteEntry): number => e.lesson.meta.order ?? Number.POSITIVE_INFINITY;
  return [...entries].sort((a, b) => {
    const byOrder = key(a) - key(b);
    if (byOrder !== 0 && !Number.isNaN(byOrder)) return byOrder;
    return a.lesson.file < b.lesson.file ? -1 : a.lesson.file > b.lesson.file ? 1 : 0;
  });
}

/** Where a lesson's page lives, relative to the site root. */
export function lessonPath(slug: string): string {
  return `${slug}/index.html`;
}
