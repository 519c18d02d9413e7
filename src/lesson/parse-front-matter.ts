// The YAML front matter at the top of a lesson -> LessonMeta, with every problem as a
// diagnostic at its place in the file (YAML positions are mapped back to file lines).
import type { Root } from 'mdast';
import { isMap, isScalar, parseDocument, type Document, type Node } from 'yaml';
import type { CodeInfo } from '../diagnostics.js';
import { describeChoices } from './closest-name.js';
import { lessonCodes } from './codes.js';
import { frontMatterFields, frontMatterKeys } from './front-matter-fields.js';
import { makeDiagnostic, type Place } from './make-diagnostic.js';
import { pointAt, type SourceLines } from './source-lines.js';
import type { Diagnostic, LessonMeta } from './types.js';

export interface ParsedFrontMatter {
  meta: LessonMeta;
  diagnostics: Diagnostic[];
}

/** Where the parsed text sits in the file, to turn offsets into file positions. */
export interface TextInFile {
  file: string;
  /** The text that was parsed (the file without a byte order mark). */
  text: string;
  lines: SourceLines;
  /** Length of what was dropped before `text` (1 for a byte order mark, else 0). */
  base: number;
}

/** Reads and validates the front matter node of `root`, if any. */
export function parseFrontMatter(root: Root, where: TextInFile): ParsedFrontMatter {
  const meta: LessonMeta = { title: '', tags: [], keyPositions: {} };
  const diagnostics: Diagnostic[] = [];
  const top = { line: 1, column: 1 };
  const node = root.children[0];
  if (node?.type !== 'yaml' || node.position?.start.offset !== 0) {
    const unclosed = /^---[ \t]*(\r\n|\r|\n)/.test(where.text);
    diagnostics.push(
      makeDiagnostic(
        lessonCodes.missingFrontMatter,
        where.file,
        top,
        'Lesson has no front matter, expected YAML between "---" lines at the top of the file, with at least a title',
        unclosed ? 'The file starts with "---", but no closing "---" line ends the front matter.' : 'Start the file with a "---" line, "title: ...", and another "---" line.',
      ),
    );
    return { meta, diagnostics };
  }
  // The YAML text starts on the line after the opening `---`.
  const valueStart = where.lines.starts[1] ?? 0;
  const placeOf = (offset: number): Place => pointAt(where.lines, valueStart + offset, where.base);
  const report = (code: CodeInfo, message: string, place: Place, hint?: string): void => {
    diagnostics.push(makeDiagnostic(code, where.file, place, message, hint));
  };
  const doc = parseDocument(node.value, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) report(lessonCodes.invalidYaml, `Invalid YAML in front matter: ${error.message}`, placeOf(error.pos[0]));
    return { meta, diagnostics };
  }
  const contents = doc.contents;
  if (contents !== null && !isMap(contents)) {
    const what = describeYaml(toJS(contents, doc));
    report(lessonCodes.frontMatterNotMapping, `Front matter is ${what}, expected a mapping of keys such as "title: ..."`, placeOf(contents.range?.[0] ?? 0));
    return { meta, diagnostics };
  }
  for (const pair of contents?.items ?? []) {
    const keyNode = pair.key as Node | null;
    const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
    const keyPlace = placeOf(keyNode?.range?.[0] ?? 0);
    const check = Object.hasOwn(frontMatterFields, key) ? frontMatterFields[key] : undefined;
    if (!check) {
      report(lessonCodes.unknownFrontMatterKey, `Unknown front-matter key "${key}", ${describeChoices(key, frontMatterKeys)}`, keyPlace);
      continue;
    }
    meta.keyPositions[key] = pointAt(where.lines, valueStart + (keyNode?.range?.[0] ?? 0), where.base);
    const valueNode = (pair.value as Node | null) ?? null;
    const value = toJS(valueNode, doc);
    if (value instanceof Error) {
      report(lessonCodes.invalidYaml, `Invalid YAML in front matter: ${value.message}`, placeOf(valueNode?.range?.[0] ?? 0));
      continue;
    }
    check({
      key,
      value,
      node: valueNode,
      meta,
      report: (code, message, at = valueNode) => report(code, message, at?.range ? placeOf(at.range[0]) : keyPlace),
      placeOf: (n) => pointAt(where.lines, valueStart + (n.range?.[0] ?? 0), where.base),
    });
  }
  if (!Object.hasOwn(meta.keyPositions, 'title')) {
    report(lessonCodes.missingTitle, 'Front matter has no title, expected a "title" key with a non-empty string', top);
  }
  return { meta, diagnostics };
}

/** The node as JavaScript; an Error for what yaml refuses late (unresolved aliases, alias bombs). */
function toJS(node: Node | null, doc: Document): unknown {
  if (!node) return null;
  try {
    return node.toJS(doc);
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

function describeYaml(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  return `a single ${typeof value === 'string' ? 'string' : typeof value} value`;
}
