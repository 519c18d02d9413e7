// Lesson Markdown -> HTML. Prose goes through unified (GFM, front matter not shown); each
// runnable block's code node, found by its source offset, is replaced by the block's own HTML.
// Raw HTML in the prose is dropped (as Hugo does by default), so a page carries only markup we made.
import type { Code } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype, { defaultHandlers } from 'remark-rehype';
import { unified } from 'unified';
import type { Block, Lesson } from '../lesson/types.js';

/**
 * Renders a lesson's Markdown; `renderBlock` gives a runnable block's HTML, or null to leave it out.
 * Throws when a block matches no code node: the parser and the renderer disagree on the source.
 */
export function renderLessonBody(lesson: Lesson, renderBlock: (block: Block) => string | null): string {
  const byOffset = new Map(lesson.blocks.map((b) => [b.span.start.offset, b]));
  const seen = new Set<Block>();

  const code = (state: Parameters<typeof defaultHandlers.code>[0], node: Code) => {
    const block = byOffset.get(node.position?.start.offset ?? -1);
    if (block === undefined) return defaultHandlers.code(state, node);
    seen.add(block);
    const html = renderBlock(block);
    return html === null ? undefined : { type: 'raw' as const, value: html };
  };

  const html = unified()
    .use(remarkParse)
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkGfm)
    .use(remarkRehype, { handlers: { code } })
    .use(rehypeStringify, { allowDangerousHtml: true })
    .processSync(lesson.source)
    .toString();

  const missed = lesson.blocks.find((b) => !seen.has(b));
  if (missed !== undefined) {
    throw new Error(
      `block ${missed.index} of ${lesson.file} (line ${missed.span.start.line}) matches no fenced code in the source`,
    );
  }
  return html;
}
