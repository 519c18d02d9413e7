// Tags are links: every tag has a page listing its lessons (`tags/<slug>/index.html`), and
// `tags/index.html` lists the tags.
import { HeadingSlugger } from './heading-slugger.js';
import type { SiteEntry } from './types.js';

export interface TagLink {
  name: string;
  href: string;
}

export interface SiteTag {
  name: string;
  /** Page path under the site root, as a file name (`tags/ünïcode/index.html`). */
  path: string;
  /** The same as a URL path (`tags/%C3%BCn%C3%AFcode/index.html`). */
  href: string;
  /** Lessons with this tag, in reading order. */
  entries: SiteEntry[];
}

/** Every tag of the site, in order of first use, with a page path each. */
export function collectTags(ordered: readonly SiteEntry[]): SiteTag[] {
  const slugger = new HeadingSlugger();
  const tags = new Map<string, SiteTag>();
  for (const entry of ordered) {
    for (const name of new Set(entry.lesson.meta.tags)) {
      let tag = tags.get(name);
      if (tag === undefined) {
        const slug = slugger.slug(name);
        tag = { name, path: `tags/${slug}/index.html`, href: `tags/${encodeURIComponent(slug)}/index.html`, entries: [] };
        tags.set(name, tag);
      }
      tag.entries.push(entry);
    }
  }
  return [...tags.values()];
}

/** A lesson's tags as links from a page at `root`. */
export function tagLinks(names: readonly string[], tags: readonly SiteTag[], root: string): TagLink[] {
  return names.map((name) => {
    const tag = tags.find((t) => t.name === name);
    if (tag === undefined) throw new Error(`tag ${JSON.stringify(name)} has no page`);
    return { name, href: root + tag.href };
  });
}
