// The navigation every page carries: lessons grouped by their front-matter `section`, sections in
// the order of their first lesson (reading order), ungrouped lessons first.
//
// Every page lists every lesson, so a site of n lessons writes n links on each of its n pages. The
// links are rendered once per site and page depth (the `sidebar-link` partial, plain), and a page's
// sidebar view is those strings with only its own link rendered again, marked: per page O(sections)
// template work and one link, not n (docs/decisions.md, "The sidebar rendered once per site").
import { lessonPath } from './order-entries.js';
import type { Template } from './load-templates.js';
import type { SiteEntry } from './types.js';

export interface SidebarLink {
  title: string;
  href: string;
  /** `page` on the link to the page being shown, else null (no attribute). */
  current: 'page' | null;
}

/** What the `sidebar` partial gets: each section's links as HTML, already rendered. */
export interface SidebarView {
  groups: { title: string | null; links: string }[];
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

/** One section's links, rendered plain and joined, with where each link starts in the joined text. */
interface RenderedGroup {
  title: string | null;
  links: SidebarLink[];
  html: string;
  /** offsets[i] is where link i starts in `html`; offsets[links.length] is its length. */
  offsets: number[];
}

interface RenderedSidebar {
  groups: RenderedGroup[];
  /** Where each lesson's link is, by href: its group and position. */
  at: Map<string, { group: number; link: number }>;
  /** The view with no link marked (index, tag pages). */
  plain: SidebarView;
}

/** Per site (`ordered`), per link template, per root: rendered once. */
const cache = new WeakMap<readonly SiteEntry[], WeakMap<Template, Map<string, RenderedSidebar>>>();

function renderedSidebar(ordered: readonly SiteEntry[], root: string, linkTemplate: Template): RenderedSidebar {
  let byTemplate = cache.get(ordered);
  if (byTemplate === undefined) cache.set(ordered, (byTemplate = new WeakMap()));
  let byRoot = byTemplate.get(linkTemplate);
  if (byRoot === undefined) byTemplate.set(linkTemplate, (byRoot = new Map()));
  const known = byRoot.get(root);
  if (known !== undefined) return known;

  const at = new Map<string, { group: number; link: number }>();
  const groups = groupBySection(ordered).map(({ title, entries }, group): RenderedGroup => {
    const links = entries.map(({ lesson }): SidebarLink => ({ title: lesson.meta.title, href: root + lessonPath(lesson.slug), current: null }));
    const offsets = [0];
    let html = '';
    links.forEach((link, i) => {
      at.set(link.href, { group, link: i });
      html += linkTemplate(link);
      offsets.push(html.length);
    });
    return { title, links, html, offsets };
  });
  const plain = { groups: groups.map(({ title, html }) => ({ title, links: html })) };
  const rendered = { groups, at, plain };
  byRoot.set(root, rendered);
  return rendered;
}

/**
 * The `sidebar` partial's view for a page at `root`, marking the lesson `currentSlug` (null on other
 * pages): the site's rendered links with the current one's replaced by its marked rendering.
 */
export function sidebarView(ordered: readonly SiteEntry[], root: string, currentSlug: string | null, linkTemplate: Template): SidebarView {
  const site = renderedSidebar(ordered, root, linkTemplate);
  const where = currentSlug === null ? undefined : site.at.get(root + lessonPath(currentSlug));
  if (where === undefined) return site.plain;
  return {
    groups: site.groups.map((g, i) => {
      if (i !== where.group) return { title: g.title, links: g.html };
      const marked = linkTemplate({ ...g.links[where.link], current: 'page' });
      return { title: g.title, links: g.html.slice(0, g.offsets[where.link]) + marked + g.html.slice(g.offsets[where.link + 1]) };
    }),
  };
}
