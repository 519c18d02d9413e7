// Node's `Buffer`, as far as the simulator uses it (UTF-8, Latin-1 and base64 conversions, byte
// lengths, comparison), for the browser bundle only: esbuild injects it where the simulator names
// the global `Buffer`. (The simulator is moving to TextEncoder helpers; then this goes.)
const encoder = new TextEncoder();
const decoder = new TextDecoder();

type Encoding = 'utf8' | 'utf-8' | 'latin1' | 'binary' | 'base64' | 'hex';

function fromBase64(text: string): Uint8Array {
  const binary = atob(text.replace(/[^A-Za-z0-9+/]/g, '').replace(/^(.*?)(={0,2})$/, '$1'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The bytes `Buffer.from` returns: a Uint8Array that prints itself as Node's does. */
class ShimBuffer extends Uint8Array {
  override toString(encoding: Encoding = 'utf8'): string {
    if (encoding === 'latin1' || encoding === 'binary') return Array.from(this, (b) => String.fromCharCode(b)).join('');
    if (encoding === 'base64') return btoa(this.toString('latin1'));
    if (encoding === 'hex') return Array.from(this, (b) => b.toString(16).padStart(2, '0')).join('');
    return decoder.decode(this);
  }
}

function from(value: string | ArrayLike<number> | Iterable<number>, encoding: Encoding = 'utf8'): ShimBuffer {
  if (typeof value !== 'string') return new ShimBuffer(Array.from(value as ArrayLike<number>));
  if (encoding === 'base64') return new ShimBuffer(fromBase64(value));
  if (encoding === 'latin1' || encoding === 'binary') return new ShimBuffer(Array.from(value, (c) => c.charCodeAt(0) & 0xff));
  if (encoding === 'hex') return new ShimBuffer((value.match(/../g) ?? []).map((h) => parseInt(h, 16)));
  return new ShimBuffer(encoder.encode(value));
}

function compare(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

export const Buffer = {
  from,
  compare,
  byteLength: (value: string, encoding: Encoding = 'utf8'): number => from(value, encoding).length,
  isBuffer: (value: unknown): value is ShimBuffer => value instanceof ShimBuffer,
};
