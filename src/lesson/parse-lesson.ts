// Lesson Markdown -> Lesson: front matter, runnable blocks and every problem found on the way.
// Pure (no fs): the caller reads the file. Problems are diagnostics; this never throws for bad input.
import { codeNodes } from './code-nodes.js';
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { lessonSlug } from './lesson-slug.js';
import { sortDiagnostics } from './make-diagnostic.js';
import { parseCodeBlock, type BlockContext } from './parse-code-block.js';
import { parseFrontMatter } from './parse-front-matter.js';
import { parseTimelineDirectives } from './parse-timeline-directives.js';
import { splitSourceLines } from './source-lines.js';
import type { Block, Diagnostic, Lesson } from './types.js';

const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

/** Parses the lesson at `file` (used in diagnostics and for the slug) whose text is `source`. */
export function parseLesson(file: string, source: string): Lesson {
  // micromark drops a byte order mark and counts offsets from after it; so do we.
  const base = source.startsWith('\uFEFF') ? 1 : 0;
  const text = source.slice(base);
  const lines = splitSourceLines(text);
  const root = markdown.parse(text) as Root;
  const front = parseFrontMatter(root, { file, text, lines, base });
  const diagnostics: Diagnostic[] = [...front.diagnostics];
  const blocks: Block[] = [];
  const ctx: BlockContext = { file, text, lines, base, ids: new Map() };
  for (const node of codeNodes(root)) {
    const parsed = parseCodeBlock(node, blocks.length, ctx);
    if (parsed.block) blocks.push(parsed.block);
    diagnostics.push(...parsed.diagnostics);
  }
  const directives = parseTimelineDirectives(root, file, base);
  diagnostics.push(...directives.diagnostics);
  return { file, slug: lessonSlug(file), source, meta: front.meta, blocks, diagnostics: sortDiagnostics(diagnostics), timelines: directives.timelines };
}

