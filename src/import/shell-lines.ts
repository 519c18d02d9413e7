// The lines of a page's shell block as transcript lines: each command behind a `$ ` prompt (or,
// after `kubectl exec -it POD -- sh`, behind the container shell's prompt), continuation lines
// and heredoc bodies as they were; blank lines dropped.
import { compoundDepth } from '../lesson/compound-depth.js';
import { isShellExit, readShellOpening } from '../lesson/container-shell-forms.js';

/** A container shell left open by a block, for the blocks after it. */
export interface OpenShell {
  prompt: string;
}

export interface TranscriptLines {
  lines: string[];
  /** The commands, without prompts, in order (for URL and placeholder checks). */
  commands: string[];
  /** For each command, its first line's 0-based index in the block's text. */
  offsets: number[];
  /** The container shell still open at the end of the block, if any. */
  open?: OpenShell;
}

/** `<pod-name>`, `<your-namespace>`: text the reader is to replace. */
const PLACEHOLDER = /(^|[\s=/:'"])<[A-Za-z][\w .-]*(?:\|[\w .-]+)*>/;

/** `${POD_NAME}`: a variable written in capitals and braces, as pages write what the reader fills in. */
const VARIABLE = /\$\{([A-Z][A-Z0-9_]*)\}/g;
/** `NAME=`, `export NAME=`: a variable a command sets. */
const ASSIGNMENT = /(?:^|[\s;&|(])(?:export\s+)?([A-Za-z_]\w*)=/g;

/**
 * A command the reader is to complete: a `<pod-name>`, or a `${POD_NAME}` that no command of the
 * page set before (`assigned`, the names earlier commands set) and the shell does not set itself.
 */
export function hasPlaceholder(command: string, assigned: ReadonlySet<string> = new Set()): boolean {
  if (PLACEHOLDER.test(command.replace(/<<-?\s*['"]?\w+['"]?/g, ''))) return true;
  const own = new Set([...command.matchAll(ASSIGNMENT)].map((m) => m[1] ?? ''));
  return [...command.matchAll(VARIABLE)].some((m) => {
    const name = m[1] ?? '';
    return !assigned.has(name) && !own.has(name) && !SHELL_VARIABLES.has(name);
  });
}

/** The names `command` sets, for the commands after it. */
export function assignedIn(command: string): string[] {
  return [...command.matchAll(ASSIGNMENT)].map((m) => m[1] ?? '');
}

/** Variables a shell has without a command setting them. */
const SHELL_VARIABLES = new Set(['HOME', 'PATH', 'PWD', 'USER', 'SHELL', 'HOSTNAME', 'TERM', 'KUBECONFIG']);

/** The prompt a shell opened by `kubectl exec -it` shows: busybox's `/ # `, Debian bash's `root@POD:/# `. */
export function promptFor(opening: string): string {
  const words = opening.trim().split(/\s+/);
  const dash = words.indexOf('--');
  const shell = (words[dash + 1] ?? 'sh').replace(/^.*\//, '');
  if (shell !== 'bash') return '/ #';
  // The pod: the first word after `exec` that is not a flag or a flag's value.
  const withValue = new Set(['-c', '--container', '-n', '--namespace', '--context', '--pod-running-timeout']);
  let pod = '';
  for (let i = words.indexOf('exec') + 1; i < dash; i++) {
    const w = words[i] ?? '';
    if (withValue.has(w)) i++;
    else if (!w.startsWith('-')) {
      pod = w;
      break;
    }
  }
  return pod === '' || pod.includes('/') ? 'bash-5.2#' : `root@${pod}:/#`;
}

/**
 * Turns a shell block's text into transcript lines. `open` is a container shell an earlier
 * block opened: the lines are typed at its prompt until `exit`.
 */
export function shellLines(text: string, open?: OpenShell): TranscriptLines {
  let raw = text.split('\n');
  // A block written at a `> ` prompt (`> kubectl apply -k ./` and its output): the same
  // transcript at kindling's `$ ` prompt. A block cannot start with a continuation line.
  if (!open && /^> kubectl\s/.test(raw.find((l) => l.trim() !== '') ?? '') && !raw.some((l) => l.startsWith('$ '))) raw = raw.map((l) => (l.startsWith('> ') ? `$ ${l.slice(2)}` : l));
  // A block already written as a transcript keeps its form.
  if (!open && raw.some((l) => l.startsWith('$ '))) {
    const at = raw.flatMap((l, i) => (l.startsWith('$ ') ? [i] : []));
    return { lines: raw.filter((l) => l.trim() !== ''), commands: at.map((i) => (raw[i] ?? '').slice(2)), offsets: at };
  }
  const lines: string[] = [];
  const commands: string[] = [];
  const offsets: number[] = [];
  let shell = open;
  for (let i = 0; i < raw.length; i++) {
    const line = raw[i] ?? '';
    if (line.trim() === '') continue;
    const command = [line];
    offsets.push(i);
    // Continuation lines, then heredoc bodies up to their terminators.
    while (/\\$/.test(command[command.length - 1] ?? '') && i + 1 < raw.length) command.push(raw[++i] ?? '');
    // A loop or `if` typed over several lines: its lines at the `> ` prompt, up to its end.
    let looped = false;
    while (compoundDepth(command.join('\n')) > 0 && i + 1 < raw.length) {
      command.push(`> ${raw[++i] ?? ''}`.trimEnd());
      looped = true;
    }
    for (const m of command.join('\n').matchAll(/<<-?\s*['"]?(\w+)['"]?/g)) {
      const end = m[1] ?? '';
      while (i + 1 < raw.length) {
        const body = raw[++i] ?? '';
        command.push(body);
        if (body.trim() === end) break;
      }
    }
    const source = looped ? command.map((l, k) => (k > 0 && l.startsWith('> ') ? l.slice(2) : l === '>' ? '' : l)).join('\n') : command.join('\n');
    const prompt = shell ? `${shell.prompt} ` : '$ ';
    lines.push(`${prompt}${command[0]!.replace(/^\s+/, '')}`, ...command.slice(1));
    commands.push(source);
    if (shell && isShellExit(source)) shell = undefined;
    else if (!shell && readShellOpening(source)) shell = { prompt: promptFor(source) };
  }
  return shell ? { lines, commands, offsets, open: shell } : { lines, commands, offsets };
}
