// HTTP/1.x on the wire, for bytes that reach a simulated server through a tunnel (port-forward):
// complete requests are cut from what the client has sent, and the simulated server's answer is
// written back as a response. Chunked request bodies are not modelled (a client sending one gets
// its connection closed).
import { ephemeralPort, type HttpRequest, type HttpResponse } from '../../sim/index.js';

export interface WireRequest {
  request: HttpRequest;
  /** HTTP/1.0 without keep-alive, or `Connection: close`: the server closes after answering. */
  close: boolean;
}

/** The first complete request in `buffer` and the bytes after it; `invalid` for bytes that are not HTTP. */
export function takeRequest(buffer: Buffer, clientIP: string, now: number): { taken: WireRequest; rest: Buffer } | 'incomplete' | 'invalid' {
  const end = buffer.indexOf('\r\n\r\n');
  if (end < 0) return buffer.length > 65536 ? 'invalid' : 'incomplete';
  const lines = buffer.subarray(0, end).toString('latin1').split('\r\n');
  const m = /^([A-Z]+) (\S+) HTTP\/1\.([01])$/.exec(lines[0] ?? '');
  if (!m) return 'invalid';
  const headers: Record<string, string> = {};
  for (const line of lines.slice(1)) {
    const c = line.indexOf(':');
    if (c <= 0) return 'invalid';
    headers[line.slice(0, c).trim().toLowerCase()] = line.slice(c + 1).trim();
  }
  if (headers['transfer-encoding'] !== undefined) return 'invalid';
  const length = Number(headers['content-length'] ?? '0');
  if (!Number.isInteger(length) || length < 0) return 'invalid';
  const bodyEnd = end + 4 + length;
  if (buffer.length < bodyEnd) return 'incomplete';
  const connection = (headers['connection'] ?? '').toLowerCase();
  const close = connection === 'close' || (m[3] === '0' && connection !== 'keep-alive');
  const request: HttpRequest = {
    method: m[1]!,
    path: m[2]!,
    host: headers['host'] ?? '',
    clientIP,
    clientPort: ephemeralPort(clientIP, now),
    userAgent: headers['user-agent'] ?? '',
    headers,
  };
  return { taken: { request, close }, rest: buffer.subarray(bodyEnd) };
}

/** The response as the server writes it (no body for HEAD). */
export function writeResponse(res: HttpResponse, method: string): Buffer {
  const headers = { ...res.headers };
  if (!Object.keys(headers).some((k) => k.toLowerCase() === 'content-length')) headers['Content-Length'] = String(Buffer.byteLength(res.body));
  const head = `HTTP/1.1 ${res.status} ${res.statusText}\r\n${Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n`;
  return Buffer.concat([Buffer.from(head, 'latin1'), method === 'HEAD' ? Buffer.alloc(0) : Buffer.from(res.body)]);
}
