// `cat [-n] [FILE...]`.
import type { CommandContext } from '../../shell/types.js';
import { isFsError, resolvePath } from '../../core/vfs/vfs.js';
import { deviceData, endlessDevice } from './devices.js';
import { isGnu, parseOptions, readInput, warn } from './support.js';

/** Concatenates files (or stdin) to stdout. */
export function cat(ctx: CommandContext): number {
  const parsed = parseOptions(ctx, 'nbuAetv', { long: { number: 'n' } });
  if (!parsed) return 1;
  const files = parsed.operands.length > 0 ? parsed.operands : ['-'];
  let status = 0;
  let line = 1;
  for (const file of files) {
    if (file !== '-' && isDirectory(ctx, file)) {
      warn(ctx, isGnu(ctx) ? `${file}: Is a directory` : 'read error: Is a directory');
      status = 1;
      continue;
    }
    const o = parsed.opts;
    const plain = ['A', 'e', 'E', 't', 'T', 'v', 'n', 'b'].every((f) => !o.has(f));
    const copied = plain && ctx.stdout.writeData ? copyData(ctx, file) : undefined;
    if (copied === 'write-error') return 1;
    if (copied !== undefined) continue;
    const text = readInput(ctx, file);
    if (text === undefined) {
      status = 1;
      continue;
    }
    const shown = o.has('A') || o.has('e') || o.has('E') || o.has('t') || o.has('T') || o.has('v') ? showNonPrinting(text, o) : text;
    if (!o.has('n')) {
      ctx.stdout.write(shown);
      continue;
    }
    const parts = shown.split('\n');
    const last = parts.pop() as string;
    let out = '';
    for (const p of parts) out += `${String(line++).padStart(6)}\t${p}\n`;
    if (last !== '') out += `${String(line++).padStart(6)}\t${last}`;
    ctx.stdout.write(out);
  }
  return status;
}

/**
 * A file (or an endless device, into a file of bounded size) copied to a file as extents, as
 * sendfile(2) would (busybox bb_copyfd_eof, GNU cat's copy loop); a full filesystem is a `write
 * error` in both. Undefined when cat must read the bytes itself.
 */
function copyData(ctx: CommandContext, file: string): 'done' | 'write-error' | undefined {
  const device = endlessDevice(ctx, file);
  let data;
  if (device !== undefined) {
    if (!ctx.stdout.bounded) return undefined;
    data = deviceData(ctx, device, Number.MAX_SAFE_INTEGER);
  } else if (file === '-' || file === '/dev/null') return undefined;
  else {
    try {
      data = ctx.fs.readData(resolvePath(ctx.cwd, file));
    } catch (e) {
      if (isFsError(e)) return undefined;
      throw e;
    }
  }
  const { error } = ctx.stdout.writeData!(data);
  if (!error) return 'done';
  warn(ctx, `write error: ${error.text}`);
  return 'write-error';
}

/** -A (-vET), -e (-vE), -t (-vT), -E, -T, -v: make tabs, line ends and control characters visible. */
function showNonPrinting(text: string, o: Map<string, string | true>): string {
  const ends = o.has('A') || o.has('e') || o.has('E');
  const tabs = o.has('A') || o.has('t') || o.has('T');
  const v = o.has('A') || o.has('e') || o.has('t') || o.has('v');
  let out = '';
  for (const c of text) {
    const code = c.charCodeAt(0);
    if (c === '\n') out += ends ? '$\n' : '\n';
    else if (c === '\t') out += tabs ? '^I' : '\t';
    else if (v && code < 32) out += `^${String.fromCharCode(code + 64)}`;
    else if (v && code === 127) out += '^?';
    else out += c;
  }
  return out;
}

function isDirectory(ctx: CommandContext, file: string): boolean {
  try {
    return ctx.fs.stat(file.startsWith('/') ? file : `${ctx.cwd}/${file}`).type === 'dir';
  } catch (e) {
    if (isFsError(e)) return false;
    throw e;
  }
}
