// A pipe between two stages of a pipeline, as the kernel's pipe(7): a buffer of bounded
// capacity (64 KiB, Linux's default), a write end shared by the writers and one read end. A
// streaming writer waits while the buffer is full (Writer.room); a write after the reader has
// gone raises SIGPIPE (BrokenPipe), which ends the writing stage with 128+13 and no message.
import type { Writer } from '../types.js';

/** Linux's pipe capacity (pipe(7): 16 pages). Counted in UTF-16 units of the text written. */
export const PIPE_CAPACITY = 65536;

/** SIGPIPE: thrown by a write to a pipe whose reader has exited; the stage ends with 141. */
export class BrokenPipe {}

/** 128 + SIGPIPE (13): the status bash reports for a stage killed by SIGPIPE. */
export const SIGPIPE_STATUS = 141;

export class Pipe {
  private chunks: string[] = [];
  /** UTF-16 units in the buffer. */
  private held = 0;
  private writeOpen = true;
  private readOpen = true;
  /**
   * The reader takes its whole input before it starts (a command that does not stream, such as
   * `sort`): writers never wait, and what is held past the capacity counts toward the limit.
   */
  whole = false;

  /** `count` is told of text held past the capacity (the process's output limit, io.ts ByteCounter). */
  constructor(private readonly count: (n: number) => void) {}

  /** Appends `text`; raises SIGPIPE when the reader is gone. A write larger than the room left goes in whole. */
  write(text: string): void {
    if (!this.readOpen) throw new BrokenPipe();
    if (text === '') return;
    this.chunks.push(text);
    this.held += text.length;
    // Text held past the capacity is text no reader took yet: the limit on held output applies.
    if (this.held > PIPE_CAPACITY) this.count(Math.min(text.length, this.held - PIPE_CAPACITY));
  }

  /** Units a writer may write before the buffer is full (Infinity once the reader is gone: the write will raise SIGPIPE). */
  room(): number {
    if (!this.readOpen || this.whole) return Infinity;
    return Math.max(0, PIPE_CAPACITY - this.held);
  }

  /** Takes everything buffered ('' when nothing is). */
  read(): string {
    if (this.chunks.length === 0) return '';
    const text = this.chunks.length === 1 ? (this.chunks[0] as string) : this.chunks.join('');
    this.chunks = [];
    this.held = 0;
    return text;
  }

  /** Something to read, or end of file. */
  readable(): boolean {
    return this.held > 0 || !this.writeOpen;
  }

  /** Every writer has closed and nothing is left: read() returns '' for ever. */
  get eof(): boolean {
    return !this.writeOpen && this.held === 0;
  }

  get readerGone(): boolean {
    return !this.readOpen;
  }

  /** The writing stage ended: the reader sees end of file after the rest. */
  closeWrite(): void {
    this.writeOpen = false;
  }

  /** The reading stage ended: what is buffered is dropped, and the next write raises SIGPIPE. */
  closeRead(): void {
    this.readOpen = false;
    this.chunks = [];
    this.held = 0;
  }

  /** The write end, as a stage's stdout. */
  writer(): Writer {
    return {
      write: (text) => this.write(text),
      room: () => this.room(),
    };
  }
}
