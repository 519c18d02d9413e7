// `rev [FILE]...` (util-linux text-utils/rev.c, busybox util-linux/rev.c) and `tac [FILE]...`
// (coreutils src/tac.c, busybox coreutils/tac.c): reverse the characters of each line, or the
// order of the lines.
import type { CommandContext } from '../../shell/types.js';
import { eachFile, parseOptions } from './support.js';

/** Reverses each line; a last line without newline stays without one. */
export function rev(ctx: CommandContext): number {
  const parsed = parseOptions(ctx, '0', { long: { zero: '0' } });
  if (!parsed) return 1;
  const sep = parsed.opts.has('0') ? '\0' : '\n';
  return eachFile(ctx, parsed.operands, { gnu: (p, e) => `cannot open ${p}: ${e.text}`, busybox: (p, e) => `${p}: ${e.text}` }, (text) => {
    const out = text.split(sep).map((line) => [...line].reverse().join(''));
    ctx.stdout.write(out.join(sep));
  });
}

/** Prints each file's lines last first. */
export function tac(ctx: CommandContext): number {
  const parsed = parseOptions(ctx, '', {});
  if (!parsed) return 1;
  const wording = { gnu: (p: string, e: { text: string }) => `failed to open '${p}' for reading: ${e.text}`, busybox: (p: string, e: { text: string }) => `${p}: ${e.text}` };
  return eachFile(ctx, parsed.operands, wording, (text) => {
    // A record is a line with its newline; the last may lack one, and stays so (`printf 'a\nb' | tac` is `ba`).
    ctx.stdout.write(text.split(/(?<=\n)/).filter((r) => r !== '').reverse().join(''));
  });
}
