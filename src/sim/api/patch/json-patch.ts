// JSON patch (RFC 6902, `application/json-patch+json`): a list of add, remove, replace, move,
// copy and test operations on JSON pointers. Failures carry the wording of the Go library the API
// server uses (evanphx/json-patch), which kubectl prints after `Error from server`.

type Json = unknown;

export class PatchError extends Error {
  override readonly name = 'PatchError';
}

interface Operation {
  op: string;
  path: string;
  from?: string;
  value?: Json;
}

function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new PatchError(`invalid JSON pointer: "${pointer}"`);
  return pointer
    .slice(1)
    .split('/')
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function isContainer(v: Json): v is Record<string, Json> | Json[] {
  return v !== null && typeof v === 'object';
}

/** The parent container of a pointer (the document is a private deep copy, so it may be changed). */
function parentOf(doc: Json, parts: string[], op: string, pointer: string): { parent: Record<string, Json> | Json[]; key: string } {
  let cur: Json = doc;
  for (const part of parts.slice(0, -1)) {
    if (Array.isArray(cur)) cur = cur[Number(part)];
    else if (isContainer(cur)) cur = (cur as Record<string, Json>)[part];
    else cur = undefined;
    if (!isContainer(cur)) throw new PatchError(`${op} operation does not apply: doc is missing path: "${pointer}": missing value`);
  }
  if (!isContainer(cur)) throw new PatchError(`${op} operation does not apply: doc is missing path: "${pointer}": missing value`);
  return { parent: cur, key: parts[parts.length - 1]! };
}

function indexOf(arr: Json[], key: string, op: string, forInsert: boolean): number {
  if (forInsert && key === '-') return arr.length;
  const i = Number(key);
  if (!/^\d+$/.test(key) || i > arr.length || (!forInsert && i >= arr.length)) throw new PatchError(`${op} operation does not apply: index out of bounds: ${key}`);
  return i;
}

function get(doc: Json, pointer: string, op: string): Json {
  let cur: Json = doc;
  for (const part of parsePointer(pointer)) {
    if (Array.isArray(cur)) cur = cur[Number(part)];
    else if (isContainer(cur) && Object.prototype.hasOwnProperty.call(cur, part)) cur = (cur as Record<string, Json>)[part];
    else cur = undefined;
    if (cur === undefined) throw new PatchError(`${op} operation does not apply: doc is missing path: "${pointer}": missing value`);
  }
  return cur;
}

function remove(doc: Json, pointer: string, op: string): Json {
  const { parent, key } = parentOf(doc, parsePointer(pointer), op, pointer);
  if (Array.isArray(parent)) return parent.splice(indexOf(parent, key, op, false), 1)[0];
  if (!Object.prototype.hasOwnProperty.call(parent, key)) throw new PatchError(`${op} operation does not apply: doc is missing key: ${pointer}: missing value`);
  const old = parent[key];
  delete parent[key];
  return old;
}

function add(doc: Json, pointer: string, value: Json, op: string): Json {
  const parts = parsePointer(pointer);
  if (parts.length === 0) return value;
  const { parent, key } = parentOf(doc, parts, op, pointer);
  if (Array.isArray(parent)) parent.splice(indexOf(parent, key, op, true), 0, value);
  else parent[key] = value;
  return doc;
}

/** Applies the operations in order to a copy of `doc`; throws PatchError when one does not apply. */
export function applyJsonPatch(doc: Json, operations: Json): Json {
  if (!Array.isArray(operations)) throw new PatchError('json: cannot unmarshal object into Go value of type jsonpatch.Patch');
  let out = structuredClone(doc);
  for (const raw of operations as Operation[]) {
    const op = raw?.op;
    const path = raw?.path ?? '';
    switch (op) {
      case 'add':
        out = add(out, path, structuredClone(raw.value), op);
        break;
      case 'remove':
        remove(out, path, op);
        break;
      case 'replace':
        get(out, path, op);
        remove(out, path, op);
        out = add(out, path, structuredClone(raw.value), op);
        break;
      case 'move': {
        const value = remove(out, raw.from ?? '', op);
        out = add(out, path, value, op);
        break;
      }
      case 'copy':
        out = add(out, path, structuredClone(get(out, raw.from ?? '', op)), op);
        break;
      case 'test':
        if (JSON.stringify(get(out, path, op)) !== JSON.stringify(raw.value)) throw new PatchError(`testing value ${path} failed: test failed`);
        break;
      default:
        throw new PatchError(`Unexpected kind: ${String(op)}`);
    }
  }
  return out;
}
