// A lesson page's view model: rendered body, table of contents, navigation and provenance.
import { lessonPath } from './order-entries.js';
import { provenanceView, type ProvenanceView } from './provenance-view.js';
import type { RenderedBody, TocEntry } from './render-lesson-body.js';
import { tagLinks, type SiteTag, type TagLink } from './tag-pages.js';
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
  tags: TagLink[];
  hasTags: boolean;
  /** The lesson body as HTML, blocks included. */
  bodyHtml: string;
  toc: TocEntry[];
  hasToc: boolean;
  nav: NavView;
  provenance: ProvenanceView;
  /** The link to the lesson's Pod timelines page, when its run recorded Pods. */
  timeline: TimelineLinkView | null;
  /** "Edit this page" (the config's pattern with the lesson's path), or null. */
  editUrl: string | null;
}

export const LESSON_ROOT = '../';

function link(entry: SiteEntry | undefined): NavLink | null {
  return entry === undefined ? null : { href: LESSON_ROOT + lessonPath(entry.lesson.slug), title: entry.lesson.meta.title };
}

/** The page for `ordered[at]`, with links to its neighbours in reading order. */
export function lessonView(
  ordered: readonly SiteEntry[],
  at: number,
  body: RenderedBody,
  tags: readonly SiteTag[],
  options: SiteOptions,
  site: { title: string; editUrl: string | null },
): LessonView {
  const entry = ordered[at];
  if (entry === undefined) throw new Error(`no lesson at position ${at}`);
  const { meta } = entry.lesson;
  const path = entry.lesson.file.replaceAll('\\', '/').replace(/^\.\//, '');
  return {
    title: meta.title,
    description: meta.description ?? null,
    tags: tagLinks(meta.tags, tags, LESSON_ROOT),
    hasTags: meta.tags.length > 0,
    bodyHtml: body.html,
    toc: body.toc,
    hasToc: body.toc.length > 1,
    nav: { index: { href: `${LESSON_ROOT}index.html`, title: site.title }, prev: link(ordered[at - 1]), next: link(ordered[at + 1]) },
    provenance: provenanceView(entry.run, options),
    editUrl: site.editUrl === null ? null : site.editUrl.replaceAll('{path}', path.split('/').map(encodeURIComponent).join('/')),
    timeline: timelineLinkView(entry, LESSON_ROOT),
  };
}
