// API errors as the real API server returns them: a `Status` object with a reason, a message and
// details. The in-process API throws StatusError; kubectl (ours) and the HTTP layer turn it into
// kubectl's words or a JSON response.
import { CAUSE_TYPE, errorBody, fieldErrorMessage, type FieldError } from './field-errors.js';
import type { Status } from './types.js';

export class StatusError extends Error {
  override readonly name = 'StatusError';
  constructor(readonly status: Status) {
    super(status.message);
  }
}

function failure(code: number, reason: string, message: string, details?: Status['details']): StatusError {
  return new StatusError({
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message,
    reason,
    ...(details ? { details } : {}),
    code,
  });
}

/** `pods "x" not found` (resource is the plural, with `.group` for named groups). */
export function notFound(resource: string, group: string, name: string): StatusError {
  const qualified = group ? `${resource}.${group}` : resource;
  return failure(404, 'NotFound', `${qualified} "${name}" not found`, { name, ...(group ? { group } : {}), kind: resource });
}

export function alreadyExists(resource: string, group: string, name: string): StatusError {
  const qualified = group ? `${resource}.${group}` : resource;
  return failure(409, 'AlreadyExists', `${qualified} "${name}" already exists`, { name, ...(group ? { group } : {}), kind: resource });
}

export function conflict(resource: string, group: string, name: string, why: string): StatusError {
  const qualified = group ? `${resource}.${group}` : resource;
  return failure(409, 'Conflict', `Operation cannot be fulfilled on ${qualified} "${name}": ${why}`, { name, ...(group ? { group } : {}), kind: resource });
}

/** What the API server answers for a path it does not serve (no such group version or resource). */
export function pathNotFound(): StatusError {
  return failure(404, 'NotFound', 'the server could not find the requested resource', {});
}

/**
 * What client-go makes of a 503 whose body is not a Status (the aggregator's `service unavailable`
 * for an APIService that is not available): NewGenericServerResponse's message and target.
 */
export function serviceUnavailable(verb: string, qualifiedResource: string, name?: string): StatusError {
  const target = name ? `${verb} ${qualifiedResource} ${name}` : `${verb} ${qualifiedResource}`;
  return failure(503, 'ServiceUnavailable', `the server is currently unable to handle the request (${target})`);
}

export function badRequest(message: string): StatusError {
  return failure(400, 'BadRequest', message);
}

export function forbiddenStatus(resource: string, group: string, name: string, why: string): StatusError {
  const qualified = group ? `${resource}.${group}` : resource;
  return failure(403, 'Forbidden', `${qualified} "${name}" is forbidden: ${why}`, { name, ...(group ? { group } : {}), kind: resource });
}

/**
 * apierrors.NewForbidden as the authorization filter uses it: `pods is forbidden: ...` for a
 * collection, `pods "x" is forbidden: ...` for an object, `forbidden: ...` for a path.
 */
export function forbiddenRequest(resource: string, group: string, name: string, why: string): StatusError {
  const qualified = group ? `${resource}.${group}` : resource;
  const message = !resource ? `forbidden: ${why}` : name ? `${qualified} "${name}" is forbidden: ${why}` : `${qualified} is forbidden: ${why}`;
  return failure(403, 'Forbidden', message, { ...(name ? { name } : {}), ...(group ? { group } : {}), ...(resource ? { kind: resource } : {}) });
}

export function methodNotAllowed(message: string): StatusError {
  return failure(405, 'MethodNotAllowed', message);
}

export function internalError(message: string): StatusError {
  return failure(500, 'InternalError', `Internal error occurred: ${message}`, { causes: [{ reason: '', message }] });
}

/** A Go aggregate error's text: one message alone, several as `[a, b]`, duplicates dropped. */
export function aggregateMessage(messages: string[]): string {
  const unique = [...new Set(messages)];
  return unique.length === 1 ? unique[0]! : `[${unique.join(', ')}]`;
}

/** `NewInvalid`: `Pod "x" is invalid: <aggregate>` with one cause per field error. */
export function invalidObject(kind: string, group: string, name: string, errors: FieldError[]): StatusError {
  const qualifiedKind = group ? `${kind}.${group}` : kind;
  return failure(422, 'Invalid', `${qualifiedKind} "${name}" is invalid: ${aggregateMessage(errors.map(fieldErrorMessage))}`, {
    name,
    ...(group ? { group } : {}),
    kind,
    causes: errors.map((e) => ({ reason: CAUSE_TYPE[e.type], message: errorBody(e), field: e.field })),
  });
}

/** Server-side strict decoding failures (`fieldValidation=Strict`). */
export function strictDecodingError(kind: string, version: string, problems: string[]): StatusError {
  return badRequest(`${kind} in version "${version}" cannot be handled as a ${kind}: strict decoding error: ${problems.join(', ')}`);
}

export function isNotFound(e: unknown): boolean {
  return e instanceof StatusError && e.status.reason === 'NotFound';
}
