// `base64 [-d] [-w COLS] [FILE]` on bytes (text as UTF-8, raw bytes as themselves: bytes.ts).
import { decodeBytes, encodeBytes } from '../../core/text/bytes.js';
import type { CommandContext } from '../../shell/types.js';
import { parseOptions, readInput, warn } from './support.js';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Standard base64 with padding. */
export function encodeBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a, b, c] = [bytes[i] as number, bytes[i + 1], bytes[i + 2]];
    out += ALPHABET[a >> 2];
    out += ALPHABET[((a & 3) << 4) | ((b ?? 0) >> 4)];
    out += b === undefined ? '=' : ALPHABET[((b & 15) << 2) | ((c ?? 0) >> 6)];
    out += c === undefined ? '=' : ALPHABET[c & 63];
  }
  return out;
}

/** Decodes base64 (blanks ignored); undefined when it is not base64. */
export function decodeBase64(text: string): Uint8Array | undefined {
  const clean = text.replace(/[\s]/g, '');
  if (/[^A-Za-z0-9+/=]/.test(clean)) return undefined;
  const bytes: number[] = [];
  let bits = 0;
  let value = 0;
  for (const ch of clean.replace(/=+$/, '')) {
    value = (value << 6) | ALPHABET.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((value >> bits) & 0xff);
    }
  }
  return new Uint8Array(bytes);
}

/** Encodes stdin or a file, or decodes with -d. */
export function base64(ctx: CommandContext): number {
  const parsed = parseOptions(ctx, 'dw:i', { long: { decode: 'd', wrap: 'w' } });
  if (!parsed) return 1;
  const text = readInput(ctx, parsed.operands[0] ?? '-');
  if (text === undefined) return 1;
  if (parsed.opts.has('d')) {
    const bytes = decodeBase64(text);
    if (bytes === undefined) {
      warn(ctx, 'invalid input');
      return 1;
    }
    ctx.stdout.write(decodeBytes(bytes));
    return 0;
  }
  const encoded = encodeBase64(encodeBytes(text));
  const w = parsed.opts.get('w');
  const cols = typeof w === 'string' ? Number(w) : 76;
  if (encoded === '') return 0;
  if (cols <= 0) {
    ctx.stdout.write(encoded);
    return 0;
  }
  ctx.stdout.write(`${(encoded.match(new RegExp(`.{1,${cols}}`, 'g')) ?? []).join('\n')}\n`);
  return 0;
}
