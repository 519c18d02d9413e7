// File descriptors of a running command: writers for output (the terminal, a file, a capture
// buffer) and a shared read position for input, so `read` in a loop consumes stdin line by line.
import { type FileData, materialize, sliceData } from '../../core/vfs/file-data.js';
import { type FsError, isFsError, type VirtualFs, type WriteOptions } from '../../core/vfs/vfs.js';
import type { Writer } from '../types.js';

export interface InputStream {
  data: string;
  pos: number;
}

export type Fd = { kind: 'out'; writer: Writer } | { kind: 'in'; stream: InputStream };

/** A command's descriptor table. `exec 3>f` changes it in place; redirections make a copy. */
export interface Io {
  fds: Map<number, Fd>;
}

/** Counts bytes so a process that writes without end can be stopped. */
export type ByteCounter = (n: number) => void;

export const nullWriter: Writer = { write: () => undefined, writeData: (data) => ({ written: data.size }) };

/** A writer that keeps what it is given (command substitution, pipeline stages). */
export class BufferWriter implements Writer {
  private chunks: string[] = [];
  constructor(private readonly count: ByteCounter) {}
  write(text: string): void {
    this.count(text.length);
    this.chunks.push(text);
  }
  text(): string {
    return this.chunks.join('');
  }
}

/** What a write left: the bytes that went in, and the error that stopped the rest (ENOSPC, EFBIG). */
export interface WriteOutcome {
  written: number;
  error?: FsError;
}

/** full_write(3)-like: writes `data` at `options.at`, again after each short write, until done or an error. */
export function fullWrite(fs: VirtualFs, path: string, data: FileData, options: WriteOptions = {}): WriteOutcome {
  let written = 0;
  try {
    while (written < data.size) {
      const at = options.at === 'end' ? 'end' : (options.at ?? 0) + written;
      written += fs.write(path, sliceData(data, written), { ...options, at, truncate: options.truncate === true && written === 0 });
    }
  } catch (e) {
    if (!isFsError(e)) throw e;
    return { written, error: e };
  }
  return { written };
}

/**
 * A writer that appends to a file of the virtual filesystem (a redirection's open file). Text
 * counts toward the process's output limit; extents do not (they hold no bytes).
 */
export function fileWriter(fs: VirtualFs, path: string, count: ByteCounter): Writer {
  return {
    write(text: string) {
      count(text.length);
      fs.appendFile(path, text);
    },
    writeData: (data: FileData) => fullWrite(fs, path, data, { at: 'end' }),
    get bounded() {
      return fs.statfs(path).unbounded !== true;
    },
  };
}

/**
 * Writes extents where the writer takes them, else their bytes (a pipe, the terminal:
 * HeldBytesLimit past 64 MiB); throws the error that stopped a file write.
 */
export function writeData(writer: Writer, data: FileData): void {
  if (!writer.writeData) return writer.write(materialize(data));
  const outcome = writer.writeData(data);
  if (outcome.error) throw outcome.error;
}

/** A copy of the table, for redirections that must not leak to the caller. */
export function copyIo(io: Io): Io {
  return { fds: new Map(io.fds) };
}

/** The writer behind an fd, or a writer that drops output when the fd is closed or an input. */
export function writerOf(io: Io, fd: number): Writer {
  const d = io.fds.get(fd);
  return d?.kind === 'out' ? d.writer : nullWriter;
}

/** The input behind an fd (an empty stream when it is closed). */
export function inputOf(io: Io, fd = 0): InputStream {
  const d = io.fds.get(fd);
  return d?.kind === 'in' ? d.stream : { data: '', pos: 0 };
}

/** Takes the rest of an input stream. */
export function consumeInput(stream: InputStream): string {
  const rest = stream.data.slice(stream.pos);
  stream.pos = stream.data.length;
  return rest;
}
