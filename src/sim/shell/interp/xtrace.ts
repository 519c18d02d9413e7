// `set -x`: prints each command to stderr after expansion, quoted the way each shell quotes it.
import { writerOf } from './io.js';
import type { Frame } from './runtime.js';
import { getVar } from './state.js';

/** bash: quote words holding shell metacharacters (or starting with `#`/`~`), and empty words. */
function bashQuote(s: string): string {
  if (s === '') return "''";
  if (!/[\s'"\\|&;()<>!{}*[?\]^$`]/.test(s) && !/^[#~]/.test(s)) return s;
  return `'${s.replace(/'/g, "'\\''")}'`;
}

/** busybox ash: quote anything outside `+,-./0-9:@A-Z]^_a-z` (empty stays empty). */
function ashQuote(s: string): string {
  if (!/[^+,\-./0-9:@A-Z\]^_a-z]/.test(s)) return s;
  return `'${s.replace(/'/g, `'"'"'`)}'`;
}

/** Prints `+ a=1 cmd args` (bash prints an assignment-only command one assignment a line). */
export function traceCommand(f: Frame, assigns: string[], argv: string[]): void {
  const ps4 = getVar(f.state, 'PS4') ?? '+ ';
  const prefix = f.rt.dialect === 'bash' ? (ps4[0] ?? '').repeat(f.subDepth) + ps4 : ps4;
  const quote = f.rt.dialect === 'bash' ? bashQuote : ashQuote;
  const assignText = assigns.map((a) => {
    const eq = a.indexOf('=');
    return a.slice(0, eq + 1) + quote(a.slice(eq + 1)).replace(/^''$/, f.rt.dialect === 'bash' ? '' : "''");
  });
  const out = writerOf(f.io, 2);
  if (argv.length === 0 && f.rt.dialect === 'bash') {
    for (const a of assignText) out.write(`${prefix}${a}\n`);
    return;
  }
  out.write(`${prefix}${[...assignText, ...argv.map(quote)].join(' ')}\n`);
}
