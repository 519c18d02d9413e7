// What `kindling sim serve` checks before it reads a request: the Host header names this machine
// (a localhost name or an IP address: a page of another site that rebinds its DNS name to
// 127.0.0.1 sends its own name), and the bearer token of the kubeconfig it wrote (anyone else on
// the machine can reach 127.0.0.1). Failures are Status objects as the real API server sends them.
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';
import type { Status } from '../sim/index.js';

/** The real API server's default request body limit (apiserver's MaxRequestBodyBytes, 3 MiB). */
export const MAX_REQUEST_BODY_BYTES = 3 * 1024 * 1024;

const failure = (code: number, reason: string, message: string): Status => ({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, code });

/** authentication/request/bearertoken + the unauthorized handler (filters/authentication.go). */
export const UNAUTHORIZED: Status = failure(401, 'Unauthorized', 'Unauthorized');

/** apimachinery errors.NewRequestEntityTooLargeError(fmt.Sprintf("limit is %d", limit)) (handlers/rest.go). */
export const REQUEST_ENTITY_TOO_LARGE: Status = failure(413, 'RequestEntityTooLarge', `Request entity too large: limit is ${MAX_REQUEST_BODY_BYTES}`);

/** The host name of a Host header (`[::1]:8080` -> `::1`, `localhost:80` -> `localhost`). */
function hostName(header: string): string {
  const bracketed = /^\[([^\]]*)\](?::\d*)?$/.exec(header);
  if (bracketed) return bracketed[1]!;
  return header.replace(/:\d*$/, '').toLowerCase();
}

/**
 * Whether a Host header names this server: `localhost`, `*.localhost`, an IP address, or the name
 * it was told to listen on (`--address`). A DNS-rebinding page sends its own name, none of these.
 */
export function hostAllowed(header: string | undefined, address = '127.0.0.1'): boolean {
  if (header === undefined || header === '') return true; // HTTP/1.0 without Host: no name to rebind
  const name = hostName(header).replace(/\.$/, '');
  return name === 'localhost' || name.endsWith('.localhost') || isIP(name) !== 0 || name === address.toLowerCase().replace(/\.$/, '');
}

/** Whether the request carries `Authorization: Bearer <token>`. */
export function tokenMatches(raw: IncomingMessage, token: string): boolean {
  const header = raw.headers.authorization ?? '';
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!m) return false;
  const given = Buffer.from(m[1]!);
  const wanted = Buffer.from(token);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

/** What a request is checked against: the token it must carry (if any), the address served. */
export interface GuardOptions {
  token?: string | undefined;
  address?: string;
}

/** The Status a request gets before it is routed, or undefined when it may go on. */
export function guardRequest(raw: IncomingMessage, { token, address }: GuardOptions = {}): Status | undefined {
  if (!hostAllowed(raw.headers.host, address)) {
    return failure(403, 'Forbidden', `kindling sim serve answers only requests for localhost names, IP addresses and its --address, not for host "${raw.headers.host}"`);
  }
  if (token !== undefined && !tokenMatches(raw, token)) return UNAUTHORIZED;
  const length = Number(raw.headers['content-length'] ?? '0');
  if (Number.isFinite(length) && length > MAX_REQUEST_BODY_BYTES) return REQUEST_ENTITY_TOO_LARGE;
  return undefined;
}
