// One page of a LIST, as the API server reads it from etcd (staging/src/k8s.io/apiserver/pkg/
// storage/etcd3/store.go GetList, storage/continue.go): `?limit=N` reads at most N matching
// objects in key order from the current revision, and a `continue` token carries that revision
// and the key after the last one looked at; the next page reads from there *at that revision*
// (the simulator's change history plays etcd's MVCC: objects changed since are read as they were),
// and a revision the history no longer covers is a 410 Expired with a token to go on
// inconsistently, as after etcd's compaction. remainingItemCount is given when nothing is filtered.
// A list with resourceVersion=0 is served from the watch cache, which ignores the limit.
import { badRequest, qualifiedResource, StatusError, type KubeObject, type ObjectStore, type ResourceType } from '../sim/index.js';
import type { WatchHistory } from './watch-history.js';

export interface ListPage {
  items: KubeObject[];
  resourceVersion: string;
  continue?: string;
  remainingItemCount?: number;
}

interface ContinueToken {
  /** The store key to read from. */
  from: string;
  /** The revision to read at; negative: the current one (an inconsistent continuation). */
  rv: number;
}

const INVALID = 'continue key is not valid';

/** base64.RawURLEncoding of UTF-8 text. */
function encodeToken(start: string, rv: number): string {
  return Buffer.from(JSON.stringify({ v: 'meta.k8s.io/v1', rv, start }), 'utf8').toString('base64url');
}

/** storage.EncodeContinue: the key relative to the list's prefix. */
export function encodeContinue(key: string, prefix: string, rv: number): string {
  return encodeToken(key.slice(prefix.length), rv);
}

/** The error a bad token gets (ValidateListOptions: a 400 "invalid continue token: ..."). */
function invalidToken(why: string): StatusError {
  return badRequest(`invalid continue token: ${why}`);
}

/** The first byte of `text` that is not in base64's URL alphabet (Go's CorruptInputError), if any. */
function corruptAt(text: string): number | undefined {
  for (let i = 0; i < text.length; i++) if (!/[A-Za-z0-9_-]/.test(text[i]!)) return i;
  // RawURLEncoding: a final group of one character cannot hold a byte.
  return text.length % 4 === 1 ? text.length - 1 : undefined;
}

/** storage.DecodeContinue: the store key and revision a token carries. */
export function decodeContinue(token: string, prefix: string): ContinueToken {
  const corrupt = corruptAt(token);
  if (corrupt !== undefined) throw invalidToken(`${INVALID}: illegal base64 data at input byte ${corrupt}`);
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    throw invalidToken(`${INVALID}: invalid character in the decoded token`);
  }
  const c = (decoded ?? {}) as { v?: unknown; rv?: unknown; start?: unknown };
  if (c.v !== 'meta.k8s.io/v1') throw invalidToken(`${INVALID}: server does not recognize this encoded version ${typeof c.v === 'string' ? c.v : ''}`);
  if (typeof c.rv !== 'number' || c.rv === 0) throw invalidToken(`${INVALID}: incorrect encoded start resourceVersion (version meta.k8s.io/v1)`);
  if (typeof c.start !== 'string' || c.start === '') throw invalidToken(`${INVALID}: encoded start key empty (version meta.k8s.io/v1)`);
  // path.Clean must leave the key as it is: no climbing out of the list's prefix.
  const key = c.start.startsWith('/') ? c.start : `/${c.start}`;
  if (key.split('/').some((part, i) => (i > 0 && part === '') || part === '.' || part === '..') && key !== '/') throw invalidToken(`${INVALID}: ${c.start}`);
  return { from: prefix + key.slice(1), rv: c.rv };
}

/** The 410 a continuation from a compacted revision gets, carrying a token to go on at the current one. */
function compacted(from: string, prefix: string): StatusError {
  const status = new StatusError({
    kind: 'Status',
    apiVersion: 'v1',
    metadata: { continue: encodeContinue(from, prefix, -1) },
    status: 'Failure',
    message:
      'The provided continue parameter is too old to display a consistent list result. You can start a new list without the continue parameter, or use the continue token in this response to retrieve the remainder of the results. Continuing with the provided token results in an inconsistent list - objects that were created, modified, or deleted between the time the first chunk was returned and now may show up in the list.',
    reason: 'Expired',
    details: {},
    code: 410,
  } as ConstructorParameters<typeof StatusError>[0]);
  return status;
}

/** The objects of a key range as they were at a past revision: the current ones, with those changed since put back. */
function* rangeAt(store: ObjectStore, resource: string, prefix: string, from: string, changed: Map<string, KubeObject | undefined> | undefined): Generator<[string, KubeObject]> {
  const { keys, start, end } = store.keyRange(resource, prefix, from);
  const before = changed ? [...changed.entries()].filter(([k, o]) => o !== undefined && k.startsWith(prefix) && k >= from).sort((a, b) => (a[0] < b[0] ? -1 : 1)) : [];
  let j = 0;
  for (let i = start; i < end; i++) {
    const key = keys[i]!;
    while (j < before.length && before[j]![0] < key) yield before[j++] as [string, KubeObject];
    if (changed?.has(key)) continue;
    yield [key, store.viewKey(resource, key)!];
  }
  while (j < before.length) yield before[j++] as [string, KubeObject];
}

/** How many objects the key range held at the revision `changed` describes (the range's size, corrected by the changes). */
function countAt(store: ObjectStore, resource: string, prefix: string, from: string, changed: Map<string, KubeObject | undefined> | undefined): number {
  const { start, end } = store.keyRange(resource, prefix, from);
  let count = end - start;
  for (const [key, then] of changed ?? []) {
    if (!key.startsWith(prefix) || key < from) continue;
    count += (then !== undefined ? 1 : 0) - (store.viewKey(resource, key) !== undefined ? 1 : 0);
  }
  return count;
}

export interface PageRequest {
  type: ResourceType;
  /** The namespace of the URL (undefined: all namespaces, or a cluster-scoped type). */
  namespace: string | undefined;
  query: URLSearchParams;
  /** The label and field selectors as one predicate. */
  select: (o: KubeObject) => boolean;
}

/** A LIST page of a type whose objects the store holds as they are served (no conversion). */
export function listPage(store: ObjectStore, history: WatchHistory, req: PageRequest): ListPage {
  const resource = qualifiedResource(req.type);
  const prefix = req.type.namespaced && req.namespace !== undefined ? `${req.namespace}/` : '';
  const rvParam = req.query.get('resourceVersion') ?? '';
  const token = req.query.get('continue') ?? '';
  const filtered = Boolean(req.query.get('labelSelector') || req.query.get('fieldSelector'));
  const current = Number(store.revision());
  let limit = Number(req.query.get('limit') ?? 0);
  if (!Number.isInteger(limit) || limit < 0) limit = 0;
  let from = prefix;
  let rv = current;
  let changed: Map<string, KubeObject | undefined> | undefined;
  if (token) {
    if (rvParam !== '' && rvParam !== '0') throw badRequest('specifying resource version is not allowed when using continue');
    const decoded = decodeContinue(token, prefix);
    from = decoded.from;
    if (decoded.rv > 0 && decoded.rv < current) {
      changed = history.stateAt(resource, decoded.rv);
      if (!changed) throw compacted(from, prefix);
      rv = decoded.rv;
    }
  } else if (rvParam === '0') {
    // Served from the watch cache, which does not page.
    limit = 0;
  }
  const items: KubeObject[] = [];
  let lastKey: string | undefined;
  let hasMore = false;
  for (const [key, obj] of rangeAt(store, resource, prefix, from, changed)) {
    if (limit > 0 && items.length >= limit) {
      hasMore = true;
      break;
    }
    lastKey = key;
    if (req.select(obj)) items.push(obj);
  }
  const page: ListPage = { items, resourceVersion: String(rv) };
  if (!hasMore || lastKey === undefined) return page;
  // The next page starts just after the last key looked at.
  const next = `${lastKey}\u0000`;
  page.continue = encodeContinue(next, prefix, rv);
  if (!filtered) {
    page.remainingItemCount = countAt(store, resource, prefix, next, changed);
  }
  return page;
}
