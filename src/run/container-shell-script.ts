// How the commands typed at a container's prompt run without a terminal: the `kubectl exec -it`
// line runs as `kubectl exec -i`, with every typed command on its stdin, each followed by a
// marker line that carries its exit status and the shell's directory. Splitting the output at the
// markers gives each typed command its own output. The same text runs on every backend.
import { randomBytes } from 'node:crypto';
import type { ConsoleCommand } from '../lesson/types.js';

/** The host command that runs the session, and the nonce its markers carry. */
export interface ShellScript {
  source: string;
  nonce: string;
}

/** The shell's state after a marker: the last command's status, its directory and home. */
export interface ShellMarker {
  status: number;
  pwd: string;
  home: string;
}

export interface SplitOutput {
  /** What came before the first marker: the `kubectl exec` line's own output. */
  opening: string;
  /** For each typed command that ran: its output and the state after it. */
  typed: { output: string; after?: ShellMarker }[];
  /** The state before the first typed command. */
  initial?: ShellMarker;
}

/** The host command for `words` (the exec line without `-t`) and the typed `commands`. */
export function containerShellScript(words: readonly string[], commands: readonly ConsoleCommand[]): ShellScript {
  const nonce = `kindling${randomBytes(8).toString('hex')}`;
  // With a terminal, a command's stderr and stdout are the same device: keep them in order.
  const marker = `printf '%s:%s:%s:%s:%s\\n' ${nonce} "$?" "$PWD" "$HOME" ${nonce}`;
  const lines = ['exec 2>&1', marker];
  for (const command of commands) {
    if (command.source.trim() !== '') lines.push(command.source);
    lines.push(marker);
  }
  return { source: `${words.join(' ')} <<'${nonce}'\n${lines.join('\n')}\n${nonce}`, nonce };
}

/** Splits the session's output at its markers. */
export function splitShellOutput(output: string, nonce: string, typed: number): SplitOutput {
  const pattern = new RegExp(`${nonce}:(\\d+):(.*?):(.*?):${nonce}\\n`, 'g');
  const parts: string[] = [];
  const markers: ShellMarker[] = [];
  let last = 0;
  for (const m of output.matchAll(pattern)) {
    parts.push(output.slice(last, m.index));
    markers.push({ status: Number(m[1]), pwd: m[2] ?? '', home: m[3] ?? '' });
    last = m.index + m[0].length;
  }
  parts.push(output.slice(last));
  const split: SplitOutput = { opening: parts[0] ?? '', typed: [] };
  if (markers[0]) split.initial = markers[0];
  // Part k + 1 is what typed command k printed; the part after the last marker belongs to the
  // command that ended the shell (`exit`), or to the last one when stdin simply ran out.
  for (let k = 0; k < typed && k + 1 < parts.length; k++) {
    const entry: { output: string; after?: ShellMarker } = { output: parts[k + 1] ?? '' };
    const after = markers[k + 1];
    if (after) entry.after = after;
    split.typed.push(entry);
  }
  const tail = parts.length - 1 > typed ? parts.slice(typed + 1).join('') : '';
  const lastTyped = split.typed.at(-1);
  if (tail !== '' && lastTyped) lastTyped.output += tail;
  else if (tail !== '') split.opening += tail;
  return split;
}

/** Whether a prompt's directory (`/`, `~`, `~/x`, `/app`) names the shell's working directory. */
export function promptShowsDir(dir: string, marker: ShellMarker): boolean {
  const expanded = dir === '~' ? marker.home : dir.startsWith('~/') ? `${marker.home}${dir.slice(1)}` : dir;
  return expanded === marker.pwd || (dir === '~' && marker.pwd === marker.home);
}
