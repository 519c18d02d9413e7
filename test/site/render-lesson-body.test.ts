import { describe, expect, it } from 'vitest';
import { renderLessonBody } from '../../src/site/render-lesson-body.js';
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

describe('renderLessonBody', () => {
  it('renders prose with GFM and leaves front matter off the page', () => {
    const lesson = buildLesson('lessons/body.md', source, { title: 'Body' });
    const html = renderLessonBody(lesson, (b) => `<x-block>${b.index}</x-block>`);
    expect(html).toContain('<p>Some <em>prose</em> with <del>strike</del> and <a href="https://example.com">https://example.com</a>.</p>');
    expect(html).not.toContain('front-matter-value');
    expect(html).not.toContain('title: Body');
  });

  it('replaces each runnable block by its rendered HTML and leaves other code blocks as pre/code', () => {
    const lesson = buildLesson('lessons/body.md', source, { title: 'Body' });
    const html = renderLessonBody(lesson, (b) => `<x-block>${b.index}</x-block>`);
    expect(html).toContain('<x-block>0</x-block>');
    expect(html).not.toContain('echo hi');
    expect(html).toContain('<pre><code class="language-python">print("&#x3C;b>")\n</code></pre>');
  });

  it('drops a block whose renderer returns null', () => {
    const lesson = buildLesson('lessons/body.md', source, { title: 'Body' });
    const html = renderLessonBody(lesson, () => null);
    expect(html).not.toContain('echo hi');
    expect(html).not.toContain('<pre>\n<code class="language-console">');
  });

  it('finds blocks nested in block quotes by their source offset', () => {
    // The blockquoted sh fence is found by the real parser; craft its block by hand at the right offset.
    const lesson = buildLesson('lessons/body.md', source, { title: 'Body' });
    const at = source.indexOf('```sh');
    const start = { line: 17, column: 3, offset: at };
    lesson.blocks.push({ index: 1, kind: 'script', lang: 'sh', attrs: { hidden: false, norun: false }, span: { start, end: start }, source: 'echo quoted\n', line: 18 });
    const html = renderLessonBody(lesson, (b) => `<x-block>${b.index}</x-block>`);
    expect(html).toContain('<blockquote>\n<x-block>1</x-block>\n</blockquote>');
  });

  it('throws when a block matches no fenced code: the parser and the renderer disagree', () => {
    const lesson = buildLesson('lessons/body.md', source, { title: 'Body' });
    const first = lesson.blocks[0];
    if (first === undefined) throw new Error('no block');
    first.span = { ...first.span, start: { ...first.span.start, offset: first.span.start.offset + 1 } };
    expect(() => renderLessonBody(lesson, () => '')).toThrow(/block 0 of lessons\/body\.md \(line 8\) matches no fenced code/);
  });
});
