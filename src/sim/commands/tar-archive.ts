// Tar archives as bytes: the 512-byte header blocks of POSIX ustar (and the old GNU magic that
// GNU tar and busybox tar write), the data padded to whole blocks, two zero blocks at the end.
// Reading also takes what Go's archive/tar writes (kubectl cp: ustar with a name prefix, PAX
// `path` records) and GNU long names (`././@LongLink`). Layout: POSIX.1-1988 ustar, as in
// busybox archival/tar.c and Go's archive/tar/format.go.

export const BLOCK = 512;

export type TarEntryType = 'file' | 'dir' | 'symlink' | 'hardlink';

export interface TarEntry {
  name: string;
  type: TarEntryType;
  /** Permission bits (0644, 0755, 0777). */
  mode: number;
  /** Seconds since the epoch. */
  mtime: number;
  uid: number;
  gid: number;
  uname: string;
  gname: string;
  /** The link target of a symlink or hard link. */
  linkname?: string;
  /** A file's bytes. */
  data?: Uint8Array;
}

/** Which magic the writer stamps: `gnu` ("ustar  \0", GNU tar's and busybox's) or `ustar` ("ustar\0" "00", Go's). */
export type TarFlavour = 'gnu' | 'ustar';

const TYPEFLAG: Record<TarEntryType, string> = { file: '0', dir: '5', symlink: '2', hardlink: '1' };

const ascii = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
const utf8 = new TextEncoder();
const fromUtf8 = new TextDecoder();

/** `value` in octal, zero-padded to `width - 1` digits and NUL-terminated (the header's numbers). */
function octal(value: number, width: number): string {
  return `${value.toString(8).padStart(width - 1, '0')}\0`;
}

/** One header block for `entry` whose name fits in 100 bytes. */
function headerBlock(entry: TarEntry, name: Uint8Array, flavour: TarFlavour, typeflag = TYPEFLAG[entry.type], size = entry.data?.length ?? 0): Uint8Array {
  const h = new Uint8Array(BLOCK);
  h.set(name.subarray(0, 100), 0);
  h.set(ascii(octal(entry.mode, 8)), 100);
  h.set(ascii(octal(entry.uid, 8)), 108);
  h.set(ascii(octal(entry.gid, 8)), 116);
  h.set(ascii(octal(size, 12)), 124);
  h.set(ascii(octal(entry.mtime, 12)), 136);
  h.set(ascii(typeflag), 156);
  if (entry.linkname !== undefined) h.set(utf8.encode(entry.linkname).subarray(0, 100), 157);
  h.set(ascii(flavour === 'gnu' ? 'ustar  \0' : 'ustar\x0000'), 257);
  h.set(utf8.encode(entry.uname).subarray(0, 32), 265);
  h.set(utf8.encode(entry.gname).subarray(0, 32), 297);
  if (flavour === 'ustar') {
    h.set(ascii(octal(0, 8)), 329);
    h.set(ascii(octal(0, 8)), 337);
  }
  // The checksum is the sum of the header's bytes with its own field read as eight spaces.
  h.fill(0x20, 148, 156);
  let sum = 0;
  for (const b of h) sum += b;
  h.set(ascii(`${sum.toString(8).padStart(6, '0')}\0 `), 148);
  return h;
}

/** Bytes padded with zeros to a whole number of blocks. */
function padded(data: Uint8Array): Uint8Array {
  const out = new Uint8Array(Math.ceil(data.length / BLOCK) * BLOCK);
  out.set(data);
  return out;
}

/** The archive for `entries`: each header (a GNU long-name entry first where the name is longer than 100 bytes), its data, and two zero blocks. */
export function writeTar(entries: readonly TarEntry[], flavour: TarFlavour = 'gnu'): Uint8Array {
  const parts: Uint8Array[] = [];
  for (const entry of entries) {
    const name = utf8.encode(entry.name);
    if (name.length > 100) {
      const long = new Uint8Array(name.length + 1);
      long.set(name);
      parts.push(headerBlock({ ...entry, mode: 0, mtime: 0, uid: 0, gid: 0 }, ascii('././@LongLink'), flavour, 'L', long.length), padded(long));
    }
    parts.push(headerBlock(entry, name, flavour));
    if (entry.type === 'file' && entry.data) parts.push(padded(entry.data));
  }
  parts.push(new Uint8Array(2 * BLOCK));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Why an archive could not be read, in the reader's words. */
export class TarFormatError extends Error {}

/** A NUL-terminated text field. */
function field(h: Uint8Array, at: number, len: number): string {
  const bytes = h.subarray(at, at + len);
  const end = bytes.indexOf(0);
  return fromUtf8.decode(end < 0 ? bytes : bytes.subarray(0, end));
}

/** An octal number field (spaces and NULs around it allowed). */
function number(h: Uint8Array, at: number, len: number): number {
  const text = field(h, at, len).trim();
  if (text === '') return 0;
  if (!/^[0-7]+$/.test(text)) throw new TarFormatError('invalid tar header');
  return parseInt(text, 8);
}

/** PAX extended header records (`LEN key=value\n`). */
function paxRecords(data: Uint8Array): Map<string, string> {
  const text = fromUtf8.decode(data);
  const records = new Map<string, string>();
  for (const m of text.matchAll(/(\d+) ([^=]+)=([^\n]*)\n/g)) records.set(m[2]!, m[3]!);
  return records;
}

/**
 * The entries of an archive, up to its end-of-archive blocks (or the end of the bytes, as GNU
 * tar and busybox accept). TarFormatError for a header whose checksum is wrong or a truncated body.
 */
export function readTar(bytes: Uint8Array): TarEntry[] {
  const entries: TarEntry[] = [];
  let longName: string | undefined;
  let longLink: string | undefined;
  let pax = new Map<string, string>();
  for (let at = 0; at + BLOCK <= bytes.length; ) {
    const h = bytes.subarray(at, at + BLOCK);
    if (h.every((b) => b === 0)) break;
    let sum = 0;
    for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : h[i]!;
    if (sum !== number(h, 148, 8)) throw new TarFormatError('invalid tar header checksum');
    const size = number(h, 124, 12);
    const typeflag = String.fromCharCode(h[156]!);
    const body = bytes.subarray(at + BLOCK, at + BLOCK + size);
    if (body.length < size) throw new TarFormatError('unexpected EOF');
    at += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
    if (typeflag === 'L' || typeflag === 'K') {
      const value = field(body, 0, body.length);
      if (typeflag === 'L') longName = value;
      else longLink = value;
      continue;
    }
    if (typeflag === 'x') {
      pax = paxRecords(body);
      continue;
    }
    if (typeflag === 'g') continue;
    const posix = field(h, 257, 6) === 'ustar' && String.fromCharCode(h[262]!) === '\0';
    const prefix = posix ? field(h, 345, 155) : '';
    const base = field(h, 0, 100);
    const name = pax.get('path') ?? longName ?? (prefix !== '' ? `${prefix}/${base}` : base);
    const type: TarEntryType = typeflag === '5' || (typeflag === '0' && name.endsWith('/')) ? 'dir' : typeflag === '2' ? 'symlink' : typeflag === '1' ? 'hardlink' : 'file';
    const entry: TarEntry = {
      name,
      type,
      mode: number(h, 100, 8) & 0o7777,
      mtime: pax.has('mtime') ? Math.floor(Number(pax.get('mtime'))) : number(h, 136, 12),
      uid: number(h, 108, 8),
      gid: number(h, 116, 8),
      uname: field(h, 265, 32),
      gname: field(h, 297, 32),
    };
    const link = pax.get('linkpath') ?? longLink ?? field(h, 157, 100);
    if (type === 'symlink' || type === 'hardlink') entry.linkname = link;
    if (type === 'file') entry.data = body.slice();
    entries.push(entry);
    longName = undefined;
    longLink = undefined;
    pax = new Map();
  }
  return entries;
}
