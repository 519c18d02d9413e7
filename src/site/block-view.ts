// View models for runnable blocks: what each block partial (`file-block`, `transcript`,
// `script-block`) needs, with code highlighted and captured output converted to safe HTML.
// Every scroll region and copy button gets a name unique on the page; long outputs fold.
import { isTryStep } from '../playground/lesson-data.js';
import { extname } from 'node:path';
import type { Block, ConsoleBlock, ConsoleCommand, FileBlock, ScriptBlock } from '../lesson/types.js';
import type { BlockRun, LessonRun } from '../run/types.js';
import { ansiToHtml } from './ansi-to-html.js';
import { escapeHtml } from './escape-html.js';
import { foldOutput } from './fold-output.js';
import type { CodeHighlighter } from './highlight-code.js';
import type { UniqueNames } from './unique-names.js';

/** A piece of a terminal: shown lines, or a folded middle of a long output. */
export interface TerminalSegment {
  /** Escaped HTML; lines joined with `\n`. */
  html: string;
  /** The summary of a folded segment (`48 more lines`); null for a shown one. */
  fold: string | null;
}

/** Where and when a block ran, shown on hover or focus; null for blocks that did not run. */
export interface BlockProvenance {
  text: string;
}

export interface FileBlockView {
  id: string | null;
  path: string;
  langClass: string;
  contentHtml: string;
  /** What the copy button copies: the file's content. */
  copyText: string;
  copyLabel: string;
  regionLabel: string;
  provenance: BlockProvenance | null;
}

export interface TranscriptView {
  id: string | null;
  /** Shown with the recorded output and marked "not run". */
  notRun: boolean;
  /** What the copy button copies: the commands only, one line per displayed line. */
  copyText: string;
  copyLabel: string;
  regionLabel: string;
  segments: TerminalSegment[];
  provenance: BlockProvenance | null;
}

export interface ScriptBlockView {
  id: string | null;
  langClass: string;
  sourceHtml: string;
  notRun: boolean;
  hasOutput: boolean;
  copyText: string;
  copyLabel: string;
  regionLabel: string;
  outputLabel: string;
  outputSegments: TerminalSegment[];
  provenance: BlockProvenance | null;
}

/** A block's partial name and view model, and its text for the search index. */
export type BlockView = (
  | { partial: 'file-block'; view: FileBlockView }
  | { partial: 'transcript'; view: TranscriptView }
  | { partial: 'script-block'; view: ScriptBlockView }
) & { text: string };

/** What a block view needs besides the block: the run, the highlighter, the page's names, the facts for provenance. */
export interface BlockContext {
  run: LessonRun;
  highlighter: CodeHighlighter;
  names: UniqueNames;
  /** The verification date, `YYYY-MM-DD`. */
  date: string;
  /** The page offers the playground: console and script blocks get a "Try from here" button. */
  playground?: boolean;
}

/** "Try from here": replay the blocks up to and including this one (the worker's `end`), or null. */
function tryStep(block: Block, ctx: BlockContext, first: string): { tryStep: number; tryLabel: string } | { tryStep: null } {
  if (!ctx.playground || !isTryStep(block)) return { tryStep: null };
  return { tryStep: block.index + 1, tryLabel: ctx.names.take(`Try from here: ${first}`) };
}

/** Captured output as text: one final newline ends the last line rather than adding an empty one. */
function trimFinalNewline(text: string): string {
  return text.endsWith('\n') ? text.slice(0, -1) : text;
}

/** Captured output as searchable text: escape sequences out. */
function plainText(output: string): string {
  // eslint-disable-next-line no-control-regex
  return output.replace(/\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(\x07|\x1b\\)?|[\x00-\x08\x0b-\x1f\x7f]/g, '');
}

/** A short name for a block from its first line, for labels. */
function shortName(text: string): string {
  const first = (text.split('\n')[0] ?? '').trim();
  return first.length > 60 ? `${first.slice(0, 59)}…` : first;
}

function stepsOf(block: Block, run: LessonRun): BlockRun['steps'] {
  const blockRun = run.blocks.find((b) => b.block.index === block.index);
  if (blockRun === undefined || blockRun.status !== 'passed') {
    throw new Error(`block ${block.index} of ${run.lesson.file} has no passed run; only verified output is published`);
  }
  return blockRun.steps;
}

function provenanceOf(block: Block, ctx: BlockContext): BlockProvenance | null {
  if (block.attrs.norun) return null;
  return { text: `Ran on ${ctx.run.environment}; verified ${ctx.date}` };
}

/** Terminal segments from lines, each line `{html, output}`: an output's long run of lines folds. */
class SegmentWriter {
  readonly segments: TerminalSegment[] = [];
  private lines: string[] = [];

  line(html: string): void {
    this.lines.push(html);
  }

  /** An output's lines (HTML), folded when long; `cls` wraps each shown part. */
  output(html: string): void {
    const chunks = foldOutput(html.split('\n'));
    for (const chunk of chunks) {
      const wrapped = `<span class="output">${chunk.html}</span>`;
      if (chunk.folded === null) {
        this.lines.push(wrapped);
      } else {
        this.flush();
        this.segments.push({ html: wrapped, fold: chunk.folded.summary });
      }
    }
  }

  flush(): void {
    if (this.lines.length > 0) this.segments.push({ html: this.lines.join('\n'), fold: null });
    this.lines = [];
  }

  done(): TerminalSegment[] {
    this.flush();
    return this.segments;
  }
}

function commandLines(command: ConsoleCommand, highlighter: CodeHighlighter): string[] {
  const highlighted = highlighter.highlight(command.displayLines.join('\n'), 'console').split('\n');
  return command.displayLines.map((_, j) => {
    const prompt = j === 0 ? (command.prompt?.text ?? '$') : '>';
    return `<span class="command-line"><span class="prompt" aria-hidden="true">${escapeHtml(prompt)} </span><span class="command">${highlighted[j] ?? ''}</span></span>`;
  });
}

function fileView(block: FileBlock, ctx: BlockContext): BlockView {
  const lang = block.lang || extname(block.path).slice(1).toLowerCase() || 'text';
  const content = trimFinalNewline(block.content);
  return {
    partial: 'file-block',
    view: {
      id: block.attrs.id ?? null,
      path: block.path,
      langClass: `language-${lang}`,
      contentHtml: ctx.highlighter.highlight(content, lang),
      copyText: block.content,
      copyLabel: ctx.names.take(`Copy ${block.path}`),
      regionLabel: ctx.names.take(`File ${block.path}`),
      provenance: provenanceOf(block, ctx),
    },
    text: `${block.path}\n${block.content}`,
  };
}

function consoleView(block: ConsoleBlock, ctx: BlockContext): BlockView {
  const notRun = block.attrs.norun;
  const steps = notRun ? [] : stepsOf(block, ctx.run);
  if (!notRun && steps.length !== block.commands.length) {
    throw new Error(
      `block ${block.index} of ${ctx.run.lesson.file} has ${block.commands.length} commands but ${steps.length} captured steps`,
    );
  }
  const writer = new SegmentWriter();
  const text: string[] = [];
  block.commands.forEach((command, i) => {
    for (const line of commandLines(command, ctx.highlighter)) writer.line(line);
    const output = notRun ? command.expected.join('\n') : trimFinalNewline(steps[i]?.result.output ?? '');
    const html = ansiToHtml(output);
    if (html !== '') writer.output(html);
    if (command.interrupted === true) writer.line('<span class="output">^C</span>');
    text.push(command.displayLines.join('\n'), plainText(output));
  });
  const copyText = block.commands.flatMap((c) => c.displayLines).join('\n');
  const first = shortName(block.commands[0]?.displayLines[0] ?? '');
  return {
    partial: 'transcript',
    view: {
      id: block.attrs.id ?? null,
      notRun,
      copyText,
      copyLabel: ctx.names.take(`Copy commands: ${first}`),
      regionLabel: ctx.names.take(`Terminal: ${first}`),
      segments: writer.done(),
      provenance: provenanceOf(block, ctx),
      ...tryStep(block, ctx, first),
    },
    text: text.join('\n'),
  };
}

function scriptView(block: ScriptBlock, ctx: BlockContext): BlockView {
  const notRun = block.attrs.norun;
  const output = notRun ? '' : trimFinalNewline(stepsOf(block, ctx.run).map((s) => s.result.output).join(''));
  const html = ansiToHtml(output);
  const source = trimFinalNewline(block.source);
  const lang = block.lang || 'sh';
  const writer = new SegmentWriter();
  if (html !== '') writer.output(html);
  const first = shortName(source);
  return {
    partial: 'script-block',
    view: {
      id: block.attrs.id ?? null,
      langClass: `language-${lang}`,
      sourceHtml: ctx.highlighter.highlight(source, lang),
      notRun,
      hasOutput: html !== '',
      copyText: block.source,
      copyLabel: ctx.names.take(`Copy script: ${first}`),
      regionLabel: ctx.names.take(`Script: ${first}`),
      outputLabel: ctx.names.take(`Output of script: ${first}`),
      outputSegments: writer.done(),
      provenance: provenanceOf(block, ctx),
      ...tryStep(block, ctx, first),
    },
    text: `${source}\n${plainText(output)}`,
  };
}

const VIEWS: { [K in Block['kind']]: (block: Extract<Block, { kind: K }>, ctx: BlockContext) => BlockView } = {
  file: fileView,
  console: consoleView,
  script: scriptView,
};

/** The view of one runnable block, or null when the block is `hidden`. */
export function blockView(block: Block, ctx: BlockContext): BlockView | null {
  if (block.attrs.hidden) return null;
  return (VIEWS[block.kind] as (b: Block, c: BlockContext) => BlockView)(block, ctx);
}
