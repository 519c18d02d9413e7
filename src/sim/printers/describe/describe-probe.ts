// DescribeProbe (describe.go): `exec [cmd]`, `http-get URL`, `tcp-socket host:port` or
// `grpc <pod>:port service`, followed by the probe's timing attributes.
import type { Probe } from '../../api/types.js';
import { encodeUtf8 } from '../../core/text/utf8.js';

function escapePath(path: string): string {
  // net/url's EscapedPath keeps RFC 3986 path characters and escapes the rest.
  return path.replace(/[^A-Za-z0-9\-._~!$&'()*+,;=:@/%]/gu, (c) =>
    [...encodeUtf8(c)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
  );
}

function joinHostPortForUrl(host: string, port: string): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}

/** The probe string of a Liveness/Readiness/Startup line. */
export function describeProbe(probe: Probe): string {
  const attrs =
    `delay=${probe.initialDelaySeconds ?? 0}s timeout=${probe.timeoutSeconds ?? 0}s period=${probe.periodSeconds ?? 0}s ` +
    `#success=${probe.successThreshold ?? 0} #failure=${probe.failureThreshold ?? 0}`;
  if (probe.exec) return `exec [${(probe.exec.command ?? []).join(' ')}] ${attrs}`;
  if (probe.httpGet) {
    const g = probe.httpGet;
    const scheme = (g.scheme ?? '').toLowerCase();
    const port = g.port === undefined || g.port === null ? '' : String(g.port);
    const host = port.length > 0 ? joinHostPortForUrl(g.host ?? '', port) : (g.host ?? '');
    let url = '';
    if (scheme) url += `${scheme}:`;
    if (scheme || host) url += `//${host}`;
    const path = g.path ?? '';
    if (path !== '' && !path.startsWith('/') && host !== '') url += '/';
    url += escapePath(path);
    return `http-get ${url} ${attrs}`;
  }
  if (probe.tcpSocket) return `tcp-socket ${probe.tcpSocket.host ?? ''}:${String(probe.tcpSocket.port)} ${attrs}`;
  if (probe.grpc) return `grpc <pod>:${probe.grpc.port} ${probe.grpc.service ?? ''} ${attrs}`;
  return `unknown ${attrs}`;
}
