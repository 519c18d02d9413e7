// A file's bytes as a list of extents: text the shell wrote, or bytes a device makes (zeros, the
// pseudo-random stream of /dev/urandom) that are counted rather than stored, so `dd bs=1M
// count=1024` makes a 1 GiB file without holding a gigabyte. A hole (`truncate -s`, a seek past
// the end) reads as zeros but has no pages behind it. The bytes are made into a string only when a
// tool reads them, and not past HELD_BYTES_LIMIT.
import { decodeBytes, encodeBytes, isEscapedByte, normalizeBytes } from '../text/bytes.js';
import { utf8Length } from './fs-error.js';

export type Extent =
  | { readonly kind: 'text'; readonly text: string; readonly bytes: number }
  | { readonly kind: 'zero'; readonly bytes: number; readonly hole: boolean }
  | { readonly kind: 'random'; readonly bytes: number; readonly seed: number; readonly at: number };

export interface FileData {
  readonly extents: readonly Extent[];
  readonly size: number;
}

/** Bytes a page holds: tmpfs and ext4 allocate whole 4 KiB pages (blocks). */
export const PAGE_BYTES = 4096;

/** The most file content the simulator turns into a string for a tool to read (it is held in memory). */
export const HELD_BYTES_LIMIT = 64 * 1024 * 1024;

/** A tool needed the bytes of more data than HELD_BYTES_LIMIT: the simulator does not model that. */
export class HeldBytesLimit {
  constructor(readonly bytes: number) {}
  get message(): string {
    return `kindling: the simulator does not model reading more than 64 MiB of a file's bytes (${this.bytes} bytes asked)`;
  }
}

export const EMPTY_DATA: FileData = { extents: [], size: 0 };

export function textData(text: string): FileData {
  return text === '' ? EMPTY_DATA : { extents: [{ kind: 'text', text, bytes: utf8Length(text) }], size: utf8Length(text) };
}

/** `bytes` NUL bytes: written ones (`hole` false: /dev/zero, fallocate) or a hole that has no pages. */
export function zeroData(bytes: number, hole = false): FileData {
  return bytes <= 0 ? EMPTY_DATA : { extents: [{ kind: 'zero', bytes, hole }], size: bytes };
}

/** `bytes` of the pseudo-random stream `seed` (what /dev/urandom gave one reader). */
export function randomData(bytes: number, seed: number): FileData {
  return bytes <= 0 ? EMPTY_DATA : { extents: [{ kind: 'random', bytes, seed, at: 0 }], size: bytes };
}

/** The data of several pieces one after the other, neighbours of one kind merged. */
export function concatData(...parts: FileData[]): FileData {
  const out: Extent[] = [];
  let size = 0;
  for (const part of parts) {
    for (const e of part.extents) {
      size += e.bytes;
      const last = out[out.length - 1];
      const merged = last && mergeExtents(last, e);
      if (merged) out[out.length - 1] = merged;
      else out.push(e);
    }
  }
  return { extents: out, size };
}

function mergeExtents(a: Extent, b: Extent): Extent | undefined {
  if (a.kind === 'text' && b.kind === 'text') return { kind: 'text', text: a.text + b.text, bytes: a.bytes + b.bytes };
  if (a.kind === 'zero' && b.kind === 'zero' && a.hole === b.hole) return { kind: 'zero', bytes: a.bytes + b.bytes, hole: a.hole };
  if (a.kind === 'random' && b.kind === 'random' && a.seed === b.seed && a.at + a.bytes === b.at) return { ...a, bytes: a.bytes + b.bytes };
  return undefined;
}

/** Bytes `start` to `end` (exclusive) of `data`. */
export function sliceData(data: FileData, start: number, end = data.size): FileData {
  const from = Math.max(0, start);
  const to = Math.min(data.size, end);
  if (from === 0 && to === data.size) return data;
  if (to <= from) return EMPTY_DATA;
  const out: Extent[] = [];
  let off = 0;
  for (const e of data.extents) {
    const lo = Math.max(from, off);
    const hi = Math.min(to, off + e.bytes);
    if (lo < hi) out.push(sliceExtent(e, lo - off, hi - off));
    off += e.bytes;
    if (off >= to) break;
  }
  return { extents: out, size: to - from };
}

function sliceExtent(e: Extent, start: number, end: number): Extent {
  if (start === 0 && end === e.bytes) return e;
  if (e.kind === 'zero') return { ...e, bytes: end - start };
  if (e.kind === 'random') return { ...e, bytes: end - start, at: e.at + start };
  const text = e.bytes === e.text.length ? e.text.slice(start, end) : decodeBytes(encodeBytes(e.text).subarray(start, end));
  return { kind: 'text', text, bytes: end - start };
}

/** `data` with `piece` written at byte `offset` (a gap past the end becomes a hole), as pwrite(2) leaves a file. */
export function writeAt(data: FileData, offset: number, piece: FileData): FileData {
  if (offset === data.size) return concatData(data, piece);
  const head = offset <= data.size ? sliceData(data, 0, offset) : concatData(data, zeroData(offset - data.size, true));
  return concatData(head, piece, sliceData(data, offset + piece.size));
}

/** ftruncate(2): cut to `size`, or extend with a hole. */
export function resizeData(data: FileData, size: number): FileData {
  return size <= data.size ? sliceData(data, 0, size) : concatData(data, zeroData(size - data.size, true));
}

/** fallocate(2) mode 0: the holes in `[start, end)` get pages (of zeros); the size grows to `end` at least. */
export function allocateData(data: FileData, start: number, end: number): FileData {
  const grown = resizeData(data, Math.max(data.size, end));
  const out: Extent[] = [];
  let off = 0;
  for (const e of grown.extents) {
    const lo = Math.max(start, off);
    const hi = Math.min(end, off + e.bytes);
    if (e.kind === 'zero' && e.hole && lo < hi) {
      if (lo > off) out.push({ kind: 'zero', bytes: lo - off, hole: true });
      out.push({ kind: 'zero', bytes: hi - lo, hole: false });
      if (off + e.bytes > hi) out.push({ kind: 'zero', bytes: off + e.bytes - hi, hole: true });
    } else out.push(e);
    off += e.bytes;
  }
  return concatData({ extents: out, size: grown.size });
}

/** Pages that hold some written byte (holes have none). */
export function allocatedPages(data: FileData): number {
  let pages = 0;
  let last = -1;
  let off = 0;
  for (const e of data.extents) {
    if (!(e.kind === 'zero' && e.hole) && e.bytes > 0) {
      const first = Math.max(Math.floor(off / PAGE_BYTES), last + 1);
      const end = Math.ceil((off + e.bytes) / PAGE_BYTES) - 1;
      if (end >= first) pages += end - first + 1;
      last = Math.max(last, end);
    }
    off += e.bytes;
  }
  return pages;
}

/** True when the data is all stored text (nothing a device makes, no hole). */
export function isPlainText(data: FileData): boolean {
  return data.extents.every((e) => e.kind === 'text');
}

/** The data as the shell's string of bytes; HeldBytesLimit past HELD_BYTES_LIMIT. */
export function materialize(data: FileData, limit = HELD_BYTES_LIMIT): string {
  const only = data.extents.length === 1 ? data.extents[0] : undefined;
  if (only?.kind === 'text') return only.text;
  if (data.size > limit) throw new HeldBytesLimit(data.size);
  let out = '';
  let escaped = false;
  for (const e of data.extents) {
    if (e.kind === 'text') {
      out += e.text;
      if (!escaped) for (let i = 0; i < e.text.length && !escaped; i++) escaped = isEscapedByte(e.text.charCodeAt(i));
    } else if (e.kind === 'zero') out += '\0'.repeat(e.bytes);
    else {
      out += decodeBytes(randomBytes(e.seed, e.at, e.bytes));
      escaped = true;
    }
  }
  // Bytes of one character may sit on both sides of an extent boundary.
  return escaped && data.extents.length > 1 ? normalizeBytes(out) : out;
}

/**
 * Bytes `at` to `at + n` of the pseudo-random stream `seed`: a counter-based hash (murmur3's
 * finalizer over the word index), so any part of a large stream is made without the rest.
 */
export function randomBytes(seed: number, at: number, n: number): Uint8Array {
  const out = new Uint8Array(n);
  let word = -1;
  let value = 0;
  for (let i = 0; i < n; i++) {
    const p = at + i;
    const w = Math.floor(p / 4);
    if (w !== word) {
      word = w;
      value = mix(seed, w);
    }
    out[i] = (value >>> ((p % 4) * 8)) & 0xff;
  }
  return out;
}

function mix(seed: number, index: number): number {
  let h = seed ^ Math.imul(index >>> 0, 0x9e3779b1) ^ Math.imul(Math.floor(index / 0x100000000), 0x85ebca77);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
