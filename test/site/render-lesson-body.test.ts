import { beforeAll, describe, expect, it } from 'vitest';
import { createCodeHighlighter, type CodeHighlighter } from '../../src/site/highlight-code.js';
import { renderLessonBody, type BodyContext, type RenderedBlock } from '../../src/site/render-lesson-body.js';
import { UniqueNames } from '../../src/site/unique-names.js';
import { parseLesson } from '../../src/lesson/parse-lesson.js';
import type { Block } from '../../src/lesson/types.js';
import { buildLesson } from './lesson-fixture.js';

const source = [
  '---',
  'title: Body',
  'secret: front-matter-value',
  '---',
  '',
  'Some *prose* with ~~strike~~ and https://example.com.',
  '',
  '```console',
  '$ echo hi',
  'hi',
  '```',
  '',
  '```python',
  'print("<b>")',
  '```',
  '',
  '> ```sh',
  '> echo quoted',
  '> ```',
  '',
].join('\n');

let highlighter: CodeHighlighter;
beforeAll(async () => {
  highlighter = await createCodeHighlighter();
});
const ctx = (): BodyContext => ({ highlighter, names: new UniqueNames() });
const tag = (b: Block): RenderedBlock => ({ html: `<x-block>${b.index}</x-block>`, text: `block ${b.index} text` });

describe('renderLessonBody', () => {
  it('renders prose with GFM and leaves front matter off the page', () => {
    const lesson = buildLesson('lessons/body.md', source, { title: 'Body' });
    const { html } = renderLessonBody(lesson, tag, ctx());
    expect(html).toContain('<p>Some <em>prose</em> with <del>strike</del> and <a href="https://example.com">https://example.com</a>.</p>');
    expect(html).not.toContain('front-matter-value');
    expect(html).not.toContain('title: Body');
  });

  it('renders from the tree parseLesson made, once, and the same page from the source after that', () => {
    const lesson = parseLesson('lessons/body.md', `\uFEFF---\ntitle: Body\n---\n\nSome *prose*.\n\n\`\`\`console\n$ echo hi\nhi\n\`\`\`\n\n| a | b |\n| - | - |\n| 1 | 2 |\n`);
    expect(lesson.diagnostics).toEqual([]);
    const first = renderLessonBody(lesson, tag, ctx());
    const again = renderLessonBody(lesson, tag, ctx());
    expect(first.html).toContain('<x-block>0</x-block>');
    expect(first.html).toContain('<td>1</td>');
    expect(again).toEqual(first);
  });

  it('replaces each runnable block by its rendered HTML and shows other code blocks as keyboard-reachable regions', () => {
    const lesson = buildLesson('lessons/body.md', source, { title: 'Body' });
    const { html } = renderLessonBody(lesson, tag, ctx());
    expect(html).toContain('<x-block>0</x-block>');
    expect(html).not.toContain('echo hi');
    expect(html).toContain('<pre class="code" tabindex="0" role="region" aria-label="Example (python)"><code class="language-python">print(&quot;&lt;b&gt;&quot;)\n</code></pre>');
  });

  it('highlights fenced YAML that does not run, with both themes as CSS variables', () => {
    const lesson = buildLesson('lessons/y.md', '---\ntitle: Y\n---\n\n```yaml\nkind: Pod # a comment\n```\n', { title: 'Y' });
    const { html } = renderLessonBody(lesson, tag, ctx());
    expect(html).toMatch(/<span style="--shiki-light:#[0-9a-f]{6};--shiki-dark:#[0-9a-f]{6}">kind<\/span>/i);
    expect(html).toMatch(/<span style="[^"]+"># a comment<\/span>/);
  });

  it('drops a block whose renderer returns null', () => {
    const lesson = buildLesson('lessons/body.md', source, { title: 'Body' });
    const { html } = renderLessonBody(lesson, () => null, ctx());
    expect(html).not.toContain('echo hi');
    expect(html).not.toContain('<pre>\n<code class="language-console">');
  });

  it('finds blocks nested in block quotes by their source offset', () => {
    // The blockquoted sh fence is found by the real parser; craft its block by hand at the right offset.
    const lesson = buildLesson('lessons/body.md', source, { title: 'Body' });
    const at = source.indexOf('```sh');
    const start = { line: 17, column: 3, offset: at };
    lesson.blocks.push({ index: 1, kind: 'script', lang: 'sh', attrs: { hidden: false, norun: false }, span: { start, end: start }, source: 'echo quoted\n', line: 18 });
    const { html } = renderLessonBody(lesson, tag, ctx());
    expect(html).toContain('<blockquote>\n<x-block>1</x-block>\n</blockquote>');
  });

  it('throws when a block matches no fenced code: the parser and the renderer disagree', () => {
    const lesson = buildLesson('lessons/body.md', source, { title: 'Body' });
    const first = lesson.blocks[0];
    if (first === undefined) throw new Error('no block');
    first.span = { ...first.span, start: { ...first.span.start, offset: first.span.start.offset + 1 } };
    expect(() => renderLessonBody(lesson, () => ({ html: '', text: '' }), ctx())).toThrow(/block 0 of lessons\/body\.md \(line 8\) matches no fenced code/);
  });

  const headed = [
    '---',
    'title: Headed',
    '---',
    '',
    'Intro text.',
    '',
    '## The simulated cluster',
    '',
    'See [below](#the-simulated-cluster).',
    '',
    '```console',
    '$ kubectl get pods',
    'No resources found',
    '```',
    '',
    '### Nodes & `roles`',
    '',
    'Deep.',
    '',
    '#### Too deep for the TOC',
    '',
    '## The simulated cluster',
    '',
    '| a | b |',
    '| - | - |',
    '| 1 | 2 |',
    '',
  ].join('\n');

  it('gives headings GitHub ids and a self-link, and lists h2 and h3 in the table of contents', () => {
    const lesson = buildLesson('lessons/h.md', headed, { title: 'Headed' });
    const { html, toc } = renderLessonBody(lesson, tag, ctx());
    expect(html).toContain(
      '<h2 id="the-simulated-cluster">The simulated cluster<a class="heading-anchor" href="#the-simulated-cluster" aria-label="Link to this section: The simulated cluster">#</a></h2>',
    );
    expect(html).toContain('<h3 id="nodes--roles">');
    expect(html).toContain('<h2 id="the-simulated-cluster-1">');
    expect(toc).toEqual([
      { id: 'the-simulated-cluster', text: 'The simulated cluster', depth: 2 },
      { id: 'nodes--roles', text: 'Nodes & roles', depth: 3 },
      { id: 'the-simulated-cluster-1', text: 'The simulated cluster', depth: 2 },
    ]);
  });

  it('keeps block ids (id=) away from heading ids', () => {
    const lesson = buildLesson('lessons/h.md', headed, { title: 'Headed' });
    const first = lesson.blocks[0];
    if (first === undefined) throw new Error('no block');
    first.attrs.id = 'the-simulated-cluster';
    const { html } = renderLessonBody(lesson, tag, ctx());
    expect(html).toContain('<h2 id="the-simulated-cluster-1">');
    expect(html).toContain('<h2 id="the-simulated-cluster-2">');
  });

  it('keeps the text of each section, blocks included, for search', () => {
    const lesson = buildLesson('lessons/h.md', headed, { title: 'Headed' });
    const { sections } = renderLessonBody(lesson, tag, ctx());
    expect(sections.map((s) => [s.id, s.heading])).toEqual([
      ['', 'Headed'],
      ['the-simulated-cluster', 'The simulated cluster'],
      ['nodes--roles', 'Nodes & roles'],
      ['too-deep-for-the-toc', 'Too deep for the TOC'],
      ['the-simulated-cluster-1', 'The simulated cluster'],
    ]);
    expect(sections[0]?.text.trim()).toBe('Intro text.');
    expect(sections[1]?.text).toContain('See below.');
    expect(sections[1]?.text).toContain('block 0 text');
  });

  it('makes a table a labelled, keyboard-reachable scroll region', () => {
    const lesson = buildLesson('lessons/h.md', headed, { title: 'Headed' });
    const { html } = renderLessonBody(lesson, tag, ctx());
    expect(html).toContain('<div class="table-scroll" tabindex="0" role="region" aria-label="Table: a, b"><table>');
  });
});
