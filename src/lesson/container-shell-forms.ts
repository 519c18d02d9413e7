// The transcript forms of a terminal session beyond `$ command`: a `kubectl exec -it POD -- sh`
// that opens a shell in a container, the container shell's prompts, a command left running in
// the background with `&`, and the `^C` line that shows a command stopped with Ctrl-C.
import type { ContainerPrompt } from './types.js';

/** Shells a container-shell transcript may open. */
const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh']);

/** What a `kubectl exec -it ... -- SHELL` line runs, read from its words. */
export interface ShellOpening {
  /** The command's words, with `-t`/`--tty` left out: what runs without a terminal. */
  words: string[];
}

/**
 * Reads `kubectl attach -it POD [-c C]`, or `kubectl exec -it POD [-c C] -- sh` (`-ti`, `-i -t`, `--stdin --tty`, `deploy/x`, `bash`,
 * `/bin/sh`): a one-line command of plain words that gives kubectl a terminal and stdin and runs
 * an interactive shell (no `-c SCRIPT`). Undefined for anything else.
 */
export function readShellOpening(source: string): ShellOpening | undefined {
  if (source.includes('\n') || /[|;&<>()`$'"\\]/.test(source)) return undefined;
  const words = source.trim().split(/\s+/);
  if (words[0] !== 'kubectl') return undefined;
  // `kubectl attach -it POD`: the lines typed go to the container's own process, a shell that
  // reads its stdin (a Pod with `stdin: true`, as `kubectl run -it ... -- sh` makes).
  const attach = words[1] === 'attach' && !words.includes('--');
  if (!attach && !words.includes('exec')) return undefined;
  const dash = attach ? words.length : words.indexOf('--');
  if (dash < 0) return undefined;
  const shell = words.slice(dash + 1);
  const name = (shell[0] ?? '').replace(/^.*\//, '');
  if (!attach && (!SHELLS.has(name) || shell.slice(1).some((w) => w !== '-l' && w !== '-i' && w !== '--login'))) return undefined;
  let stdin = false;
  let tty = false;
  const kept: string[] = [];
  for (const [i, word] of words.entries()) {
    if (i >= dash) {
      kept.push(word);
      continue;
    }
    if (word === '--stdin' || word === '--stdin=true') stdin = true;
    else if (word === '--tty' || word === '--tty=true') {
      tty = true;
      // attach keeps -t: kubectl checks it against the container's own TTY and says so.
      if (attach) kept.push(word);
      continue;
    } else if (/^-[a-zA-Z]+$/.test(word) && /[it]/.test(word) && /^-[itq]+$/.test(word)) {
      stdin ||= word.includes('i');
      tty ||= word.includes('t');
      const rest = attach ? word : word.replace(/t/g, '');
      if (rest !== '-') kept.push(rest);
      continue;
    }
    kept.push(word);
  }
  return stdin && tty ? { words: kept } : undefined;
}

/**
 * A line typed at a container shell's prompt: `/ # ls`, `/app $ ls` (busybox, `\w \$`),
 * `root@web:/# ls` (Debian's bash, `\u@\h:\w\$`), `bash-5.1# ls` (bash without a profile),
 * `# ls` (dash). A prompt alone is a command that types nothing.
 */
export function readContainerPrompt(text: string): { prompt: ContainerPrompt; command: string } | undefined {
  const forms: { pattern: RegExp; dir?: number }[] = [
    { pattern: /^([\w.-]+@[\w.-]+:([~/][^\s#$]*)[#$])(?: (.*))?$/, dir: 2 },
    { pattern: /^(([~/][^\s#$]*) [#$])(?: (.*))?$/, dir: 2 },
    { pattern: /^((?:ba|z)?sh-\d+(?:\.\d+)*[#$])(?: (.*))?$/ },
    { pattern: /^(#)(?: (.*))?$/ },
  ];
  for (const { pattern, dir } of forms) {
    const m = pattern.exec(text);
    if (!m) continue;
    const command = (dir === undefined ? m[2] : m[3]) ?? '';
    const prompt: ContainerPrompt = { text: m[1] ?? '' };
    if (dir !== undefined && m[dir] !== undefined) prompt.dir = m[dir];
    return { prompt, command };
  }
  return undefined;
}

/** `exit` or `exit N` typed at a container prompt: the shell ends after it. */
export function isShellExit(command: string): boolean {
  return /^\s*exit(\s+\d+)?\s*(?:#.*)?$/.test(command);
}

/** A command line that ends in `&` (not `&&`, `>&`, `|&`): it runs in the background. */
export function endsInBackground(source: string): boolean {
  const text = source.trimEnd();
  return text.endsWith('&') && !/(&&|[<>|]&)$/.test(text) && !/\\&$/.test(text);
}

/** The line that shows Ctrl-C pressed, after a command's output. */
export const INTERRUPT_LINE = '^C';
