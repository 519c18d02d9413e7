// The site's full-text search index, built at build time with MiniSearch: one document per
// section of a lesson (the text under a heading: prose, commands and their outputs), written as
// `assets/search-index.js`, a script that assigns a global, because pages opened from file://
// may not fetch(). The page loads it and MiniSearch itself only when the reader first searches.
// `kindling serve` keeps one index and replaces a lesson's sections when that lesson changes.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import MiniSearch, { type Options } from 'minisearch';
import type { SectionText } from './render-lesson-body.js';

export interface SearchDocument {
  /** `slug#section`. */
  id: string;
  /** The lesson's title. */
  lesson: string;
  /** The section's heading (the lesson title for text before the first heading). */
  heading: string;
  /** Relative to the site root: `slug/index.html#section`. */
  href: string;
  text: string;
}

/** Shared by the build and the page: the page must load the index with the options that built it. */
export const SEARCH_OPTIONS = {
  fields: ['lesson', 'heading', 'text'],
  storeFields: ['lesson', 'heading', 'href', 'text'],
} satisfies Options<SearchDocument>;

/** The name of the global that `search-index.js` assigns. */
export const SEARCH_GLOBAL = 'KINDLING_SEARCH';
export const SEARCH_INDEX_FILE = 'assets/search-index.js';
export const MINISEARCH_FILE = 'assets/minisearch.js';

/** The search documents of one lesson page. */
export function searchDocuments(slug: string, title: string, pageHref: string, sections: readonly SectionText[]): SearchDocument[] {
  return sections.map((s) => ({
    id: `${slug}#${s.id}`,
    lesson: title,
    heading: s.heading,
    href: s.id === '' ? pageHref : `${pageHref}#${s.id}`,
    text: s.text.replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim(),
  }));
}

/** The documents of every lesson, by slug, in reading order; serialised as one MiniSearch index. */
export class SiteSearchIndex {
  private readonly lessons = new Map<string, SearchDocument[]>();

  /** Sets (or replaces) the documents of the lesson `slug`. */
  replaceLesson(slug: string, documents: SearchDocument[]): void {
    this.lessons.set(slug, documents);
  }

  removeLesson(slug: string): void {
    this.lessons.delete(slug);
  }

  /** Every document, in the order the index adds them: what `toScript` is made from. */
  documents(): SearchDocument[] {
    return [...this.lessons.values()].flat();
  }

  /** `search-index.js`: `window.KINDLING_SEARCH = {options, index}`. Rebuilt whole: a few ms, and the same bytes for the same lessons. */
  toScript(): string {
    const mini = new MiniSearch<SearchDocument>(SEARCH_OPTIONS);
    mini.addAll(this.documents());
    const data = { options: SEARCH_OPTIONS, index: mini.toJSON() };
    // `<` escaped: the JSON sits in a script.
    return `window.${SEARCH_GLOBAL} = ${JSON.stringify(data).replace(/</g, '\\u003c')};\n`;
  }

}

/** MiniSearch's browser build, for the site's `assets/minisearch.js`. */
export async function readSearchLibrary(): Promise<Buffer> {
  const cjs = createRequire(import.meta.url).resolve('minisearch');
  return readFile(join(dirname(cjs), '..', 'umd', 'index.js'));
}
