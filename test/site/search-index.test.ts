import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { SEARCH_GLOBAL, searchDocuments, SiteSearchIndex, type SearchDocument } from '../../src/site/search-index.js';

/** The index a page would load from the script. */
function load(script: string): MiniSearch<SearchDocument> {
  const prefix = `window.${SEARCH_GLOBAL} = `;
  expect(script.startsWith(prefix)).toBe(true);
  const data = JSON.parse(script.slice(prefix.length).replace(/;\n$/, '')) as { options: object; index: object };
  return MiniSearch.loadJS(data.index as never, data.options as never);
}

const sections = [
  { id: '', heading: 'Init', text: 'Intro about pods.' },
  { id: 'logs', heading: 'Logs', text: '$ kubectl logs\n** server can\'t find myservice: NXDOMAIN\n\n\n\nwaiting' },
];

describe('the search index', () => {
  it('has a document per section that links to the section, with its text tidied', () => {
    expect(searchDocuments('init', 'Init', 'init/index.html', sections)).toEqual([
      { id: 'init#', lesson: 'Init', heading: 'Init', href: 'init/index.html', text: 'Intro about pods.' },
      { id: 'init#logs', lesson: 'Init', heading: 'Logs', href: 'init/index.html#logs', text: '$ kubectl logs\n** server can\'t find myservice: NXDOMAIN\n\nwaiting' },
    ]);
  });

  it('finds words of commands and outputs, by prefix, in the script the page loads', () => {
    const index = new SiteSearchIndex();
    index.replaceLesson('init', searchDocuments('init', 'Init', 'init/index.html', sections));
    const mini = load(index.toScript());
    expect(mini.search('nxdomain').map((r) => r['href'])).toEqual(['init/index.html#logs']);
    expect(mini.search('kubect', { prefix: true }).map((r) => r['href'])).toEqual(['init/index.html#logs']);
  });

  it('replaces one lesson’s documents and keeps the others', () => {
    const index = new SiteSearchIndex();
    index.replaceLesson('a', searchDocuments('a', 'A', 'a/index.html', [{ id: '', heading: 'A', text: 'alpha' }]));
    index.replaceLesson('b', searchDocuments('b', 'B', 'b/index.html', [{ id: '', heading: 'B', text: 'bravo' }]));
    index.replaceLesson('a', searchDocuments('a', 'A', 'a/index.html', [{ id: '', heading: 'A', text: 'charlie' }]));
    const mini = load(index.toScript());
    expect(mini.search('alpha')).toEqual([]);
    expect(mini.search('charlie').map((r) => r.id)).toEqual(['a#']);
    expect(mini.search('bravo').map((r) => r.id)).toEqual(['b#']);
  });

  it('writes the same bytes for the same lessons, and no raw < into the script', () => {
    const make = () => {
      const index = new SiteSearchIndex();
      index.replaceLesson('x', searchDocuments('x', 'X', 'x/index.html', [{ id: '', heading: 'X', text: '</script><b>' }]));
      return index.toScript();
    };
    expect(make()).toBe(make());
    expect(make()).not.toContain('<');
  });
});
