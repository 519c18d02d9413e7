// File descriptors of a running command: writers for output (the terminal, a file, a capture
// buffer) and a shared read position for input, so `read` in a loop consumes stdin line by line.
import { type FileData, materialize, sliceData } from '../../core/vfs/file-data.js';
import { type FsError, isFsError, type VirtualFs, type WriteOptions } from '../../core/vfs/vfs.js';
import type { Gen } from './control.js';
import type { Pipe } from './pipe.js';
import type { Writer } from '../types.js';

/**
 * An input descriptor: text and a read position. A pipe's read end also has `pipe`, whose text
 * moves into `data` as it is read (pullInput); the stream has ended when the pipe has.
 */
export interface InputStream {
  data: string;
  pos: number;
  pipe?: Pipe;
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

/** Moves what the pipe behind the stream holds into `data` (dropping what was already read). */
export function pullInput(stream: InputStream): void {
  if (stream.pipe === undefined) return;
  const more = stream.pipe.read();
  if (more === '') return;
  stream.data = stream.pos >= stream.data.length ? more : stream.data.slice(stream.pos) + more;
  stream.pos = 0;
}

/** No more input will come: not a pipe, or a pipe whose writers have all closed and that is empty. */
export function inputEnded(stream: InputStream): boolean {
  return stream.pipe === undefined || stream.pipe.eof;
}

/** Waits until the stream's unread text has `delim` in it, or the input has ended (`read`). */
export function* awaitDelimiter(stream: InputStream, delim: string): Gen<void> {
  for (;;) {
    pullInput(stream);
    if (inputEnded(stream) || stream.data.indexOf(delim, stream.pos) >= 0) return;
    const pipe = stream.pipe as Pipe;
    yield { kind: 'wait', ready: () => pipe.readable(), deadline: Infinity };
  }
}

/**
 * Waits until the writers of a piped input have all closed, taking what they write as they
 * write it (a command that reads its input whole, as `sort` does); then `consumeInput` has it all.
 */
export function* awaitEnd(stream: InputStream): Gen<void> {
  const pipe = stream.pipe;
  if (pipe === undefined) return;
  pipe.whole = true;
  for (;;) {
    pullInput(stream);
    if (pipe.eof) return;
    yield { kind: 'wait', ready: () => pipe.readable(), deadline: Infinity };
  }
}

/** Takes the rest of an input stream (all of a pipe's text that has arrived: see awaitEnd). */
export function consumeInput(stream: InputStream): string {
  pullInput(stream);
  const rest = stream.data.slice(stream.pos);
  stream.data = '';
  stream.pos = 0;
  return rest;
}
