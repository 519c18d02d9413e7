// Lesson Markdown -> HTML. Prose goes through unified (GFM, front matter not shown); each
// runnable block's code node, found by its source offset, is replaced by the block's own HTML.
// Raw HTML in the prose is dropped (as Hugo does by default), so a page carries only markup we made;
// links and images whose URL scheme is not allowed (javascript:, data:, ...) become plain text.
import type { Code, Image, ImageReference, Link, LinkReference } from 'mdast';
import { isSafeUrl } from '../lesson/link-scheme.js';
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
  // Block offsets count the byte order mark; micromark drops it and counts from after it.
  const base = lesson.source.startsWith('\uFEFF') ? 1 : 0;
  const seen = new Set<Block>();

  const code = (state: Parameters<typeof defaultHandlers.code>[0], node: Code) => {
    const block = byOffset.get((node.position?.start.offset ?? -2) + base);
    if (block === undefined) return defaultHandlers.code(state, node);
    seen.add(block);
    const html = renderBlock(block);
    return html === null ? undefined : { type: 'raw' as const, value: html };
  };

  type State = Parameters<typeof defaultHandlers.link>[0];
  // An unsafe link shows its text; an unsafe image its alternative text.
  const link = (state: State, node: Link) => (isSafeUrl(node.url) ? defaultHandlers.link(state, node) : state.all(node));
  const image = (state: State, node: Image) => (isSafeUrl(node.url) ? defaultHandlers.image(state, node) : { type: 'text' as const, value: node.alt ?? '' });
  const definitionUrl = (state: State, id: string): string => state.definitionById.get(id.toUpperCase())?.url ?? '';
  const linkReference = (state: State, node: LinkReference) =>
    isSafeUrl(definitionUrl(state, node.identifier)) ? defaultHandlers.linkReference(state, node) : state.all(node);
  const imageReference = (state: State, node: ImageReference) =>
    isSafeUrl(definitionUrl(state, node.identifier)) ? defaultHandlers.imageReference(state, node) : { type: 'text' as const, value: node.alt ?? '' };

  const html = unified()
    .use(remarkParse)
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkGfm)
    .use(remarkRehype, { handlers: { code, link, image, linkReference, imageReference } })
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
