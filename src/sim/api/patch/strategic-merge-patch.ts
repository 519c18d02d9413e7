// Strategic merge patch (`application/strategic-merge-patch+json`), what kubectl apply, set image
// and patch send for built-in kinds: like a merge patch, but lists of named things (containers,
// volumes, env, ports...) merge item by item on their key, and the patch may carry directives:
// `$patch: replace|delete|merge`, `$retainKeys`, `$setElementOrder/<list>` and
// `$deleteFromPrimitiveList/<list>`.
import { PatchError } from './json-patch.js';
import { listStrategy } from './patch-strategies.js';

type Json = unknown;
type Obj = Record<string, Json>;

const SET_ORDER = '$setElementOrder/';
const DELETE_PRIMITIVES = '$deleteFromPrimitiveList/';

function isObject(v: Json): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** A patch value with its directives applied to nothing: what the field becomes when it was absent. */
function fresh(patch: Json, path: string[], kind: string): Json {
  if (isObject(patch)) return mergeMap({}, patch, path, kind);
  if (Array.isArray(patch)) return mergeList([], patch, path, kind, undefined);
  return patch;
}

function mergeMap(original: Obj, patch: Obj, path: string[], kind: string): Obj | undefined {
  const directive = patch['$patch'];
  if (directive === 'delete') return undefined;
  if (directive === 'replace') {
    const { $patch: _p, ...rest } = patch;
    return fresh(rest, path, kind) as Obj;
  }
  if (directive !== undefined && directive !== 'merge') throw new PatchError(`Unknown patch type: ${String(directive)} in map: ${JSON.stringify(patch)}`);
  const out: Obj = { ...original };
  const retain = patch['$retainKeys'];
  if (retain !== undefined) {
    if (!Array.isArray(retain)) throw new PatchError('invalid patch: $retainKeys must be a list');
    for (const key of Object.keys(out)) if (!retain.includes(key)) delete out[key];
  }
  for (const [key, value] of Object.entries(patch)) {
    if (key === '$patch' || key === '$retainKeys' || key.startsWith(SET_ORDER)) continue;
    if (key.startsWith(DELETE_PRIMITIVES)) {
      const field = key.slice(DELETE_PRIMITIVES.length);
      const drop = Array.isArray(value) ? value : [];
      if (Array.isArray(out[field])) out[field] = (out[field] as Json[]).filter((v) => !drop.includes(v));
      continue;
    }
    const childPath = [...path, key];
    if (value === null) {
      delete out[key];
      continue;
    }
    const order = patch[`${SET_ORDER}${key}`];
    const current = out[key];
    let merged: Json;
    if (isObject(value)) merged = mergeMap(isObject(current) ? current : {}, value, childPath, kind);
    else if (Array.isArray(value)) merged = mergeList(Array.isArray(current) ? current : [], value, childPath, kind, Array.isArray(order) ? order : undefined);
    else merged = value;
    if (merged === undefined) delete out[key];
    else out[key] = merged;
  }
  // An order for a list the patch does not otherwise touch still reorders it.
  for (const [key, order] of Object.entries(patch)) {
    if (!key.startsWith(SET_ORDER) || !Array.isArray(order)) continue;
    const field = key.slice(SET_ORDER.length);
    if (field in patch || !Array.isArray(out[field])) continue;
    out[field] = mergeList(out[field] as Json[], [], [...path, field], kind, order);
  }
  return out;
}

function sortByOrder(items: Json[], order: Json[], identity: (v: Json) => string): Json[] {
  const rank = new Map(order.map((o, i) => [identity(o), i]));
  const listed = items.filter((i) => rank.has(identity(i))).sort((a, b) => rank.get(identity(a))! - rank.get(identity(b))!);
  const others = items.filter((i) => !rank.has(identity(i)));
  return [...listed, ...others];
}

function mergeList(original: Json[], patch: Json[], path: string[], kind: string, order: Json[] | undefined): Json[] {
  const strategy = listStrategy(kind, path);
  if (strategy.kind === 'replace') {
    return patch.map((item) => fresh(item, path, kind));
  }
  if (strategy.kind === 'merge-primitives') {
    const out = [...original];
    for (const v of patch) if (!out.includes(v)) out.push(v);
    return order ? sortByOrder(out, order, (v) => JSON.stringify(v)) : out;
  }
  const key = strategy.key;
  const id = (v: Json) => (isObject(v) ? JSON.stringify(v[key] ?? null) : JSON.stringify(v));
  if (patch.some((p) => isObject(p) && p['$patch'] === 'replace')) {
    return patch.filter((p) => !(isObject(p) && p['$patch'] === 'replace')).map((item) => fresh(item, path, kind));
  }
  let out = [...original];
  for (const item of patch) {
    if (!isObject(item)) throw new PatchError(`invalid patch: the list ${path.join('.')} merges by "${key}" but an item is not an object`);
    const at = out.findIndex((o) => id(o) === id(item));
    if (item['$patch'] === 'delete') {
      if (at >= 0) out = out.filter((o) => id(o) !== id(item));
      continue;
    }
    if (at >= 0) {
      const merged = mergeMap(isObject(out[at]) ? (out[at] as Obj) : {}, item, path, kind);
      if (merged === undefined) out.splice(at, 1);
      else out[at] = merged;
    } else {
      out.push(fresh(item, path, kind));
    }
  }
  return order ? sortByOrder(out, order, id) : out;
}

/** Applies a strategic merge patch for an object of `kind`; throws PatchError for a malformed patch. */
export function applyStrategicMergePatch(original: Obj, patch: Json, kind: string): Obj {
  if (!isObject(patch)) throw new PatchError('json: cannot unmarshal array into Go value of type map[string]interface {}');
  return mergeMap(original, patch, [], kind) ?? {};
}
