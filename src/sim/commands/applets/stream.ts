// Streaming through pipes, for the tools that stream in coreutils and busybox (cat, head, tail,
// wc, grep, yes, seq): read stdin as it arrives (ctx.input), write a pipe's worth at a time and
// wait while the pipe is full (Writer.room). A writer whose reader has gone is ended by SIGPIPE
// at its next write (interp/pipe.ts), so `yes | head -n 3` ends.
import { type FileData, materialize, sliceData } from '../../core/vfs/file-data.js';
import { decodeBytes, encodeBytes } from '../../core/text/bytes.js';
import { utf8Length } from '../../core/vfs/vfs.js';
import type { CommandContext, Effect } from '../../shell/types.js';

export type Stream<T = void> = Generator<Effect, T, void>;

/** What one write of a streaming tool holds at most: a pipe's capacity (and coreutils' io_blksize is 128 KiB). */
export const CHUNK = 65536;

/** Waits while stdout is a full pipe; files and the terminal never wait. */
export function* awaitRoom(ctx: CommandContext): Stream {
  const room = ctx.stdout.room;
  if (room !== undefined && room() <= 0) yield { kind: 'wait', ready: () => room() > 0, deadline: Infinity };
}

/**
 * Between two chunks of an endless writer (`yes`, `cat /dev/zero`): waits for room in a pipe, or
 * lets the other threads run when stdout is a file or the terminal (which never fill up; the
 * output limit or the filesystem's size ends the writer there).
 */
export function* pause(ctx: CommandContext): Stream {
  if (ctx.stdout.room === undefined) yield { kind: 'sleep', ms: 0 };
  else yield* awaitRoom(ctx);
}

/**
 * Calls `use` with stdin as it arrives: chunk by chunk from a pipe (ctx.input), waiting for the
 * writer, or all of it at once. `use` returns false to stop reading (head has its lines).
 */
export function* eachChunk(ctx: CommandContext, use: (chunk: string) => boolean | void): Stream {
  const input = ctx.input;
  if (input === undefined) {
    const text = ctx.stdin;
    if (text !== '') use(text);
    return;
  }
  for (;;) {
    const chunk = input.read();
    if (chunk === undefined) return;
    if (chunk === '') {
      yield { kind: 'wait', ready: () => input.ready(), deadline: Infinity };
      continue;
    }
    if (use(chunk) === false) return;
    yield* awaitRoom(ctx);
  }
}

/**
 * All of stdin, read as it arrives. `keep` makes what is held smaller as it grows (tail keeps its
 * last lines): it must give a suffix of its argument that the tool's answer lies in.
 */
export function* readAll(ctx: CommandContext, keep?: (text: string) => string): Stream<string> {
  const parts: string[] = [];
  let held = 0;
  yield* eachChunk(ctx, (chunk) => {
    parts.push(chunk);
    held += chunk.length;
    if (keep !== undefined && held > 4 * CHUNK) {
      const kept = keep(parts.join(''));
      parts.length = 0;
      parts.push(kept);
      held = kept.length;
    }
  });
  return parts.join('');
}

/** Writes pieces one after another, waiting for room in a pipe before each; 0 once all are written. */
export function* writePieces(ctx: CommandContext, pieces: Iterable<string>): Stream<number> {
  for (const piece of pieces) {
    yield* awaitRoom(ctx);
    ctx.stdout.write(piece);
  }
  return 0;
}

/** Text in pieces of at most CHUNK units, never splitting a surrogate pair. */
export function* textPieces(text: string): Iterable<string> {
  for (let at = 0; at < text.length; ) {
    let end = Math.min(text.length, at + CHUNK);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last < 0xdc00) end--;
    yield text.slice(at, end);
    at = end;
  }
}

/** A file's data (or a device's) as pieces of about CHUNK bytes, each made when it is reached. */
export function* dataPieces(data: FileData): Iterable<string> {
  for (const e of data.extents) {
    if (e.kind === 'text') {
      yield* textPieces(e.text);
      continue;
    }
    const one: FileData = { extents: [e], size: e.bytes };
    for (let at = 0; at < e.bytes; at += CHUNK) yield materialize(sliceData(one, at, Math.min(e.bytes, at + CHUNK)));
  }
}

const ASCII = /^[\x00-\x7f]*$/;

/** Bytes of a piece of text (fast for ASCII, the common case of a stream). */
export function byteLength(text: string): number {
  return ASCII.test(text) ? text.length : utf8Length(text);
}

/** The context with stdin read whole, for the ways of a streaming tool that need all of it. */
export function* withWholeInput(ctx: CommandContext, keep?: (text: string) => string): Stream<CommandContext> {
  if (ctx.input === undefined) return ctx;
  const text = yield* readAll(ctx, keep);
  const { input: _input, ...rest } = ctx;
  return { ...rest, stdin: text };
}

/** The first `n` bytes of a piece of text. */
export function bytePrefix(text: string, n: number): string {
  if (ASCII.test(text)) return text.slice(0, n);
  return decodeBytes(encodeBytes(text).subarray(0, n));
}
