// A container's log as the CRI writes it: lines with the time they were written and their
// stream; a last line without a newline stays partial until the process ends.
import { rfc3339Nano } from '../api/time.js';

export interface LogLine {
  time: number;
  stream: 1 | 2;
  text: string;
  /** True for a final line that never got its newline. */
  partial: boolean;
  /** Position in the log. */
  seq: number;
  /** Nanoseconds after `time`, for `--timestamps`: lines written in the same millisecond still increase. */
  nanos: number;
}

export interface LogQuery {
  tailLines?: number;
  timestamps?: boolean;
  sinceMs?: number;
  limitBytes?: number;
}

export class ContainerLog {
  readonly lines: LogLine[] = [];
  #pending: Record<1 | 2, string> = { 1: '', 2: '' };
  #pendingSince: Record<1 | 2, number> = { 1: 0, 2: 0 };
  /** Total bytes written, to bound runaway output. */
  bytes = 0;

  write(stream: 1 | 2, text: string, now: number): void {
    this.bytes += text.length;
    let rest = this.#pending[stream] + text;
    if (this.#pending[stream] === '') this.#pendingSince[stream] = now;
    let nl = rest.indexOf('\n');
    while (nl >= 0) {
      this.#push(now, stream, rest.slice(0, nl), false);
      rest = rest.slice(nl + 1);
      nl = rest.indexOf('\n');
    }
    this.#pending[stream] = rest;
  }

  #push(time: number, stream: 1 | 2, text: string, partial: boolean): void {
    const seq = this.lines.length;
    const prev = this.lines[seq - 1];
    // A varied sub-millisecond part, a few microseconds after the previous line when they share a millisecond.
    let nanos = ((seq * 7919) % 1000) * 1000 + 123;
    if (prev && prev.time === time && nanos <= prev.nanos) nanos = prev.nanos + 1_000 + ((seq * 7919) % 4000);
    this.lines.push({ time, stream, text, partial, seq, nanos });
  }

  /** Flushes partial lines when the process ends. */
  close(now: number): void {
    for (const stream of [1, 2] as const) {
      if (this.#pending[stream] !== '') {
        this.#push(Math.max(now, this.#pendingSince[stream]), stream, this.#pending[stream], true);
        this.#pending[stream] = '';
      }
    }
  }

  /** The text `kubectl logs` prints. Timestamps carry a per-line nanosecond part so they are distinct. */
  render(query: LogQuery = {}): string {
    let lines = this.lines.filter((l) => query.sinceMs === undefined || l.time >= query.sinceMs);
    if (query.tailLines !== undefined && query.tailLines >= 0) lines = lines.slice(Math.max(0, lines.length - query.tailLines));
    let out = '';
    for (const l of lines) {
      const prefix = query.timestamps ? `${rfc3339Nano(l.time + Math.floor(l.nanos / 1_000_000), l.nanos % 1_000_000)} ` : '';
      out += `${prefix}${l.text}${l.partial ? '' : '\n'}`;
    }
    if (query.limitBytes !== undefined && out.length > query.limitBytes) out = out.slice(0, query.limitBytes);
    return out;
  }
}
