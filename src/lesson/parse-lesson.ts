// Lesson Markdown -> Lesson: front matter, runnable blocks and every problem found on the way.
// Pure (no fs): the caller reads the file. Problems are diagnostics; this never throws for bad input.
import { codeNodes } from './code-nodes.js';
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { checkInput } from './check-input.js';
import { lessonCodes } from './codes.js';
import { lessonSlug } from './lesson-slug.js';
import { isSafeUrl, urlScheme } from './link-scheme.js';
import { makeDiagnostic, sortDiagnostics } from './make-diagnostic.js';
import { parseCodeBlock, type BlockContext } from './parse-code-block.js';
import { parseFrontMatter } from './parse-front-matter.js';
import { parseTimelineDirectives } from './parse-timeline-directives.js';
import { pointAt, splitSourceLines } from './source-lines.js';
import type { Block, Diagnostic, Lesson } from './types.js';

const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

/**
 * The Markdown tree each lesson was parsed into, for the site renderer, which parses with the same
 * plugins: a lesson is parsed once per build, not twice (about 15 KB of tree per 3 KB lesson).
 */
const trees = new WeakMap<Lesson, Root>();

/** The tree `lesson` was parsed into, handed over once (later calls, and copies of the lesson, get undefined). */
export function takeMarkdownTree(lesson: Lesson): Root | undefined {
  const tree = trees.get(lesson);
  trees.delete(lesson);
  return tree;
}

/** Parses the lesson at `file` (used in diagnostics and for the slug) whose text is `source`. */
export function parseLesson(file: string, source: string): Lesson {
  // micromark drops a byte order mark and counts offsets from after it; so do we.
  const base = source.startsWith('\uFEFF') ? 1 : 0;
  const text = source.slice(base);
  const limits = checkInput(file, text, base);
  if (limits.length > 0) return { file, slug: lessonSlug(file), source, meta: { title: '', tags: [], keyPositions: {} }, blocks: [], diagnostics: sortDiagnostics(limits), timelines: [] };
  const lines = splitSourceLines(text);
  const root = markdown.parse(text) as Root;
  const front = parseFrontMatter(root, { file, text, lines, base });
  const diagnostics: Diagnostic[] = [...front.diagnostics];
  const blocks: Block[] = [];
  const ctx: BlockContext = { file, text, lines, base, ids: new Map() };
  diagnostics.push(...unsafeLinkDiagnostics(root, ctx));
  for (const node of codeNodes(root)) {
    const parsed = parseCodeBlock(node, blocks.length, ctx);
    if (parsed.block) blocks.push(parsed.block);
    diagnostics.push(...parsed.diagnostics);
  }
  const directives = parseTimelineDirectives(root, file, base);
  diagnostics.push(...directives.diagnostics);
  const lesson: Lesson = { file, slug: lessonSlug(file), source, meta: front.meta, blocks, diagnostics: sortDiagnostics(diagnostics), timelines: directives.timelines };
  trees.set(lesson, root);
  return lesson;
}

/** A KL860 warning for every link, image and link definition whose URL scheme is not allowed. */
function unsafeLinkDiagnostics(root: Root, ctx: BlockContext): Diagnostic[] {
  const found: Diagnostic[] = [];
  const visit = (node: { type: string; url?: string; position?: { start: { offset?: number } }; children?: unknown[] }): void => {
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && typeof node.url === 'string' && !isSafeUrl(node.url)) {
      const place = pointAt(ctx.lines, node.position?.start.offset ?? 0, ctx.base);
      const what = node.type === 'image' ? 'Image' : node.type === 'definition' ? 'Link definition' : 'Link';
      found.push(
        makeDiagnostic(
          lessonCodes.unsafeLink,
          ctx.file,
          place,
          `${what} to a "${urlScheme(node.url)}:" URL, expected http, https, mailto or a relative URL; the site shows it as text`,
          'Links that run code or carry documents (javascript:, data:) are not allowed in lessons.',
          'warning',
        ),
      );
    }
    for (const child of node.children ?? []) visit(child as typeof node);
  };
  visit(root);
  return found;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Parses the lesson at `file` from its bytes. A file that is not UTF-8 gives a lesson with one
 * KL010 error at the first bad byte and nothing else (so `update` never rewrites it).
 */
export function parseLessonBytes(file: string, bytes: Uint8Array): Lesson {
  try {
    return parseLesson(file, utf8.decode(bytes));
  } catch {
    const at = firstInvalidUtf8(bytes);
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, at));
    const lines = before.split(/\r\n|\r|\n/);
    const line = lines.length;
    const column = (lines[line - 1] ?? '').length + 1;
    const byte = bytes[at]?.toString(16).padStart(2, '0') ?? '';
    const diagnostic = makeDiagnostic(
      lessonCodes.notUtf8,
      file,
      { line, column },
      `Lesson is not valid UTF-8: byte 0x${byte} at offset ${at} does not belong to a UTF-8 character, expected UTF-8 text`,
      'Convert the file to UTF-8 (e.g. `iconv -f latin1 -t utf-8`); kindling leaves it untouched until then.',
    );
    return { file, slug: lessonSlug(file), source: '', meta: { title: '', tags: [], keyPositions: {} }, blocks: [], diagnostics: [diagnostic], timelines: [] };
  }
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  // The longest valid prefix: binary search on whether a prefix decodes (a cut sequence does not).
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (decodes(bytes.subarray(0, mid)) || decodes(bytes.subarray(0, mid - 1)) || decodes(bytes.subarray(0, mid - 2)) || decodes(bytes.subarray(0, mid - 3))) lo = mid;
    else hi = mid - 1;
  }
  // `lo` is the longest prefix within 3 bytes of a decodable one; step back to the decodable one.
  while (lo > 0 && !decodes(bytes.subarray(0, lo))) lo--;
  return lo;
}

function decodes(bytes: Uint8Array): boolean {
  try {
    utf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}
