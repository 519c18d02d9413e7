// A container's log as the CRI writes it: lines with the time they were written and their
// stream; a last line without a newline stays partial until the process ends.
import { rfc3339Nano } from '../api/time.js';

export interface LogLine {
  time: number;
  stream: 1 | 2;
  text: string;
  /** True for a final line that never got its newline. */
  partial: boolean;
  /** Position in the log, for the sub-millisecond digits of `--timestamps`. */
  seq: number;
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
      this.lines.push({ time: now, stream, text: rest.slice(0, nl), partial: false, seq: this.lines.length });
      rest = rest.slice(nl + 1);
      nl = rest.indexOf('\n');
    }
    this.#pending[stream] = rest;
  }

  /** Flushes partial lines when the process ends. */
  close(now: number): void {
    for (const stream of [1, 2] as const) {
      if (this.#pending[stream] !== '') {
        this.lines.push({ time: Math.max(now, this.#pendingSince[stream]), stream, text: this.#pending[stream], partial: true, seq: this.lines.length });
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
      const prefix = query.timestamps ? `${rfc3339Nano(l.time, ((l.seq * 7919) % 1000) * 1000 + 123)} ` : '';
      out += `${prefix}${l.text}${l.partial ? '' : '\n'}`;
    }
    if (query.limitBytes !== undefined && out.length > query.limitBytes) out = out.slice(0, query.limitBytes);
    return out;
  }
}
