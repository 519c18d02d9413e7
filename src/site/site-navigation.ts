// The navigation every page carries: lessons grouped by their front-matter `section`, sections in
// the order of their first lesson (reading order), ungrouped lessons first.
import { lessonPath } from './order-entries.js';
import type { SiteEntry } from './types.js';

export interface SidebarLink {
  title: string;
  href: string;
  /** `page` on the link to the page being shown, else null (no attribute). */
  current: 'page' | null;
}

export interface SidebarGroup {
  /** The section's name; null for lessons without one. */
  title: string | null;
  lessons: SidebarLink[];
}

export interface SidebarView {
  groups: SidebarGroup[];
}

/** Entries (in reading order) grouped by section. */
export function groupBySection(ordered: readonly SiteEntry[]): { title: string | null; entries: SiteEntry[] }[] {
  const groups = new Map<string | null, SiteEntry[]>([[null, []]]);
  for (const entry of ordered) {
    const key = entry.lesson.meta.section ?? null;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [entry]);
    else group.push(entry);
  }
  return [...groups].filter(([, entries]) => entries.length > 0).map(([title, entries]) => ({ title, entries }));
}

/** The sidebar for a page at `root`, marking the lesson `currentSlug` (null on other pages). */
export function sidebarView(ordered: readonly SiteEntry[], root: string, currentSlug: string | null): SidebarView {
  return {
    groups: groupBySection(ordered).map(({ title, entries }) => ({
      title,
      lessons: entries.map(({ lesson }) => ({
        title: lesson.meta.title,
        href: root + lessonPath(lesson.slug),
        current: lesson.slug === currentSlug ? 'page' : null,
      })),
    })),
  };
}
