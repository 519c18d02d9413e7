// `?watch=true`: a chunked stream of `{"type":...,"object":...}` lines. Headers go out at once
// (kubectl's wait and delete hang otherwise). With no resourceVersion (or "0") the current objects
// come first as ADDED; with a list's resourceVersion only the changes after it, replayed from the
// history. Selector transitions turn into ADDED and DELETED, as the real watch cache sends them.
import { clampTimerMs } from '../clamp-timer.js';
import { ApiServer, badRequest, type KubeObject } from '../sim/index.js';
import type { Representation } from './content-negotiation.js';
import { objectMatcher } from './object-matcher.js';
import { includeObjectOf, tableOf } from './represent.js';
import type { ResourceTarget } from './resource-path.js';
import type { ApiRequest, ServerContext } from './server-context.js';
import type { HistoryEntry } from './watch-history.js';

type EventType = 'ADDED' | 'MODIFIED' | 'DELETED';

/** What a change means to a watcher with this filter (the watch cache's rule), or undefined to skip it. */
function eventFor(entry: HistoryEntry, matches: (o: KubeObject) => boolean): EventType | undefined {
  if (entry.type === 'DELETED') return matches(entry.previous ?? entry.object) ? 'DELETED' : undefined;
  const now = matches(entry.object);
  const before = entry.previous !== undefined && matches(entry.previous);
  if (now) return before ? 'MODIFIED' : 'ADDED';
  return before ? 'DELETED' : undefined;
}

function expired(rv: number, floor: number): Record<string, unknown> {
  return {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message: `too old resource version: ${rv} (${floor})`,
    reason: 'Expired',
    code: 410,
  };
}

/** Serves a watch on `target` (a collection, or one object by name). */
export function serveWatch(ctx: ServerContext, req: ApiRequest, target: ResourceTarget, rep: Representation): void {
  const { type } = target;
  const select = objectMatcher(type, req.query, target.name);
  const inScope = (o: KubeObject) => !type.namespaced || target.namespace === undefined || o.metadata.namespace === target.namespace;
  const matches = (o: KubeObject) => inScope(o) && select(o);
  const rvParam = req.query.get('resourceVersion') ?? '';
  const fromRv = rvParam === '' || rvParam === '0' ? undefined : Number(rvParam);
  if (fromRv !== undefined && !Number.isInteger(fromRv)) throw badRequest(`resourceVersion: Invalid value: "${rvParam}": must be a non-negative integer`);
  const resource = ApiServer.key(type);
  const res = req.res;
  res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-cache, private', 'Transfer-Encoding': 'chunked' });
  res.flushHeaders();

  let headersSent = false;
  const send = (eventType: EventType | 'ERROR', object: unknown) => {
    if (res.writableEnded) return;
    let payload = object;
    if (rep.kind === 'table' && eventType !== 'ERROR') {
      const obj = object as KubeObject;
      payload = tableOf(type, [obj], { now: ctx.clock.now(), version: rep.version, includeObject: includeObjectOf(req.query), resourceVersion: obj.metadata.resourceVersion ?? '', noHeaders: headersSent });
      headersSent = true;
    }
    res.write(`${JSON.stringify({ type: eventType, object: payload })}\n`);
  };

  let unsubscribe = () => {};
  let timer: NodeJS.Timeout | undefined;
  const close = () => {
    unsubscribe();
    if (timer) clearTimeout(timer);
    ctx.streams.delete(close);
    if (!res.writableEnded) res.end();
  };
  ctx.streams.add(close);
  req.raw.on('close', close);
  res.on('close', close);

  if (fromRv === undefined) {
    const list = ctx.cluster.api.list(type, type.namespaced ? target.namespace : undefined);
    for (const obj of list.items) if (select(obj)) send('ADDED', obj);
  } else {
    const missed = ctx.history.since(resource, fromRv);
    if (missed === undefined) {
      send('ERROR', expired(fromRv, ctx.history.floor));
      close();
      return;
    }
    for (const entry of missed) {
      const eventType = eventFor(entry, matches);
      if (eventType) send(eventType, entry.object);
    }
  }
  unsubscribe = ctx.history.subscribe((entry) => {
    if (entry.resource !== resource) return;
    const eventType = eventFor(entry, matches);
    if (eventType) send(eventType, entry.object);
  });
  const timeout = Number(req.query.get('timeoutSeconds') ?? '');
  if (Number.isFinite(timeout) && timeout > 0) timer = setTimeout(close, clampTimerMs(timeout * 1000));
}
