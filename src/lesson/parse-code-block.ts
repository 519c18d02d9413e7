// One fenced code node -> a runnable Block (file, console or script), or nothing for prose,
// with the diagnostics of its info string, attributes, file path and transcript.
import type { Code } from 'mdast';
import { lessonCodes } from './codes.js';
import type { AttributeName } from './fence-attribute-specs.js';
import { makeDiagnostic } from './make-diagnostic.js';
import { parseConsoleTranscript } from './parse-console-transcript.js';
import { checkProseAttributes, parseFenceAttributes } from './parse-fence-attributes.js';
import type { TextInFile } from './parse-front-matter.js';
import { readFence, type FenceLayout } from './read-fence.js';
import { resolveStaleMarks } from './resolve-stale-marks.js';
import { pointAt } from './source-lines.js';
import { tokenizeInfoString } from './tokenize-info-string.js';
import type { Block, Diagnostic, FenceAttributes, SourceSpan } from './types.js';
import { validateFilePath } from './validate-file-path.js';

type Kind = Block['kind'] | 'prose';

/** Languages that make a block without `file=` runnable. */
const kindByLang: Record<string, Kind> = {
  console: 'console',
  'shell-session': 'console',
  sh: 'script',
  bash: 'script',
  shell: 'script',
};

export interface BlockContext extends TextInFile {
  /** `id=` values seen so far in the lesson, with the line that gave each. */
  ids: Map<string, number>;
}

/** Parses one code node; `index` is the block's position among the lesson's runnable blocks. */
export function parseCodeBlock(node: Code, index: number, ctx: BlockContext): { block?: Block; diagnostics: Diagnostic[] } {
  const position = node.position;
  if (!position) return { diagnostics: [] };
  const fence = readFence(ctx.lines, { start: position.start, end: position.end, value: node.value });
  if (!fence) return { diagnostics: [] };
  const line = position.start.line;
  const unclosed: Diagnostic[] = [];
  if (!fence.closed) {
    const run = fence.char.repeat(fence.length);
    const what = position.end.line >= ctx.lines.texts.length ? 'the end of the file' : `line ${position.end.line}, where its list or block quote ends`;
    unclosed.push(
      makeDiagnostic(lessonCodes.unclosedFence, ctx.file, { line, column: position.start.column }, `Code fence ${run} opened here is never closed: the block runs on to ${what}, expected a closing ${run} line`, `Add a line with ${run} where the block ends.`),
    );
  }
  // The language is the info string's first word, unless that word is already an attribute.
  const word = /^\S*/.exec(fence.info)?.[0] ?? '';
  const lang = word.includes('=') ? '' : word.toLowerCase();
  const info = tokenizeInfoString(fence.info.slice(lang === '' ? 0 : word.length), fence.infoColumn + (lang === '' ? 0 : word.length));
  const kind: Kind = info.tokens.some((t) => t.key === 'file') ? 'file' : (kindByLang[lang] ?? 'prose');
  if (kind === 'prose') return { diagnostics: [...unclosed, ...checkProseAttributes(info, lang, ctx.file, line)] };

  const { attrs, columns, diagnostics } = parseFenceAttributes(info, ctx.file, line);
  diagnostics.push(...unclosed);
  const at = (name: AttributeName): { line: number; column: number } => ({ line, column: columns[name] ?? fence.infoColumn });
  checkCombinations(kind, columns, at, ctx.file, diagnostics);
  if (attrs.id !== undefined) {
    const earlier = ctx.ids.get(attrs.id);
    if (earlier === undefined) ctx.ids.set(attrs.id, line);
    else diagnostics.push(makeDiagnostic(lessonCodes.duplicateId, ctx.file, at('id'), `Duplicate id "${attrs.id}": the block at line ${earlier} already uses it, expected ids unique in the lesson`));
  }
  const span: SourceSpan = {
    start: pointAt(ctx.lines, position.start.offset ?? 0, ctx.base),
    end: pointAt(ctx.lines, position.end.offset ?? 0, ctx.base),
  };
  const base = { index, lang, attrs, span };
  const texts = fence.content.map((l) => l.text);
  if (kind === 'console') {
    const transcript = parseConsoleTranscript(fence.content, ctx.file);
    if (transcript.commands.length === 0 && transcript.diagnostics.length === 0) {
      diagnostics.push(
        makeDiagnostic(lessonCodes.consoleBlockWithoutCommands, ctx.file, { line, column: position.start.column }, 'Console block has no command, expected at least one "$ " line', 'Write the commands as "$ command" lines, or use another language (text) for output alone.'),
      );
    }
    if (attrs.background) for (const command of transcript.commands) if (command.prompt === undefined && !command.opensShell) command.background = true;
    if (attrs.stale) diagnostics.push(...resolveStaleMarks(attrs.stale, transcript.commands, line, ctx.file, at('stale')));
    return { block: { ...base, kind, commands: transcript.commands }, diagnostics: [...diagnostics, ...transcript.diagnostics] };
  }
  if (kind === 'script') {
    return { block: { ...base, kind, source: texts.join('\n'), line: line + 1 }, diagnostics };
  }
  const path = checkFilePath(attrs, at('file'), ctx.file, diagnostics);
  return { block: { ...base, kind, path, content: fileContent(fence) }, diagnostics };
}

const notForFiles: AttributeName[] = ['until', 'every', 'exit', 'timeout', 'interrupt', 'background', 'stale'];

function checkCombinations(
  kind: Block['kind'],
  columns: Partial<Record<AttributeName, number>>,
  at: (name: AttributeName) => { line: number; column: number },
  file: string,
  diagnostics: Diagnostic[],
): void {
  if (kind === 'file') {
    for (const name of notForFiles.filter((n) => columns[n] !== undefined)) {
      diagnostics.push(
        makeDiagnostic(lessonCodes.attributeNotForFileBlock, file, at(name), `Attribute "${name}" does nothing on a file= block, which runs no command`, 'Move it to the console or sh block that uses the file.'),
      );
    }
  } else if (columns.every !== undefined && columns.until === undefined) {
    diagnostics.push(
      makeDiagnostic(lessonCodes.everyWithoutUntil, file, at('every'), 'Attribute "every" without until=: it sets the interval between until= attempts', 'Add until="..." or remove every=.'),
    );
  }
  if (kind === 'script' && columns.stale !== undefined) {
    diagnostics.push(
      makeDiagnostic(lessonCodes.staleMarkNotOutput, file, at('stale'), 'Attribute "stale" on an sh block, whose output is not checked: only console blocks record outputs', 'Remove stale=, or make the block a console transcript.'),
    );
  }
  if (columns.hidden !== undefined && columns.norun !== undefined) {
    const later = columns.hidden > columns.norun ? 'hidden' : 'norun';
    diagnostics.push(
      makeDiagnostic(lessonCodes.hiddenWithNorun, file, at(later), 'Attributes "hidden" and "norun" together: the block would neither run nor show', 'Keep one of them, or remove the block.'),
    );
  }
}

/** Validates `file=` and stores the normalized path in `attrs.file`. */
function checkFilePath(attrs: FenceAttributes, place: { line: number; column: number }, file: string, diagnostics: Diagnostic[]): string {
  if (attrs.file === undefined) return ''; // no value: already reported as a missing value
  const check = validateFilePath(attrs.file);
  if (!check.ok) {
    diagnostics.push(makeDiagnostic(check.code, file, place, check.message, check.hint));
    return attrs.file;
  }
  attrs.file = check.path;
  return check.path;
}

/** What a file block writes: its lines, each ending in a newline. */
function fileContent(fence: FenceLayout): string {
  return fence.content.map((l) => `${l.text}\n`).join('');
}
