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

/** The sidebar of every page at one root with no current lesson, per site (`ordered`): built once, not per page. */
const plainSidebars = new WeakMap<readonly SiteEntry[], Map<string, SidebarView>>();

function plainSidebar(ordered: readonly SiteEntry[], root: string): SidebarView {
  let byRoot = plainSidebars.get(ordered);
  if (byRoot === undefined) plainSidebars.set(ordered, (byRoot = new Map()));
  let view = byRoot.get(root);
  if (view === undefined) {
    view = {
      groups: groupBySection(ordered).map(({ title, entries }) => ({
        title,
        lessons: entries.map(({ lesson }) => ({ title: lesson.meta.title, href: root + lessonPath(lesson.slug), current: null })),
      })),
    };
    byRoot.set(root, view);
  }
  return view;
}

/**
 * The sidebar for a page at `root`, marking the lesson `currentSlug` (null on other pages). Pages
 * share one view of the site's lessons; only the current lesson's group is copied, with its link
 * marked, so a site of n lessons costs O(n) per page in the template only, not in building views.
 */
export function sidebarView(ordered: readonly SiteEntry[], root: string, currentSlug: string | null): SidebarView {
  const plain = plainSidebar(ordered, root);
  if (currentSlug === null) return plain;
  const href = root + lessonPath(currentSlug);
  return {
    groups: plain.groups.map((group) =>
      group.lessons.some((l) => l.href === href) ? { ...group, lessons: group.lessons.map((l) => (l.href === href ? { ...l, current: 'page' as const } : l)) } : group,
    ),
  };
}
