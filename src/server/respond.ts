// Writing answers: JSON bodies (with the newline Go's encoder ends them with), plain text, and
// errors as the Status objects kubectl turns into `Error from server (Reason): message`.
import type { ServerResponse } from 'node:http';
import { type Status, StatusError } from '../sim/index.js';

/** Sends `value` as JSON with `status` and any extra headers. */
export function sendJson(res: ServerResponse, status: number, value: unknown, headers: Record<string, string | string[]> = {}): void {
  sendJsonText(res, status, JSON.stringify(value), headers);
}

/** Sends JSON already encoded as `text`: encoded to UTF-8 once (not measured, then encoded again as the socket writes it). */
export function sendJsonText(res: ServerResponse, status: number, text: string, headers: Record<string, string | string[]> = {}): void {
  sendJsonBytes(res, status, Buffer.from(`${text}\n`, 'utf8'), headers);
}

/** Sends a JSON body already encoded, its final newline included. */
export function sendJsonBytes(res: ServerResponse, status: number, body: Buffer, headers: Record<string, string | string[]> = {}): void {
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': body.length, ...headers });
  res.end(body);
}

export function sendText(res: ServerResponse, status: number, text: string, contentType = 'text/plain'): void {
  res.writeHead(status, { 'Content-Type': contentType, 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

/** Sends a Status object with its own code as the HTTP status. */
export function sendStatus(res: ServerResponse, status: Status): void {
  sendJson(res, status.code, status);
}

function failure(code: number, reason: string, message: string): StatusError {
  return new StatusError({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, details: {}, code });
}

export { pathNotFound } from '../sim/index.js';

export function methodNotAllowed(): StatusError {
  return failure(405, 'MethodNotAllowed', 'the server does not allow this method on the requested resource');
}

export function notAcceptable(): StatusError {
  return failure(406, 'NotAcceptable', 'only the following media types are accepted: application/json');
}

export function unsupportedMediaType(contentType: string): StatusError {
  return failure(415, 'UnsupportedMediaType', `the body of the request was in an unknown format - accepted media types include: application/json, application/yaml, application/merge-patch+json, application/strategic-merge-patch+json, application/json-patch+json (got ${contentType || 'none'})`);
}

/** The real server's answer to a request it expected as an upgrade (exec without WebSocket). */
export function upgradeRequired(): StatusError {
  return failure(400, 'BadRequest', 'Upgrade request required');
}

/** A bug in the server: answered as a 500 InternalError so the client sees something sensible. */
export function internalServerError(error: unknown): StatusError {
  const message = error instanceof Error ? error.message : String(error);
  return new StatusError({
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message: `Internal error occurred: ${message}`,
    reason: 'InternalError',
    details: { causes: [{ reason: '', message }] },
    code: 500,
  });
}

/** A successful Status (binding, deletecollection of nothing). */
export function successStatus(code: number, details?: Status['details']): Record<string, unknown> {
  return { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Success', ...(details ? { details } : {}), code };
}
