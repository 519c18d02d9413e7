import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTemplates } from '../../src/site/load-templates.js';
import { orderEntries } from '../../src/site/order-entries.js';
import { groupBySection, sidebarView } from '../../src/site/site-navigation.js';
import { fixtureEntries } from './site-fixture.js';

const templates = await loadTemplates(join(import.meta.dirname, '../../templates'));
const link = templates.partial('sidebar-link');
const sidebar = templates.partial('sidebar');

/** The sidebar as one template pass over every link would render it: what the cache must equal. */
function renderedWhole(ordered: ReturnType<typeof orderEntries>, root: string, currentSlug: string | null): string {
  const groups = groupBySection(ordered).map(({ title, entries }) => ({
    title,
    links: entries
      .map(({ lesson }) => link({ title: lesson.meta.title, href: `${root}${lesson.slug}/index.html`, current: lesson.slug === currentSlug ? 'page' : null }))
      .join(''),
  }));
  return sidebar({ groups });
}

describe('sidebarView', () => {
  const entries = fixtureEntries();
  entries[0]!.lesson.meta.section = 'Pods';
  entries[1]!.lesson.meta.section = 'Networking';
  const ordered = orderEntries(entries);

  it('marks only the current lesson, in every section position, and equals a whole rendering', () => {
    for (const root of ['../', '']) {
      for (const current of [null, ...ordered.map((e) => e.lesson.slug)]) {
        const html = sidebar(sidebarView(ordered, root, current, link));
        expect(html).toBe(renderedWhole(ordered, root, current));
        expect(html.split('aria-current="page"').length - 1).toBe(current === null ? 0 : 1);
      }
    }
  });

  it('escapes titles as the template does', () => {
    const odd = fixtureEntries();
    odd[0]!.lesson.meta.title = 'Pods <b>& "quotes"</b>';
    const sorted = orderEntries(odd);
    const html = sidebar(sidebarView(sorted, '../', sorted[0]!.lesson.slug, link));
    expect(html).toContain('Pods &lt;b&gt;&amp; &quot;quotes&quot;&lt;/b&gt;');
    expect(html).toBe(renderedWhole(sorted, '../', sorted[0]!.lesson.slug));
  });

  it('does not mark a lesson of another site that shares a slug with nothing here', () => {
    expect(sidebar(sidebarView(ordered, '../', 'no-such-lesson', link))).toBe(renderedWhole(ordered, '../', null));
  });
});
