// Hand-built test inputs for the site stage: a Lesson from Markdown (block spans computed here
// with a deliberately small fence scanner, not the real parser), a passed run with chosen
// captured outputs, and its verdict. Data, not mocks.
import type { Block, ConsoleCommand, FenceAttributes, Lesson, LessonMeta, SourcePoint } from '../../src/lesson/types.js';
import type { BlockRun, LessonRun } from '../../src/run/types.js';
import type { SiteEntry } from '../../src/site/types.js';
import type { Verdict, VerdictStatus } from '../../src/verify/types.js';

function pointAt(source: string, offset: number): SourcePoint {
  const before = source.slice(0, offset).split('\n');
  return { line: before.length, column: (before[before.length - 1] ?? '').length + 1, offset };
}

function attrsOf(tokens: string[]): FenceAttributes {
  const attrs: FenceAttributes = { hidden: false, norun: false };
  for (const token of tokens) {
    if (token === 'hidden') attrs.hidden = true;
    else if (token === 'norun') attrs.norun = true;
    else if (token.startsWith('file=')) attrs.file = token.slice('file='.length);
  }
  return attrs;
}

function consoleCommands(lines: string[], firstLine: number): ConsoleCommand[] {
  const commands: ConsoleCommand[] = [];
  let current: ConsoleCommand | undefined;
  lines.forEach((text, i) => {
    const line = firstLine + i;
    if (text.startsWith('$ ')) {
      current = { source: text.slice(2), displayLines: [text.slice(2)], line, column: 1, expected: [], outputLines: { startLine: line + 1, endLine: line + 1 } };
      commands.push(current);
    } else if (current !== undefined && text.startsWith('> ') && current.expected.length === 0) {
      current.displayLines.push(text.slice(2));
      current.source += `\n${text.slice(2)}`;
      current.outputLines = { startLine: line + 1, endLine: line + 1 };
    } else if (current !== undefined) {
      current.expected.push(text);
      current.outputLines.endLine = line + 1;
    }
  });
  return commands;
}

/** A lesson from Markdown whose runnable fences are ```` ```console ````, ```` ```sh ```` or carry `file=`. */
export function buildLesson(file: string, source: string, meta: Partial<LessonMeta> & { title: string }): Lesson {
  const blocks: Block[] = [];
  // A fence may be indented (inside a list item); its body lines carry the same indent.
  const fence = /^( *)```([^\n]*)\n([\s\S]*?)^\1```$/gm;
  for (const m of source.matchAll(fence)) {
    const indent = m[1] ?? '';
    const words = (m[2] ?? '').trim().split(/\s+/).filter((w) => w !== '');
    // A first word that is an attribute (```` ```file=x.json ````) leaves the language empty.
    const lang = words[0] !== undefined && !words[0].includes('=') ? words[0] : '';
    const tokens = lang === '' ? words : words.slice(1);
    const attrs = attrsOf(tokens);
    const body = (m[3] ?? '').replace(new RegExp(`^${indent}`, 'gm'), '');
    const span = { start: pointAt(source, m.index + indent.length), end: pointAt(source, m.index + m[0].length) };
    const base = { index: blocks.length, lang, attrs, span };
    const bodyLine = span.start.line + 1;
    if (attrs.file !== undefined) blocks.push({ ...base, kind: 'file', path: attrs.file, content: body });
    else if (lang === 'console') blocks.push({ ...base, kind: 'console', commands: consoleCommands(body.replace(/\n$/, '').split('\n'), bodyLine) });
    else if (lang === 'sh' || lang === 'bash') blocks.push({ ...base, kind: 'script', source: body, line: bodyLine });
  }
  const slug = file.replace(/^.*\//, '').replace(/\.md$/, '');
  return { file, slug, source, meta: { tags: [], keyPositions: {}, ...meta }, blocks, diagnostics: [], timelines: [] };
}

/**
 * A passed run of `lesson`. `captured[blockIndex]` gives each step's output; by default a console
 * command printed exactly its recorded lines and a script printed nothing.
 */
export function passedRun(lesson: Lesson, captured: Record<number, string[]> = {}, backend = 'sim'): LessonRun {
  const blocks = lesson.blocks.map((block): BlockRun => {
    if (block.attrs.norun) return { block, status: 'skipped', steps: [], attempts: 0 };
    if (block.kind === 'file') return { block, status: 'passed', steps: [], attempts: 1 };
    const commands = block.kind === 'console' ? block.commands : [undefined];
    const steps = commands.map((command, i) => {
      const fallback = command === undefined ? '' : command.expected.map((l) => `${l}\n`).join('');
      const output = captured[block.index]?.[i] ?? fallback;
      const text = command?.source ?? (block.kind === 'script' ? block.source : '');
      return { ...(command ? { command } : {}), result: { command: text, output, exitCode: 0, durationMs: 3, timedOut: false } };
    });
    return { block, status: 'passed', steps, attempts: 1 };
  });
  return { lesson, backend, blocks, durationMs: 12, environment: 'sim (kindling simulator, Kubernetes v1.32)', warnings: [], timeline: { recorded: false, reason: 'a hand-built run' } };
}

/** An entry for the site with the given verdict status (passed unless said otherwise). */
export function siteEntry(lesson: Lesson, run: LessonRun = passedRun(lesson), status: VerdictStatus = 'passed'): SiteEntry {
  const verdict: Verdict = { lesson, backend: run.backend, status, problems: [], warnings: [], run, durationMs: run.durationMs };
  return { lesson, run, verdict };
}
