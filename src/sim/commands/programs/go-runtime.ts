// What Go programs share: the `log` package's time prefix, klog/glog's header, Go's Duration and
// time.Time strings, net/http's default 404, and how a Go binary that installs no signal handler
// leaves on SIGTERM as PID 1: the runtime's default action re-raises the signal, which the kernel
// ignores for PID 1, so the runtime exits with status 2 (runtime/signal_unix.go, dieFromSignal).
import { response, type HttpResponse } from '../../runtime/http.js';
import { errorLogTime } from './nginx.js';
import type { StopResult } from './types.js';

const p2 = (n: number) => String(n).padStart(2, '0');

/** The `log` package's standard prefix (`2025/01/06 10:00:00`), the same layout as nginx's error log. */
export const goLogTime = errorLogTime;

/** SIGTERM to a Go program with no handler, running as PID 1. */
export const GO_DEFAULT_STOP: StopResult = { exitCode: 2, afterMs: 1 };

/** Sub-millisecond digits for a virtual time, deterministic (the clock has millisecond resolution). */
export function subMillis(now: number, digits: 3 | 6): string {
  return String((now * 7919) % 10 ** digits).padStart(digits, '0');
}

/** klog/glog's header: `I0106 10:00:00.123456       1 main.go:26] ` (severity, date, time, thread id, source). */
export function klogHeader(severity: 'I' | 'W' | 'E' | 'F', now: number, source: string, pid = 1): string {
  const d = new Date(now);
  const micros = `${String(d.getUTCMilliseconds()).padStart(3, '0')}${subMillis(now, 3)}`;
  return `${severity}${p2(d.getUTCMonth() + 1)}${p2(d.getUTCDate())} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}.${micros} ${String(pid).padStart(7)} ${source}] `;
}

/** time.Duration's String() for a span in milliseconds: `1ms`, `12.003456789s`, `1m0.5s`. */
export function goDuration(ms: number, now = 0): string {
  if (ms === 0) return '0s';
  if (ms < 1000) return `${ms}ms`;
  const nanos = `${String(Math.floor(ms) % 1000).padStart(3, '0')}${subMillis(now, 6)}`.replace(/0+$/, '');
  const total = Math.floor(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = `${total % 60}${nanos ? `.${nanos}` : ''}s`;
  if (h > 0) return `${h}h${m}m${s}`;
  return m > 0 ? `${m}m${s}` : s;
}

/** time.Now().String(): `2025-01-06 10:00:00.123456789 +0000 UTC m=+12.345678901`. */
export function goNow(now: number, startedAt: number): string {
  const d = new Date(now);
  const nanos = `${String(d.getUTCMilliseconds()).padStart(3, '0')}${subMillis(now, 6)}`;
  const mono = ((now - startedAt) / 1000).toFixed(9);
  return `${d.getUTCFullYear()}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}.${nanos} +0000 UTC m=+${mono}`;
}

/** What net/http's ServeMux answers for a path nothing handles. */
export function goNotFound(): HttpResponse {
  return response(404, '404 page not found\n', { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
}

/** A body written with w.Write and no Content-Type: net/http sniffs plain text. */
export function goText(status: number, body: string): HttpResponse {
  return response(status, body, { 'Content-Type': 'text/plain; charset=utf-8' });
}

/** Query parameters of a request path. */
export function queryOf(path: string): URLSearchParams {
  const q = path.indexOf('?');
  return new URLSearchParams(q < 0 ? '' : path.slice(q + 1));
}

/** The path without its query. */
export function pathOf(path: string): string {
  const q = path.indexOf('?');
  return q < 0 ? path : path.slice(0, q);
}
