// A console block's lines -> commands with their recorded output. A command is a `$ ` line plus
// its continuation lines (trailing `\`, or a quote or a loop left open with a `> ` prompt below) and the
// bodies of its heredocs; its output is every line up to the next `$ ` line. After a
// `kubectl exec -it POD -- sh` line, lines at the container shell's prompt (`/ # ls`) are commands
// too, up to `exit` or the next `$ ` line; an output that ends in a `^C` line was interrupted.
import { lessonCodes } from './codes.js';
import { compoundDepth } from './compound-depth.js';
import { makeDiagnostic } from './make-diagnostic.js';
import type { ContentLine } from './read-fence.js';
import { endsInBackground, INTERRUPT_LINE, isShellExit, readContainerPrompt, readShellOpening } from './container-shell-forms.js';
import { initialScanState, scanShellLine, type Heredoc, type ScannedLine } from './scan-shell-line.js';
import type { ConsoleCommand, Diagnostic } from './types.js';

export interface ParsedTranscript {
  commands: ConsoleCommand[];
  diagnostics: Diagnostic[];
}

/** Whether a transcript line starts a command: `$ ...`, or exactly `$`. */
export function isCommandLine(text: string): boolean {
  return text === '$' || text.startsWith('$ ');
}

/** `> x` -> `x`, `>` -> ''; undefined when the line has no continuation prompt. */
function stripPrompt(text: string): string | undefined {
  if (text === '>') return '';
  return text.startsWith('> ') ? text.slice(2) : undefined;
}

/** Parses the lines of one console block. */
export function parseConsoleTranscript(content: readonly ContentLine[], file: string): ParsedTranscript {
  const commands: ConsoleCommand[] = [];
  const diagnostics: Diagnostic[] = [];
  let i = 0;
  const firstIndex = content.findIndex((l) => isCommandLine(l.text) || l.text.trim() !== '');
  const first = content[firstIndex];
  if (first && !isCommandLine(first.text)) {
    diagnostics.push(
      makeDiagnostic(
        lessonCodes.textBeforeFirstCommand,
        file,
        { line: first.line, column: first.prefix.length + 1 },
        `Console block starts with text instead of a command: "${clip(first.text)}", expected a "$ " line first`,
        'A transcript starts with a command: prefix it with "$ ", or show output that belongs to no command in a text block.',
      ),
    );
  }
  while (i < content.length && !isCommandLine(content[i]?.text ?? '')) i++;
  // Inside a container shell opened by a `kubectl exec -it ... -- sh` line.
  let inShell = false;
  const startsCommand = (text: string): boolean => isCommandLine(text) || (inShell && readContainerPrompt(text) !== undefined);
  while (i < content.length) {
    const line = content[i] as ContentLine;
    const host = isCommandLine(line.text);
    const prompted = host ? undefined : readContainerPrompt(line.text);
    const read = readCommand(content, i, host ? (line.text === '$' ? '' : line.text.slice(2)) : (prompted?.command ?? ''), file, diagnostics);
    const opens = host && readShellOpening(read.command.source) !== undefined;
    // The shell's lines start after the exec line and end with `exit`: the scan for this
    // command's output already knows which.
    if (host) inShell = opens;
    else if (isShellExit(read.command.source)) inShell = false;
    let end = read.next;
    while (end < content.length && !startsCommand(content[end]?.text ?? '')) end++;
    const startLine = (content[read.next - 1]?.line ?? 0) + 1;
    const expected = content.slice(read.next, end).map((l) => l.text);
    const command: ConsoleCommand = { ...read.command, expected, outputLines: { startLine, endLine: startLine + (end - read.next) } };
    if (prompted) {
      command.prompt = prompted.prompt;
    } else if (opens) {
      command.opensShell = true;
    } else {
      if (expected.at(-1) === INTERRUPT_LINE) {
        expected.pop();
        command.outputLines.endLine--;
        command.interrupted = true;
      }
      if (endsInBackground(read.command.source)) command.background = true;
    }
    commands.push(command);
    i = end;
  }
  return { commands, diagnostics };
}



type CommandPart = Pick<ConsoleCommand, 'source' | 'displayLines' | 'line' | 'column'>;

/**
 * Reads the command starting at content[from] (a `$ ` line, or a line at a container prompt),
 * whose first line, without its prompt, is `first`; `next` is the first line after it.
 */
function readCommand(content: readonly ContentLine[], from: number, first: string, file: string, diagnostics: Diagnostic[]): { command: CommandPart; next: number } {
  const head = content[from] as ContentLine;
  const place = { line: head.line, column: head.prefix.length + 1 };
  const lines = [first];
  const display = (): CommandPart => ({ source: lines.join('\n'), displayLines: [...lines], ...place });
  let scan: ScannedLine = scanShellLine(lines[0] ?? '', initialScanState);
  const heredocs: Heredoc[] = [...scan.heredocs];
  let j = from + 1;
  for (;;) {
    const nextText = content[j]?.text;
    const prompted = nextText === undefined ? undefined : stripPrompt(nextText);
    if (scan.continues) {
      if (nextText === undefined) {
        diagnostics.push(
          makeDiagnostic(
            lessonCodes.continuationAtEndOfBlock,
            file,
            place,
            `Command "${clip(lines[0] ?? '')}" ends with a line continuation "\\" on the last line of the block, expected the rest of the command on the next line`,
          ),
        );
        return { command: display(), next: j };
      }
    } else if (prompted === undefined || (scan.state.quote === '' && compoundDepth(lines.join('\n')) <= 0)) {
      // A `> ` line continues an open quote, or a loop or `if` not closed yet (`for ...` / `> do`).
      break;
    }
    const line = prompted ?? nextText ?? '';
    lines.push(line);
    scan = scanShellLine(line, scan.state);
    heredocs.push(...scan.heredocs);
    j++;
  }
  for (const heredoc of heredocs) {
    const body = readHeredocBody(content, j, heredoc);
    if (!body) {
      const op = `<<${heredoc.stripTabs ? '-' : ''}${heredoc.delimiter}`;
      diagnostics.push(
        makeDiagnostic(
          lessonCodes.missingHeredocTerminator,
          file,
          place,
          `Heredoc ${op} in command "${clip(lines[0] ?? '')}" has no terminator line "${heredoc.delimiter}" before the block ends`,
          `End the heredoc with a line that is exactly "${heredoc.delimiter}".`,
        ),
      );
      lines.push(...content.slice(j).map((l) => l.text));
      return { command: display(), next: content.length };
    }
    lines.push(...body.lines);
    j = body.next;
  }
  return { command: display(), next: j };
}

/**
 * The body of a heredoc starting at content[from], terminator line included. Body lines keep
 * their `> ` prompts unless every one of them, terminator included, carries one.
 */
function readHeredocBody(content: readonly ContentLine[], from: number, heredoc: Heredoc): { lines: string[]; next: number } | undefined {
  const ends = (text: string): boolean => (heredoc.stripTabs ? text.replace(/^\t+/, '') : text) === heredoc.delimiter;
  const prompted: string[] = [];
  for (let k = from; k < content.length; k++) {
    const stripped = stripPrompt(content[k]?.text ?? '');
    if (stripped === undefined) break;
    prompted.push(stripped);
    if (ends(stripped)) return { lines: prompted, next: k + 1 };
  }
  for (let k = from; k < content.length; k++) {
    if (ends(content[k]?.text ?? '')) return { lines: content.slice(from, k + 1).map((l) => l.text), next: k + 1 };
  }
  return undefined;
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
