// File descriptors of a running command: writers for output (the terminal, a file, a capture
// buffer) and a shared read position for input, so `read` in a loop consumes stdin line by line.
import type { VirtualFs } from './vfs.js';
import type { Writer } from './types.js';

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

export const nullWriter: Writer = { write: () => undefined };

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

/** A writer that appends to a file of the virtual filesystem. */
export function fileWriter(fs: VirtualFs, path: string, count: ByteCounter): Writer {
  return {
    write(text: string) {
      count(text.length);
      fs.appendFile(path, text);
    },
  };
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
