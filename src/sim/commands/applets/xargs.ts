// `xargs [-0] [-n N] [-L N] [-I R] [-d D] [-r] [-t] [COMMAND [ARG]...]` (findutils xargs/xargs.c,
// busybox findutils/xargs.c): runs COMMAND (echo) with the words read from stdin as arguments.
// With no input it runs once, unless -r. Exit: 123 if a run failed, 124 if one exited 255, 127
// when COMMAND is not found.
import type { CommandContext, CommandResult, Effect } from '../../shell/types.js';
import { isGnu, parseOptions, runProgram, warn } from './support.js';

/** Splits input into words: blanks separate, quotes and backslashes group (both tools alike). */
function xargsWords(text: string): string[] {
  const words: string[] = [];
  let cur: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === ' ' || c === '\t' || c === '\n') {
      if (cur !== undefined) words.push(cur);
      cur = undefined;
    } else if (c === "'" || c === '"') {
      const close = text.indexOf(c, i + 1);
      const end = close < 0 ? text.length : close;
      cur = (cur ?? '') + text.slice(i + 1, end);
      i = end;
    } else if (c === '\\' && i + 1 < text.length) {
      cur = (cur ?? '') + (text[++i] as string);
    } else cur = (cur ?? '') + c;
  }
  if (cur !== undefined) words.push(cur);
  return words;
}

/** Builds the command lines from stdin and runs them one after the other. */
export function xargs(ctx: CommandContext): CommandResult {
  const gnu = isGnu(ctx);
  const parsed = parseOptions(ctx, gnu ? '0n:I:L:d:rtpxP:s:a:E:' : '0n:I:rtpxP:s:E:', {
    posix: true,
    long: { null: '0', 'max-args': 'n', replace: 'I', 'max-lines': 'L', delimiter: 'd', 'no-run-if-empty': 'r', verbose: 't', 'max-procs': 'P' },
  });
  if (!parsed) return 1;
  const o = parsed.opts;
  const num = (k: string) => (typeof o.get(k) === 'string' ? Number(o.get(k)) : undefined);
  const base = parsed.operands.length > 0 ? parsed.operands : ['echo'];
  const input = ctx.stdin;
  const replace = o.get('I');
  let calls: string[][];
  if (typeof replace === 'string') {
    calls = input
      .split('\n')
      .map((l) => l.replace(/^[ \t]+/, ''))
      .filter((l) => l !== '')
      .map((line) => base.map((a) => a.split(replace).join(line)));
  } else {
    const lines = num('L');
    const delim = typeof o.get('d') === 'string' ? (o.get('d') as string) : undefined;
    const perCall = num('n');
    let groups: string[][];
    if (lines !== undefined) {
      // -L: N non-blank input lines a run.
      const ls = input.split('\n').filter((l) => l.trim() !== '').map(xargsWords);
      groups = [];
      for (let k = 0; k < ls.length; k += lines) groups.push(ls.slice(k, k + lines).flat());
    } else {
      const words = o.has('0') ? input.split('\0').filter((w) => w !== '') : delim !== undefined ? input.split(delim.replace('\\n', '\n')).filter((w, i, all) => w !== '' || i < all.length - 1) : xargsWords(input);
      groups = [];
      const size = perCall ?? Math.max(1, words.length);
      for (let k = 0; k < words.length; k += size) groups.push(words.slice(k, k + size));
    }
    calls = groups.map((g) => [...base, ...g]);
    if (calls.length === 0 && !o.has('r')) calls.push(base);
  }
  return runAll(ctx, calls, o.has('t'));
}

function* runAll(ctx: CommandContext, calls: string[][], trace: boolean): Generator<Effect, number, void> {
  let status = 0;
  for (const call of calls) {
    if (trace) ctx.stderr.write(`${call.join(' ')}\n`);
    const r = runProgram(ctx, call, '', (name, e) => `${name}: ${e}`);
    const s = typeof r === 'number' ? r : yield* r;
    if (s === 127 || s === 126) return s;
    if (s === 255) {
      warn(ctx, `${call[0]}: exited with status 255; aborting`);
      return 124;
    }
    if (s !== 0) status = 123;
  }
  return status;
}
