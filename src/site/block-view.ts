// View models for runnable blocks: what each block partial (`file-block`, `transcript`,
// `script-block`) needs, with captured output already converted to safe HTML.
import { extname } from 'node:path';
import type { Block, ConsoleBlock, FileBlock, ScriptBlock } from '../lesson/types.js';
import type { BlockRun, LessonRun } from '../run/types.js';
import { ansiToHtml } from './ansi-to-html.js';

export interface FileBlockView {
  path: string;
  langClass: string;
  content: string;
}

export interface PromptLine {
  /** `$` (or the container shell's prompt, `/ #`) on a command's first line, `>` on its continuation lines. */
  prompt: string;
  text: string;
}

export interface CommandView {
  lines: PromptLine[];
  /** Escaped HTML with ANSI spans; '' when the command printed nothing. */
  outputHtml: string;
  hasOutput: boolean;
  /** The command was stopped with Ctrl-C: a `^C` line follows its output. */
  interrupted: boolean;
}

export interface TranscriptView {
  /** Shown with the recorded output and marked "not run". */
  notRun: boolean;
  /** What the copy button copies: the commands only, one line per displayed line. */
  copyText: string;
  commands: CommandView[];
}

export interface ScriptBlockView {
  langClass: string;
  source: string;
  notRun: boolean;
  outputHtml: string;
  hasOutput: boolean;
}

/** A block's partial name and view model; null for blocks not shown (`hidden`). */
export type BlockView =
  | { partial: 'file-block'; view: FileBlockView }
  | { partial: 'transcript'; view: TranscriptView }
  | { partial: 'script-block'; view: ScriptBlockView };

/** Captured output as shown: one final newline ends the last line rather than adding an empty one. */
function outputHtml(text: string): string {
  return ansiToHtml(text.endsWith('\n') ? text.slice(0, -1) : text);
}

function stepsOf(block: Block, run: LessonRun): BlockRun['steps'] {
  const blockRun = run.blocks.find((b) => b.block.index === block.index);
  if (blockRun === undefined || blockRun.status !== 'passed') {
    throw new Error(`block ${block.index} of ${run.lesson.file} has no passed run; only verified output is published`);
  }
  return blockRun.steps;
}

function fileView(block: FileBlock): BlockView {
  const lang = block.lang || extname(block.path).slice(1).toLowerCase() || 'text';
  return { partial: 'file-block', view: { path: block.path, langClass: `language-${lang}`, content: block.content } };
}

function consoleView(block: ConsoleBlock, run: LessonRun): BlockView {
  const notRun = block.attrs.norun;
  const steps = notRun ? [] : stepsOf(block, run);
  if (!notRun && steps.length !== block.commands.length) {
    throw new Error(
      `block ${block.index} of ${run.lesson.file} has ${block.commands.length} commands but ${steps.length} captured steps`,
    );
  }
  const commands = block.commands.map((command, i): CommandView => {
    const html = notRun ? ansiToHtml(command.expected.join('\n')) : outputHtml(steps[i]?.result.output ?? '');
    return {
      lines: command.displayLines.map((text, j) => ({ prompt: j === 0 ? (command.prompt?.text ?? '$') : '>', text })),
      outputHtml: html,
      hasOutput: html !== '',
      interrupted: command.interrupted === true,
    };
  });
  const copyText = block.commands.flatMap((c) => c.displayLines).join('\n');
  return { partial: 'transcript', view: { notRun, copyText, commands } };
}

function scriptView(block: ScriptBlock, run: LessonRun): BlockView {
  const notRun = block.attrs.norun;
  const html = notRun ? '' : outputHtml(stepsOf(block, run).map((s) => s.result.output).join(''));
  const source = block.source.endsWith('\n') ? block.source.slice(0, -1) : block.source;
  return {
    partial: 'script-block',
    view: { langClass: `language-${block.lang || 'sh'}`, source, notRun, outputHtml: html, hasOutput: html !== '' },
  };
}

const VIEWS: { [K in Block['kind']]: (block: Extract<Block, { kind: K }>, run: LessonRun) => BlockView } = {
  file: fileView,
  console: consoleView,
  script: scriptView,
};

/** The view of one runnable block, or null when the block is `hidden`. */
export function blockView(block: Block, run: LessonRun): BlockView | null {
  if (block.attrs.hidden) return null;
  return (VIEWS[block.kind] as (b: Block, r: LessonRun) => BlockView)(block, run);
}
