// Hand-built Lesson values for runner tests: plain data shaped like parseLesson's output, with
// made-up but consistent positions (block n starts on line 10n + 1, its commands on the lines after).
import type { Block, ConsoleBlock, FenceAttributes, FileBlock, Lesson, LessonMeta, ScriptBlock } from '../../src/lesson/types.js';

type BlockSpec =
  | { kind: 'file'; path: string; content: string; attrs: Partial<FenceAttributes> }
  | { kind: 'console'; commands: string[]; attrs: Partial<FenceAttributes> }
  | { kind: 'script'; source: string; attrs: Partial<FenceAttributes> };

export const fileBlock = (path: string, content: string, attrs: Partial<FenceAttributes> = {}): BlockSpec => ({ kind: 'file', path, content, attrs });
export const consoleBlock = (commands: string[], attrs: Partial<FenceAttributes> = {}): BlockSpec => ({ kind: 'console', commands, attrs });
export const scriptBlock = (source: string, attrs: Partial<FenceAttributes> = {}): BlockSpec => ({ kind: 'script', source, attrs });

/** A lesson file `lessons/<slug>.md` holding `specs` in order. */
export function buildLesson(slug: string, specs: BlockSpec[], meta: Partial<LessonMeta> = {}): Lesson {
  return {
    file: `lessons/${slug}.md`,
    slug,
    source: '',
    meta: { title: slug, tags: [], keyPositions: {}, ...meta },
    blocks: specs.map(toBlock),
    diagnostics: [],
    timelines: [],
  };
}

function toBlock(spec: BlockSpec, index: number): Block {
  const line = 10 * index + 1;
  const base = {
    index,
    attrs: { hidden: false, norun: false, ...spec.attrs },
    span: { start: { line, column: 1, offset: 0 }, end: { line: line + 9, column: 4, offset: 0 } },
  };
  if (spec.kind === 'file') {
    return { ...base, kind: 'file', lang: 'yaml', path: spec.path, content: spec.content } satisfies FileBlock;
  }
  if (spec.kind === 'script') {
    return { ...base, kind: 'script', lang: 'sh', source: spec.source, line: line + 1 } satisfies ScriptBlock;
  }
  let at = line + 1;
  const commands = spec.commands.map((source) => {
    const displayLines = source.split('\n');
    const command = { source, displayLines, line: at, column: 1, expected: [], outputLines: { startLine: at + displayLines.length, endLine: at + displayLines.length } };
    at += displayLines.length;
    return command;
  });
  return { ...base, kind: 'console', lang: 'console', commands } satisfies ConsoleBlock;
}
