// `md5sum`, `sha1sum`, `sha256sum`, `sha512sum [-c [--quiet|--status|-s]] [FILE]...` (coreutils
// src/digest.c, busybox coreutils/md5_sha1_sum.c): print `HASH  NAME` lines, or check them.
import { encodeBytes } from '../../core/text/bytes.js';
import { type DigestName, hexDigest } from '../digest.js';
import type { CommandContext, CommandImpl } from '../../shell/types.js';
import { isFsError, resolvePath } from '../../core/vfs/vfs.js';
import { isGnu, parseOptions, readInput, splitLines, warn } from './support.js';

const HEX_LENGTH: Record<DigestName, number> = { md5: 32, sha1: 40, sha256: 64, sha512: 128 };

function checksumApplet(algo: DigestName): CommandImpl {
  return (ctx: CommandContext) => {
    const parsed = parseOptions(ctx, 'bctwsz', { long: { binary: 'b', check: 'c', text: 't', warn: 'w', quiet: 'q', status: 'Z', strict: 'X', tag: 'T', zero: 'z' } });
    if (!parsed) return 1;
    if (parsed.opts.has('c')) return check(ctx, algo, parsed.operands, parsed.opts);
    let status = 0;
    let out = '';
    for (const file of parsed.operands.length > 0 ? parsed.operands : ['-']) {
      const text = readInput(ctx, file);
      if (text === undefined) {
        status = 1;
        continue;
      }
      out += `${hexDigest(algo, encodeBytes(text))} ${parsed.opts.has('b') ? '*' : ' '}${file}\n`;
    }
    ctx.stdout.write(out);
    return status;
  };
}

/** `-c`: reads `HASH  NAME` lines and says OK or FAILED for each file. */
function check(ctx: CommandContext, algo: DigestName, operands: string[], o: Map<string, string | true>): number {
  const gnu = isGnu(ctx);
  // --status (GNU) and -s (busybox) print nothing; --quiet prints only failures.
  const silent = gnu ? o.has('Z') : o.has('s');
  const quiet = silent || o.has('q');
  let failed = 0;
  let total = 0;
  let unreadable = 0;
  let malformed = 0;
  let status = 0;
  for (const list of operands.length > 0 ? operands : ['-']) {
    const text = readInput(ctx, list, { busybox: (p, e) => `${p}: ${e.text}` });
    if (text === undefined) {
      status = 1;
      continue;
    }
    let wellFormed = 0;
    for (const line of splitLines(text)) {
      const m = /^([0-9a-fA-F]+) [ *](.*)$/.exec(line);
      if (gnu && (!m || (m[1] as string).length !== HEX_LENGTH[algo])) {
        malformed++;
        continue;
      }
      total++;
      wellFormed++;
      if (!m) {
        // busybox counts a line without `  ` as failed, without a word.
        failed++;
        continue;
      }
      const [, want, name] = m as unknown as [string, string, string];
      let content: string | undefined;
      try {
        content = name === '-' ? ctx.stdin : ctx.fs.readFile(resolvePath(ctx.cwd, name));
      } catch (e) {
        if (!isFsError(e)) throw e;
        warn(ctx, gnu ? `${name}: ${e.text}` : `can't open '${name}': ${e.text}`);
      }
      if (content === undefined) {
        if (gnu) unreadable++;
        else failed++;
        if (!silent) ctx.stdout.write(`${name}: FAILED${gnu ? ' open or read' : ''}\n`);
        continue;
      }
      const ok = hexDigest(algo, encodeBytes(content)) === want.toLowerCase();
      if (!ok) failed++;
      if (!quiet || (!ok && !silent)) ctx.stdout.write(`${name}: ${ok ? 'OK' : 'FAILED'}\n`);
    }
    if (gnu && wellFormed === 0) {
      warn(ctx, `${list === '-' ? "'standard input'" : list}: no properly formatted checksum lines found`);
      status = 1;
    }
  }
  if (gnu && !silent) {
    if (malformed > 0 && total > 0) warn(ctx, `WARNING: ${malformed} ${malformed === 1 ? 'line is' : 'lines are'} improperly formatted`);
    if (unreadable > 0) warn(ctx, `WARNING: ${unreadable} listed ${unreadable === 1 ? 'file' : 'files'} could not be read`);
    if (failed > 0) warn(ctx, `WARNING: ${failed} computed ${failed === 1 ? 'checksum' : 'checksums'} did NOT match`);
  } else if (!gnu && failed > 0 && !silent) {
    warn(ctx, `WARNING: ${failed} of ${total} computed checksums did NOT match`);
  }
  return status !== 0 || failed > 0 || unreadable > 0 ? 1 : 0;
}

export const md5sum = checksumApplet('md5');
export const sha1sum = checksumApplet('sha1');
export const sha256sum = checksumApplet('sha256');
export const sha512sum = checksumApplet('sha512');
