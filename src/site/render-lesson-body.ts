// Lesson Markdown -> HTML. Prose goes through unified (GFM, front matter not shown); each
// runnable block's code node, found by its source offset, is replaced by the block's own HTML.
// Raw HTML in the prose is dropped (as Hugo does by default), so a page carries only markup we made;
// links and images whose URL scheme is not allowed (javascript:, data:, ...) become plain text.
// On the way, headings get GitHub's ids and a link to themselves, the h2/h3 become the table of
// contents, other fenced code is highlighted, wide tables and code become keyboard-reachable
// scroll regions, and the text of each section (prose, commands and outputs) is kept for search.
import type { Element, ElementContent, Root as HastRoot, RootContent } from 'hast';
import type { Code, Html, Image, ImageReference, Link, LinkReference } from 'mdast';
import { isSafeUrl } from '../lesson/link-scheme.js';
import rehypeStringify from 'rehype-stringify';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype, { defaultHandlers } from 'remark-rehype';
import { unified } from 'unified';
import { takeMarkdownTree } from '../lesson/parse-lesson.js';
import type { Block, Lesson, TimelineDirective } from '../lesson/types.js';
import { HeadingSlugger } from './heading-slugger.js';
import { escapeHtml } from './escape-html.js';
import type { CodeHighlighter } from './highlight-code.js';
import type { UniqueNames } from './unique-names.js';

/** A runnable block as HTML, with its text for the search index. */
export interface RenderedBlock {
  html: string;
  text: string;
}

export interface TocEntry {
  id: string;
  text: string;
  /** 2 or 3. */
  depth: number;
}

/** The text under one heading (or before the first, with id ''), for search. */
export interface SectionText {
  id: string;
  heading: string;
  text: string;
}

export interface RenderedBody {
  html: string;
  toc: TocEntry[];
  sections: SectionText[];
}

export interface BodyContext {
  highlighter: CodeHighlighter;
  names: UniqueNames;
}

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const BLOCK_ELEMENTS = new Set(['p', 'li', 'tr', 'pre', 'blockquote', 'br', 'table', 'ul', 'ol', 'div', 'figure']);

/** The text of a node; raw block HTML carries its text in `data.text`. */
function textOf(node: RootContent | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'raw') return String((node.data as { text?: string } | undefined)?.text ?? '');
  if (node.type !== 'element') return '';
  const inner = node.children.map(textOf).join('');
  return BLOCK_ELEMENTS.has(node.tagName) ? `${inner}\n` : inner;
}

/** The texts of a table's header cells. */
function headerCells(node: Element): string[] {
  const cells: string[] = [];
  const visit = (n: ElementContent): void => {
    if (n.type !== 'element') return;
    if (n.tagName === 'th') cells.push(textOf(n).trim());
    else n.children.forEach(visit);
  };
  node.children.forEach(visit);
  return cells;
}

function element(tagName: string, properties: Element['properties'], children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}

/** Ids and self-links on headings, the TOC, scroll regions for tables, and section texts. */
function decorate(tree: HastRoot, lesson: Lesson, ctx: BodyContext, out: { toc: TocEntry[]; sections: SectionText[] }): void {
  const slugger = new HeadingSlugger();
  for (const block of lesson.blocks) if (block.attrs.id !== undefined) slugger.reserve(block.attrs.id);
  let section: SectionText = { id: '', heading: lesson.meta.title, text: '' };
  out.sections.push(section);
  tree.children = tree.children.map((node): RootContent => {
    if (node.type === 'element' && HEADINGS.has(node.tagName)) {
      const text = textOf(node).trim();
      const id = slugger.slug(text);
      node.properties = { ...node.properties, id };
      node.children.push(
        element('a', { className: ['heading-anchor'], href: `#${id}`, ariaLabel: ctx.names.take(`Link to this section: ${text}`) }, [
          { type: 'text', value: '#' },
        ]),
      );
      const depth = Number(node.tagName.slice(1));
      if (depth === 2 || depth === 3) out.toc.push({ id, text, depth });
      section = { id, heading: text, text: '' };
      out.sections.push(section);
      return node;
    }
    section.text += textOf(node);
    if (node.type === 'element' && node.tagName === 'table') {
      const header = headerCells(node).join(', ');
      return element('div', { className: ['table-scroll'], tabIndex: 0, role: 'region', ariaLabel: ctx.names.take(`Table: ${header.slice(0, 60)}`) }, [node]);
    }
    return node;
  });
  out.sections = out.sections.filter((s) => s.text.trim() !== '' || s.id !== '');
}

/**
 * Renders a lesson's Markdown; `renderBlock` gives a runnable block's HTML, or null to leave it out.
 * Throws when a block matches no code node: the parser and the renderer disagree on the source.
 */
export function renderLessonBody(
  lesson: Lesson,
  renderBlock: (block: Block) => RenderedBlock | null,
  ctx: BodyContext,
  renderTimeline: (directive: TimelineDirective) => string = () => '',
): RenderedBody {
  const byOffset = new Map(lesson.blocks.map((b) => [b.span.start.offset, b]));
  const timelines = new Map(lesson.timelines.map((t) => [t.offset, t]));
  // Block offsets count the byte order mark; micromark drops it and counts from after it.
  const base = lesson.source.startsWith('\uFEFF') ? 1 : 0;
  const seen = new Set<Block>();

  const code = (state: Parameters<typeof defaultHandlers.code>[0], node: Code) => {
    const block = byOffset.get((node.position?.start.offset ?? -2) + base);
    if (block === undefined) {
      const lang = (node.lang ?? '').toLowerCase();
      const label = ctx.names.take(`Example${lang ? ` (${lang})` : ''}`);
      const html =
        `<pre class="code" tabindex="0" role="region" aria-label="${escapeHtml(label)}"><code class="language-${lang.replace(/[^a-z0-9_-]/g, '') || 'text'}">` +
        `${ctx.highlighter.highlight(node.value, lang)}\n</code></pre>`;
      return { type: 'raw' as const, value: html, data: { text: node.value } };
    }
    seen.add(block);
    const rendered = renderBlock(block);
    return rendered === null ? undefined : { type: 'raw' as const, value: rendered.html, data: { text: rendered.text } };
  };

  // A `<!-- kindling:timeline -->` comment becomes the Pod's lifecycle picture; other raw HTML is dropped.
  const rawHtml = (state: Parameters<typeof defaultHandlers.html>[0], node: Html) => {
    const directive = timelines.get((node.position?.start.offset ?? -2) + base);
    return directive === undefined ? defaultHandlers.html(state, node) : { type: 'raw' as const, value: renderTimeline(directive) };
  };

  const out = { toc: [] as TocEntry[], sections: [] as SectionText[] };
  type State = Parameters<typeof defaultHandlers.link>[0];
  // An unsafe link shows its text; an unsafe image its alternative text.
  const link = (state: State, node: Link) => (isSafeUrl(node.url) ? defaultHandlers.link(state, node) : state.all(node));
  const image = (state: State, node: Image) => (isSafeUrl(node.url) ? defaultHandlers.image(state, node) : { type: 'text' as const, value: node.alt ?? '' });
  const definitionUrl = (state: State, id: string): string => state.definitionById.get(id.toUpperCase())?.url ?? '';
  const linkReference = (state: State, node: LinkReference) =>
    isSafeUrl(definitionUrl(state, node.identifier)) ? defaultHandlers.linkReference(state, node) : state.all(node);
  const imageReference = (state: State, node: ImageReference) =>
    isSafeUrl(definitionUrl(state, node.identifier)) ? defaultHandlers.imageReference(state, node) : { type: 'text' as const, value: node.alt ?? '' };

  const processor = unified()
    .use(remarkParse)
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkGfm)
    .use(remarkRehype, { handlers: { code, html: rawHtml, link, image, linkReference, imageReference } })
    .use(() => (tree: HastRoot) => decorate(tree, lesson, ctx, out))
    .use(rehypeStringify, { allowDangerousHtml: true });
  // The tree parseLesson made with the same plugins, when this is the lesson object it returned.
  const mdast = takeMarkdownTree(lesson) ?? processor.parse(lesson.source);
  const html = processor.stringify(processor.runSync(mdast) as HastRoot);

  const missed = lesson.blocks.find((b) => !seen.has(b));
  if (missed !== undefined) {
    throw new Error(
      `block ${missed.index} of ${lesson.file} (line ${missed.span.start.line}) matches no fenced code in the source`,
    );
  }
  return { html, toc: out.toc, sections: out.sections };
}
