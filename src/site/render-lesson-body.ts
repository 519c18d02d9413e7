// Lesson Markdown -> HTML. Prose goes through unified (GFM, front matter not shown); each
// runnable block's code node, found by its source offset, is replaced by the block's own HTML.
// Raw HTML in the prose is dropped (as Hugo does by default), so a page carries only markup we made.
import type { Code, Html } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype, { defaultHandlers } from 'remark-rehype';
import { unified } from 'unified';
import type { Block, Lesson, TimelineDirective } from '../lesson/types.js';

/**
 * Renders a lesson's Markdown; `renderBlock` gives a runnable block's HTML, or null to leave it out.
 * Throws when a block matches no code node: the parser and the renderer disagree on the source.
 */
export function renderLessonBody(
  lesson: Lesson,
  renderBlock: (block: Block) => string | null,
  renderTimeline: (directive: TimelineDirective) => string = () => '',
): string {
  const byOffset = new Map(lesson.blocks.map((b) => [b.span.start.offset, b]));
  const timelines = new Map(lesson.timelines.map((t) => [t.offset, t]));
  const seen = new Set<Block>();

  const code = (state: Parameters<typeof defaultHandlers.code>[0], node: Code) => {
    const block = byOffset.get(node.position?.start.offset ?? -1);
    if (block === undefined) return defaultHandlers.code(state, node);
    seen.add(block);
    const html = renderBlock(block);
    return html === null ? undefined : { type: 'raw' as const, value: html };
  };

  // A `<!-- kindling:timeline -->` comment becomes the Pod's lifecycle picture; other raw HTML is dropped.
  const html = (state: Parameters<typeof defaultHandlers.html>[0], node: Html) => {
    const directive = timelines.get(node.position?.start.offset ?? -1);
    return directive === undefined ? defaultHandlers.html(state, node) : { type: 'raw' as const, value: renderTimeline(directive) };
  };

  const rendered = unified()
    .use(remarkParse)
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkGfm)
    .use(remarkRehype, { handlers: { code, html } })
    .use(rehypeStringify, { allowDangerousHtml: true })
    .processSync(lesson.source)
    .toString();

  const missed = lesson.blocks.find((b) => !seen.has(b));
  if (missed !== undefined) {
    throw new Error(
      `block ${missed.index} of ${lesson.file} (line ${missed.span.start.line}) matches no fenced code in the source`,
    );
  }
  return rendered;
}
