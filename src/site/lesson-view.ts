// A lesson page's view model: rendered body, navigation and provenance.
import { lessonPath } from './order-entries.js';
import { SITE_TITLE, type PageView } from './page-view.js';
import { provenanceView, type ProvenanceView } from './provenance-view.js';
import type { SiteEntry, SiteOptions } from './types.js';
import { timelineLinkView, type TimelineLinkView } from './timeline/timeline-pages.js';

export interface NavLink {
  href: string;
  title: string;
}

export interface NavView {
  index: NavLink;
  prev: NavLink | null;
  next: NavLink | null;
}

export interface LessonView {
  title: string;
  description: string | null;
  tags: string[];
  hasTags: boolean;
  /** The lesson body as HTML, blocks included. */
  bodyHtml: string;
  nav: NavView;
  provenance: ProvenanceView;
  /** The link to the lesson's Pod timelines page, when its run recorded Pods. */
  timeline: TimelineLinkView | null;
}

const ROOT = '../';

function link(entry: SiteEntry | undefined): NavLink | null {
  return entry === undefined ? null : { href: ROOT + lessonPath(entry.lesson.slug), title: entry.lesson.meta.title };
}

/** The page for `ordered[at]`, with links to its neighbours in reading order. */
export function lessonView(
  ordered: readonly SiteEntry[],
  at: number,
  bodyHtml: string,
  options: SiteOptions,
): { page: Omit<PageView, 'body'>; view: LessonView } {
  const entry = ordered[at];
  if (entry === undefined) throw new Error(`no lesson at position ${at}`);
  const { meta } = entry.lesson;
  return {
    page: { title: `${meta.title} · ${SITE_TITLE}`, description: meta.description ?? null, root: ROOT, siteTitle: SITE_TITLE },
    view: {
      title: meta.title,
      description: meta.description ?? null,
      tags: meta.tags,
      hasTags: meta.tags.length > 0,
      bodyHtml,
      nav: { index: { href: `${ROOT}index.html`, title: SITE_TITLE }, prev: link(ordered[at - 1]), next: link(ordered[at + 1]) },
      provenance: provenanceView(entry.run, options),
      timeline: timelineLinkView(entry, ROOT),
    },
  };
}
