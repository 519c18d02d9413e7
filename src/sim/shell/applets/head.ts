// `head [-n N|-N] [-c N] [FILE...]` and `tail [-n N|-n +N|-N] [-c N] [-f] [FILE...]`.
import type { CommandContext, CommandResult } from '../types.js';
import { decodeBytes, encodeBytes } from '../bytes.js';
import { deviceBytes, endlessDevice } from './devices.js';
import { isGnu, numberOption, parseOptions, readInput, warn } from './support.js';

/** `-5` means `-n 5` for both tools. */
function normalArgv(ctx: CommandContext): string[] {
  return ctx.argv.map((a, i) => (i > 0 && /^-[0-9]+$/.test(a) ? `-n${a.slice(1)}` : a));
}

const openWording = { gnu: (p: string, e: { text: string }) => `cannot open '${p}' for reading: ${e.text}` };

function lines(text: string): string[] {
  const parts = text.split(/(?<=\n)/);
  return parts.filter((p) => p !== '');
}

/** The first `n` lines, found without splitting the whole text (`yes | head` is 1 MiB). */
function firstLines(text: string, n: number): string {
  let end = 0;
  for (let i = 0; i < n; i++) {
    const nl = text.indexOf('\n', end);
    if (nl < 0) return text;
    end = nl + 1;
  }
  return text.slice(0, end);
}

/** Prints the first lines (or bytes) of each input. */
/** Shows each file's text, under `==> name <==` when there are several; 1 if one could not be read. */
function eachInput(ctx: CommandContext, files: string[], show: (text: string) => void, bytes?: number): number {
  let status = 0;
  files.forEach((file, i) => {
    // `head -c N /dev/urandom` takes N bytes of an endless device; anything else reads it whole.
    const device = bytes === undefined ? undefined : endlessDevice(ctx, file);
    const text = device !== undefined && bytes !== undefined ? decodeBytes(deviceBytes(ctx, device, bytes)) : readInput(ctx, file, openWording);
    if (text === undefined) {
      status = 1;
      return;
    }
    if (files.length > 1) ctx.stdout.write(`${i > 0 ? '\n' : ''}==> ${file === '-' ? 'standard input' : file} <==\n`);
    show(text);
  });
  return status;
}

export function head(ctx: CommandContext): number {
  const parsed = parseOptions(ctx, 'n:c:qv', { long: { lines: 'n', bytes: 'c', quiet: 'q' }, argv: normalArgv(ctx) });
  if (!parsed) return 1;
  const files = parsed.operands.length > 0 ? parsed.operands : ['-'];
  const nOpt = parsed.opts.get('n');
  const cOpt = parsed.opts.get('c');
  const count = numberOption(ctx, typeof cOpt === 'string' ? cOpt : typeof nOpt === 'string' ? nOpt : '10', cOpt ? 'bytes' : 'lines');
  if (count === undefined) return 1;
  if (!cOpt) return eachInput(ctx, files, (text) => ctx.stdout.write(firstLines(text, count)));
  return eachInput(ctx, files, (text) => ctx.stdout.write(decodeBytes(encodeBytes(text).subarray(0, count))), count);
}

/** Prints the last lines (or from line N on); `-f` then waits for ever. */
export function tail(ctx: CommandContext): CommandResult {
  const parsed = parseOptions(ctx, 'n:c:fFqv', { long: { lines: 'n', bytes: 'c', follow: 'f' }, argv: normalArgv(ctx) });
  if (!parsed) return 1;
  const files = parsed.operands.length > 0 ? parsed.operands : ['-'];
  const raw = parsed.opts.get('c') ?? parsed.opts.get('n') ?? '10';
  const spec = typeof raw === 'string' ? raw : '10';
  const fromStart = spec.startsWith('+');
  const count = numberOption(ctx, spec.replace(/^[+-]/, ''), parsed.opts.has('c') ? 'bytes' : 'lines');
  if (count === undefined) return 1;
  const status = eachInput(ctx, files, (text) => {
    if (parsed.opts.has('c')) {
      ctx.stdout.write(fromStart ? text.slice(Math.max(0, count - 1)) : text.slice(Math.max(0, text.length - count)));
      return;
    }
    const all = lines(text);
    ctx.stdout.write((fromStart ? all.slice(Math.max(0, count - 1)) : count === 0 ? [] : all.slice(-count)).join(''));
  });
  if (parsed.opts.has('f') || parsed.opts.has('F')) {
    if (!isGnu(ctx) && files.length === 1 && files[0] === '-') warn(ctx, "warning: following standard input indefinitely is ineffective");
    return follow();
  }
  return status;
}

/** `tail -f`: nothing more will be written, so it waits for ever (containers use it to idle). */
function* follow(): Generator<{ kind: 'sleep'; ms: number }, number, void> {
  yield { kind: 'sleep', ms: Infinity };
  return 0;
}
