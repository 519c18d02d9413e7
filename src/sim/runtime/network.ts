// Where a connection from a pod goes: a Service's ClusterIP is load-balanced to a ready endpoint
// (kube-proxy), a pod IP reaches whatever listens there, the few internet hosts we model answer,
// and anything else times out.
import type { DnsView } from '../net/cluster-dns.js';
import { internetHostByIp } from '../net/internet.js';
import { response, type HttpRequest, type HttpResponse, type Listener } from './http.js';

export interface NetworkView extends DnsView {
  /** A Service by ClusterIP and port: its chosen ready backend, `none` without endpoints, undefined if no such Service port. */
  serviceBackend(ip: string, port: number): { ip: string; port: number } | 'none' | undefined;
  /** What listens at a pod IP and port. */
  listener(ip: string, port: number): Listener | undefined;
  /** Whether an IP belongs to a running pod or a node (so a closed port refuses rather than times out). */
  hostExists(ip: string): boolean;
}

export type ConnectResult =
  | { ok: true; serve(request: HttpRequest, now: number): HttpResponse }
  | { ok: false; error: 'refused' | 'timeout' };

/** Kernel SYN retries before `connect` gives up on a silent address. */
export const CONNECT_TIMEOUT_MS = 127_000;

export function connect(view: NetworkView, ip: string, port: number): ConnectResult {
  const backend = view.serviceBackend(ip, port);
  if (backend === 'none') return { ok: false, error: 'refused' };
  const target = backend ?? { ip, port };
  const listener = view.listener(target.ip, target.port);
  if (listener) return { ok: true, serve: (req, now) => listener.serve(req, now) };
  const host = internetHostByIp(target.ip);
  if (host) {
    return {
      ok: true,
      serve: (req) => {
        const body = host.pages[req.path];
        return body !== undefined ? response(200, body, { Server: host.server }) : response(404, '<h1>Not Found</h1>\n', { Server: host.server });
      },
    };
  }
  if (backend !== undefined || view.hostExists(target.ip)) return { ok: false, error: 'refused' };
  return { ok: false, error: 'timeout' };
}
