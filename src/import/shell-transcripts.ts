// The Markdown pass that makes transcripts: a page's shell block, and the output block a
// sentence such as "The output is similar to:" introduces after it, become one `console` block.
// Blocks under "Before you begin" stay shown only (`norun`), as do commands with placeholders
// and commands typed in a container shell that an earlier block opened.
import type { Code, Heading, Paragraph, Parent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { NorunReason } from '../lesson/norun-reasons.js';
import { normalizeLine } from '../verify/normalize.js';
import { importCodes } from './codes.js';
import { assignedIn, hasPlaceholder, readsAsCommand, shellLines, type OpenShell } from './shell-lines.js';
import type { ImportProblem } from './types.js';

/** The reason (`norun=REASON`) each of the import's "shown with norun" warnings writes. */
const NORUN_REASON_OF = new Map<ImportProblem['code'], NorunReason>([
  [importCodes.placeholderCommand, 'placeholder'],
  [importCodes.containerShellBlock, 'container-shell'],
  [importCodes.generatedNameCommand, 'generated-name'],
  [importCodes.serverInBlock, 'other-terminal'],
  [importCodes.watchShownLater, 'other-terminal'],
  [importCodes.editorCommand, 'editor'],
]);

const SHELL_LANGS = new Set(['shell', 'sh', 'bash', 'console', 'shell-session', 'zsh']);
const OUTPUT_LANGS = new Set(['', 'none', 'text', 'txt', 'plaintext', 'console', 'output', 'log', 'yaml', 'json', 'shell', 'sh', 'bash', 'properties', 'conf', 'ini']);
/** Languages of an output block that follows its commands with no sentence between (`none` is Hugo's "no highlighting"). */
const BARE_OUTPUT_LANGS = new Set(['', 'none', 'text', 'txt', 'plaintext', 'output']);
/** A line typed at a container shell's prompt: busybox's `/ # `, Debian's `root@pod:/# `, `[ root@pod:/ ]$ `. */
const CONTAINER_PROMPT = /^\s*(?:\/ # |root@[\w.-]+:[^#\s]*# |\[ root@[^\]]*\]\$ )/;
/** A command that serves until stopped (a page runs it in a terminal of its own). */
const SERVES = /^\s*kubectl\s+(?:.*\s)?(?:proxy|port-forward)\b(?!.*&\s*$)/;
/** A sentence that introduces a command's output. */
const INTRODUCES_OUTPUT = /\b(output|response|result|results|returns?|prints?|shows?|displays?|reveals?|you (?:should|will|'ll) (?:see|get)|and see|to (?:view|see)|looks? like|like this|similar to|the following|as follows)\b|\b(?:is|are):$/i;
/** A paragraph that says nothing but that (it is dropped when the blocks become one). */
const ONLY_INTRODUCES = /^(?:and )?(?:the |you should see |you'll see |you will see )?(?:output|response|result)?s?(?: is| should be| looks| will be)?(?: similar to| something like| like)?(?: this| the following)?:$|^output(?: is)?(?: similar to)?(?: this)?:$|^the output is similar to this:$/i;

export interface TranscriptContext {
  /** The page line of a line of the text the Markdown was parsed from. */
  pageLine(line: number): number;
  problems: ImportProblem[];
  /** Commands of every block that runs, with their page lines (for the URL map). */
  commands: Array<{ source: string; line: number }>;
  /** Lines (of the parsed text) of the layout comments that open the page's main sections (`<!-- steps -->`). */
  sectionStarts?: readonly number[];
}

export function isShell(node: RootContent | undefined): node is Code {
  if (node?.type !== 'code' || (node.meta ?? '').includes('file=')) return false;
  // A block without a language whose lines are kubectl commands is a shell block too.
  if (!node.lang) return node.value.trim() !== '' && node.value.split('\n').every((l) => l.trim() === '' || /^\s*(?:kubectl\s|#|\w+=\$\(kubectl\s)/.test(l));
  return SHELL_LANGS.has(node.lang.toLowerCase()) && !looksLikeOutput(node.value);
}

/**
 * Pages fence kubectl's output as `shell` too: a block whose first line is a table header
 * (`NAME       DESIRED   CURRENT`) or a `key:` line (`Name:  frontend`, `apiVersion: v1`,
 * `matchLabels:`) holds no command, since no command starts that way.
 */
export function looksLikeOutput(text: string): boolean {
  const first = text.split('\n').find((l) => l.trim() !== '') ?? '';
  if (/^[A-Z][A-Z0-9_()/.-]*(?: [A-Z0-9_()/.-]+)*\s{2,}[A-Z]/.test(first) || /^[A-Za-z][\w.-]*(?: [A-Za-z][\w.-]*)*:(?:\s|$)/.test(first)) return true;
  // A table's rows without their header (`web-3     0/1       Pending`, the rest of a watch).
  return /^[a-z0-9][a-z0-9.-]*\s{2,}\S/.test(first) && !readsAsCommand(first);
}

export function isOutput(node: RootContent | undefined): node is Code {
  if (node?.type !== 'code' || !OUTPUT_LANGS.has((node.lang ?? '').toLowerCase()) || (node.meta ?? '').includes('file=')) return false;
  // A block of commands is no output, whatever its language.
  return !/^\s*(?:kubectl\s|\$ |\w+=\$\(|cat <<)/.test(node.value);
}

export function introducesOutput(node: RootContent | undefined): node is Paragraph {
  if (node?.type !== 'paragraph') return false;
  const text = toString(node).trim();
  // "... by running the following command:" introduces commands, not their output.
  if (/\b(?:by running|following command|this command|run the following|running the command)\b/i.test(text)) return false;
  return (text.endsWith(':') && INTRODUCES_OUTPUT.test(text)) || /\b(?:the )?output (?:shows|is|looks|should)\b/i.test(text);
}

/** Converts every shell block of `root`; `root`'s own children are where sections are. */
export function makeTranscripts(root: Parent, ctx: TranscriptContext): void {
  const state: { open?: OpenShell; prereqDepth?: number; prereqLine?: number } = {};
  // Names the page's cluster generated (`frontend-b2zdv`), as its earlier outputs show them.
  const generated = new Set<string>();
  // Variables the page's commands set (`POD=$(kubectl get ...)`), for `${POD}` in later ones.
  const assigned = new Set<string>();
  const visit = (parent: Parent, top: boolean): void => {
    const children = parent.children as RootContent[];
    for (let i = 0; i < children.length; i++) {
      const node = children[i]!;
      if (top && node.type === 'heading') {
        const depth = (node as Heading).depth;
        if (state.prereqDepth !== undefined && depth <= state.prereqDepth) delete state.prereqDepth;
        if (/^before you begin$/i.test(toString(node).trim())) {
          state.prereqDepth = depth;
          state.prereqLine = node.position?.start.line ?? 0;
        }
      }
      // `<!-- steps -->` after the prerequisites: the steps start, at any heading level.
      if (top && state.prereqDepth !== undefined) {
        const at = node.position?.start.line ?? 0;
        if ((ctx.sectionStarts ?? []).some((l) => l > (state.prereqLine ?? 0) && l < at)) {
          delete state.prereqDepth;
          delete state.prereqLine;
        }
      }
      if ('children' in node) {
        visit(node as Parent, false);
        continue;
      }
      if (!isShell(node)) {
        // Output fenced as `shell` that no command block claims: shown, never run.
        const code = node as RootContent;
        if (code.type === 'code' && SHELL_LANGS.has((code.lang ?? '').toLowerCase()) && !(code.meta ?? '').includes('file=')) code.meta = joinMeta(code.meta, 'norun=output');
        continue;
      }
      const line = ctx.pageLine(node.position?.start.line ?? 1);
      if (state.prereqDepth !== undefined) {
        node.meta = joinMeta(node.meta, 'norun=prerequisite');
        continue;
      }
      // "... with a command like:", "... you might run": an illustration, not a step of the page.
      // "Alternatively, you can ..." / "or use the following command:": another way to do the step the page just did; running both
      // would leave a state the page does not go on from (a second `rollout undo`, an `edit`).
      const before = children[i - 1];
      if (before?.type === 'paragraph' && (/\b(?:like|such as|you (?:might|could) run)\s*:?$/i.test(toString(before).trim()) || /^(?:alternatively\b|or (?:use|run)\b)/i.test(toString(before).trim()))) {
        node.lang = 'shell';
        node.meta = joinMeta(node.meta, 'norun=illustration');
        continue;
      }
      // A page that opens a container shell and never types `exit` in it (an illustration, or a
      // step it leaves to the reader) goes on with the host's commands: a block that starts with
      // `kubectl` is typed at the host's prompt, and the shell is taken as left.
      if (state.open && /^\s*kubectl\s/.test(node.value.split('\n').find((l) => l.trim() !== '' && !l.trim().startsWith('#')) ?? '')) delete state.open;
      // A block written at a container's prompt (`/ # grep ...`, `root@pod:/# ...`): typed in a
      // shell that a command the import does not follow (`kubectl debug -it`) opened.
      const atContainerPrompt = CONTAINER_PROMPT.test(node.value.split('\n').find((l) => l.trim() !== '') ?? '');
      const opened = state.open ?? (atContainerPrompt ? { prompt: '' } : undefined);
      const transcript = shellLines(node.value, opened);
      // The page line of a command: the fence's line, then its line in the block.
      const commandLine = (index: number): number => ctx.pageLine((node.position?.start.line ?? 1) + 1 + (transcript.offsets[index] ?? 0));
      if (atContainerPrompt && !state.open) {
        // The shell stays the page's: nothing is taken as left open after this block.
      } else if (transcript.open) state.open = transcript.open;
      else delete state.open;
      let norun: NorunReason | undefined;
      // The block is shown, not run: a warning at `line` says why, and `norun=` says it in the lesson.
      const showWithNorun = (code: ImportProblem['code'], line: number, message: string, hint?: string): void => {
        norun = NORUN_REASON_OF.get(code) ?? 'illustration';
        ctx.problems.push({ code, line, column: 1, severity: 'warning', message, ...(hint === undefined ? {} : { hint }) });
      };
      for (const command of transcript.commands) for (const name of assignedIn(command)) assigned.add(name);
      // `kubectl run -i --tty ...` then lines typed in the container it starts (`nslookup ...`).
      const run = transcript.commands.slice(0, -1).findIndex((c) => INTERACTIVE_RUN.test(c) && !/\s--\s+(?!(?:\/bin\/)?(?:ba)?sh\s*$)/.test(c));
      const typedInRun = !opened && run >= 0;
      const watchOutput = !opened && transcript.lines.length === 1 ? watchShownLater(transcript.commands[0] ?? '', children, i) : undefined;
      if (typedInRun) {
        showWithNorun(importCodes.containerShellBlock, commandLine(run + 1), `These commands are typed in the container \`${(transcript.commands[run] ?? '').split('\n')[0]}\` starts and attaches to; the block is shown with norun`, 'to run them, start the Pod in a block of its own, then `kubectl exec` the commands in it');
      } else if (watchOutput) {
        // "In one terminal, watch the Pods": the page shows the watch's output later, under the
        // same command, after the commands of the other terminal; it runs there.
        showWithNorun(importCodes.watchShownLater, commandLine(0), `\`${transcript.commands[0]}\` watches in another terminal; it runs where the page shows its output (line ${ctx.pageLine(watchOutput.position?.start.line ?? 1)}), and is shown here with norun`);
      } else if (opened) {
        showWithNorun(importCodes.containerShellBlock, line, `These commands are typed in the container shell opened by an earlier block; they are shown with norun`, 'to run them, move them into the block of the `kubectl exec -it` line, at the container\'s prompt');
      } else if (transcript.commands.some((c) => EDITS.test(c))) {
        // `kubectl edit` opens the reader's editor: nothing a lesson can type into.
        const index = transcript.commands.findIndex((c) => EDITS.test(c));
        showWithNorun(importCodes.editorCommand, commandLine(index), `\`${(transcript.commands[index] ?? '').split('\n')[0]}\` opens an editor for the reader to change the object in; the block is shown with norun`, 'a lesson can make the same change with `kubectl patch` or `kubectl apply` in a block added by hand');
      } else if (transcript.commands.some((c) => hasPlaceholder(c, assigned))) {
        const index = transcript.commands.findIndex((c) => hasPlaceholder(c, assigned));
        const which = transcript.commands[index] ?? '';
        showWithNorun(importCodes.placeholderCommand, commandLine(index), `\`${which.split('\n')[0]}\` has a placeholder for the reader to fill in; the block is shown with norun`);
      } else if (transcript.commands.slice(0, -1).some((c) => SERVES.test(c))) {
        const index = transcript.commands.findIndex((c) => SERVES.test(c));
        showWithNorun(importCodes.serverInBlock, commandLine(index), `\`${(transcript.commands[index] ?? '').split('\n')[0]}\` runs until stopped, and the block goes on with commands for another terminal; the block is shown with norun`, 'to run it, start it in a block of its own with `background` (or end it with `&`)');
      } else if (transcript.commands.some((c) => generatedNameIn(c, generated) !== undefined)) {
        const index = transcript.commands.findIndex((c) => generatedNameIn(c, generated) !== undefined);
        const which = transcript.commands[index] ?? '';
        showWithNorun(importCodes.generatedNameCommand, commandLine(index), `\`${which.split('\n')[0]}\` names \`${generatedNameIn(which, generated)}\`, a name the page's cluster generated; the block is shown with norun`, 'a lesson can find the name itself (`kubectl get pods -l ... -o name`) in a block added by hand');
      } else transcript.commands.forEach((source, index) => ctx.commands.push({ source, line: commandLine(index) }));
      const lines = [...transcript.lines];
      // Shell block, the sentence that introduces its output, the output.
      let next = i + 1;
      let moved: Paragraph | undefined;
      // A block typed in a container shell stays the page's block, shown only: the sentence and
      // the output block after it stay where the page has them (merging would drop the output).
      if (opened || typedInRun) {
        // nothing to merge
      } else if (introducesOutput(children[next]) && isOutput(children[next + 1])) {
        const sentence = children[next] as Paragraph;
        if (!ONLY_INTRODUCES.test(toString(sentence).trim())) moved = sentence;
        lines.push(...excerpt(transcript.commands, outputLines((children[next + 1] as Code).value)));
        next += 2;
      } else if (isOutput(children[next]) && BARE_OUTPUT_LANGS.has(((children[next] as Code).lang ?? '').toLowerCase())) {
        // An output block right under the commands, with no sentence between.
        lines.push(...outputLines((children[next] as Code).value));
        next += 1;
      } else if (isOutput(children[next]) && printsAs(transcript.commands[transcript.commands.length - 1] ?? '') === ((children[next] as Code).lang ?? '').toLowerCase()) {
        // A ```yaml or ```json block right under a command that prints YAML or JSON (`kubectl get
        // ... -o yaml`, `kubectl config view`): its output, not a manifest (those have a sentence first).
        lines.push(...excerpt(transcript.commands, outputLines((children[next] as Code).value)));
        next += 1;
      }
      // A watch (`get -w`, `logs -f`) runs until the reader presses Ctrl-C: the transcript's `^C`
      // line, after the time a one-minute schedule needs to show something (change it by hand), with
      // a command timeout past it (the default, 60 s, would end the watch first).
      const last = transcript.commands[transcript.commands.length - 1] ?? '';
      // `-f` follows only for `logs`; for `get` it is --filename.
      const watches =
        norun === undefined &&
        ((/\bkubectl\s+(?:get|rollout\s+status)\b/.test(last) && /\s(?:--watch|-w)(?:\s|$)/.test(last)) ||
          (/\bkubectl\s+logs\b/.test(last) && /\s(?:--follow|-f)(?:\s|$)/.test(last)));
      if (watches && lines[lines.length - 1] !== '^C') lines.push('^C');
      // One command whose documented output is an error: it exits with 1.
      const failed = transcript.commands.length === 1 && /^(?:Error from server|error: )/.test(lines[1] ?? '');
      const meta = [...(failed ? ['exit=1'] : []), ...(watches ? ['interrupt=70s', 'timeout=2m'] : []), ...(norun ? [`norun=${norun}`] : [])].join(' ');
      for (const line of lines.slice(transcript.lines.length)) {
        for (const word of line.trim().split(/[\s,]+/)) {
          const name = word.replace(/^[\w.]+\//, '');
          if (/^[a-z0-9][a-z0-9.-]*$/.test(name) && /<(?:ID|HASH)>/.test(normalizeLine(name))) generated.add(name);
        }
      }
      // Commands for a container shell an earlier block opened: a transcript must start at the
      // host's `$ `, so they stay the page's plain shell block, shown only.
      const replacement: Code = opened || typedInRun
        ? { type: 'code', lang: node.lang ?? 'shell', meta: 'norun=container-shell', value: node.value }
        : { type: 'code', lang: 'console', meta: meta === '' ? null : meta, value: lines.join('\n') };
      children.splice(i, next - i, ...(moved ? [moved, replacement] : [replacement]));
      if (moved) i++;
    }
  };
  visit(root, true);
}

/** `yaml` or `json` when a command prints that (`kubectl get ... -o yaml`, `-ojson`, `--output=json`, `kubectl config view`). */
function printsAs(command: string): 'yaml' | 'json' | undefined {
  if (!/^\s*kubectl\s/.test(command) || command.includes('|') || command.includes('>')) return undefined;
  const format = /\s(?:-o\s*|--output[=\s])(yaml|json)(?:\s|$)/.exec(command)?.[1];
  if (format === 'yaml' || format === 'json') return format;
  return /^\s*kubectl\s+config\s+view(?:\s|$)/.test(command) && !/\s(?:-o|--output)\b/.test(command) ? 'yaml' : undefined;
}

/** `kubectl edit ...`, `kubectl -n ns edit ...` (not `kubectl set`, not a word `edit` in an argument). */
const EDITS = /^\s*kubectl\s+(?:-{1,2}[\w-]+(?:[= ](?!edit\b)\S+)?\s+)*edit\s/;

/** `kubectl run -it`, `-i --tty`, `--stdin --tty`: a Pod whose container the terminal attaches to. */
const INTERACTIVE_RUN = /^\s*kubectl\s+run(?=\s)(?=.*\s(?:-it|-ti|-i\s+(?:.*\s)?(?:--tty|-t)|--stdin\s+(?:.*\s)?--tty|--tty\s+(?:.*\s)?(?:-i|--stdin))(?:\s|$))/;

/** A watch (`kubectl get -w`) alone in a block, that a later shell block repeats with its output. */
function watchShownLater(command: string, children: readonly RootContent[], at: number): Code | undefined {
  if (!/\bkubectl\s+get\b.*\s(?:--watch|-w)(?:\s|$)/.test(command) || command.includes('\n')) return undefined;
  const next = children[at + 1];
  // An output block right under it is its own output.
  if (isOutput(next) && !isShell(next)) return undefined;
  for (const later of children.slice(at + 1)) {
    if (later.type !== 'code') continue;
    const lines = later.value.split('\n').filter((l) => l.trim() !== '');
    if (lines[0]?.trim() === command.trim() && lines.length > 1) return later;
  }
  return undefined;
}

/**
 * A page shows part of an object's YAML (its `status:`, a container's `resources:`): the output
 * of `-o yaml` that does not start where kubectl's does is an excerpt, between `...` lines.
 */
function excerpt(commands: readonly string[], lines: string[]): string[] {
  const last = commands[commands.length - 1] ?? '';
  if (!/\s(?:-o|--output)[=\s]?yaml(?:\s|$)/.test(last) || lines.length === 0) return lines;
  // kubectl prints `apiVersion:` first: YAML that starts elsewhere (`kind:`, `status:`) is an excerpt.
  if (/^apiVersion:/.test(lines[0] ?? '') || lines[0] === '...') return lines;
  return ['...', ...lines, ...(lines[lines.length - 1] === '...' ? [] : ['...'])];
}

function outputLines(text: string): string[] {
  const lines = text.split('\n').map(elision);
  while (lines.length > 0 && lines[lines.length - 1]!.trim() === '') lines.pop();
  return lines;
}

/**
 * The page's own marks for output it left out, in the lesson format's words: a line that is
 * `...`, `[...]` or `<...>` (or a YAML comment `# ...`) stands for any lines (`...`); `...` within a line, for any text (`[..]`).
 */
export function elision(line: string): string {
  if (/^\s*(?:#\s*)?(?:\.\.\.|\[\.\.\.\]|<\.\.\.>|\u2026)\s*$/.test(line)) return '...';
  return line.replace(/(^|[\s,(=:])(?:\.\.\.|\u2026)(?=$|[\s,)])/g, '$1[..]');
}

/** The first word of `command` (or its `TYPE/NAME`'s name) that is one of the generated names. */
function generatedNameIn(command: string, generated: ReadonlySet<string>): string | undefined {
  if (generated.size === 0) return undefined;
  return command.split(/[\s=]+/).map((w) => w.replace(/^['"]|['"]$/g, '').replace(/^[\w.]+\//, '')).find((w) => generated.has(w));
}

function joinMeta(meta: string | null | undefined, attr: string): string {
  return meta ? `${meta} ${attr}` : attr;
}

/** Reports an output block introduced as output that follows no shell block. */
export function strayOutputs(root: Parent, ctx: TranscriptContext): void {
  const children = root.children as RootContent[];
  for (let i = 1; i + 1 < children.length; i++) {
    if (introducesOutput(children[i]) && isOutput(children[i + 1]) && children[i - 1]?.type !== 'code' && (children[i + 1] as Code).lang !== 'console') {
      const line = ctx.pageLine(children[i + 1]!.position?.start.line ?? 1);
      const text = toString(children[i]!).trim();
      if (/\b(output|similar to)\b/i.test(text)) {
        ctx.problems.push({ code: importCodes.outputWithoutCommand, line, column: 1, severity: 'warning', message: `An output block ("${text.slice(0, 60)}") follows no block of commands; it stays a plain block, not checked` });
      }
    }
  }
}
