// Reading `-f` sources the way kubectl's resource builder does: files, directories (their
// .json/.yaml/.yml files), `-` for stdin; each file split into YAML documents, converted to
// JSON, checked for apiVersion and kind, and mapped to a served resource type. A document that
// fails stops the rest of its file (the builder's StreamVisitor returns), not the other files.
import type { ResourceType } from '../api/resources.js';
import { typeForKind } from '../api/resources.js';
import { unmodelledKind, unmodelledKindMessage } from '../api/unmodelled-kinds.js';
import type { KubeObject } from '../api/types.js';
import { isFsError, resolvePath, type VirtualFs } from '../core/vfs/vfs.js';
import { marshalGoJson } from '../printers/go-json.js';
import { yamlToJson } from './yaml-to-json.js';

export { yamlToJson };

export interface ManifestObject {
  /** The source as kubectl names it in messages (the path given, or `STDIN`). */
  source: string;
  object: KubeObject;
  type: ResourceType;
}

/** One step of the builder's visit, in order: an object, or the error that ended its file. */
export type ManifestEntry = { object: ManifestObject } | { problem: string; source: string };

export interface ManifestResult {
  /** Objects and problems in the order kubectl meets them. */
  entries: ManifestEntry[];
  objects: ManifestObject[];
  /** Problems (Go error texts, without `error: `), in order. */
  problems: string[];
  /** Errors that stop the command before anything is read (a missing path), one per source. */
  fatal?: string[];
}

export interface ReadOptions {
  recursive?: boolean;
  /** `--validate=false|ignore`: no client-side apiVersion/kind check, the decoder's words instead. */
  validate?: boolean;
  /**
   * The text a URL serves, for `-f URL`: the lesson's `urls:` front matter maps a URL to a file
   * of the workspace (undefined: the URL is not mapped, and its host does not resolve).
   */
  fetchUrl?: (url: string) => { text: string } | { missing: true } | undefined;
}

const EXTENSIONS = ['.json', '.yaml', '.yml'];

/** Splits YAML text into documents at `---` lines (yaml.NewYAMLReader); each keeps its newlines. */
export function splitDocuments(text: string): Array<{ text: string; firstLine: number }> {
  const docs: Array<{ text: string; firstLine: number }> = [];
  const lines = text.split('\n');
  const last = lines.length - 1;
  let cur: string[] = [];
  let start = 1;
  lines.forEach((line, i) => {
    const full = i < last ? `${line}\n` : line;
    if (line.startsWith('---')) {
      const rest = line.slice(3).trim();
      if (rest === '' || rest.startsWith('#')) {
        if (cur.length > 0) docs.push({ text: cur.join(''), firstLine: start });
        cur = [];
        start = i + 2;
        return;
      }
    }
    if (full !== '') cur.push(full);
  });
  if (cur.length > 0) docs.push({ text: cur.join(''), firstLine: start });
  return docs;
}

function kindCheck(obj: Record<string, unknown>): string | undefined {
  const missing: string[] = [];
  if (typeof obj['apiVersion'] !== 'string' || obj['apiVersion'] === '') missing.push('apiVersion not set');
  if (typeof obj['kind'] !== 'string' || obj['kind'] === '') missing.push('kind not set');
  if (missing.length === 0) return undefined;
  return missing.length === 1 ? missing[0] : `[${missing.join(', ')}]`;
}

/** The decoder's complaint when validation is off: `Object 'Kind' is missing in '{...}'`. */
function decodeCheck(obj: Record<string, unknown>): string | undefined {
  if (typeof obj['kind'] !== 'string' || obj['kind'] === '') return `Object 'Kind' is missing in '${marshalGoJson(obj)}'`;
  if (typeof obj['apiVersion'] !== 'string' || obj['apiVersion'] === '') return `Object 'apiVersion' is missing in '${marshalGoJson(obj)}'`;
  return undefined;
}

/** One document's objects (a `List` expands to its items); a problem ends the document's file. */
function decodeDocument(source: string, text: string, validate: boolean, out: ManifestEntry[], json = false): boolean {
  let values: unknown[];
  const trimmed = text.trim();
  if (json) {
    try {
      values = [JSON.parse(trimmed)];
    } catch (e) {
      out.push({ source, problem: `error parsing ${source}: ${(e as Error).message}` });
      return false;
    }
  } else {
    const parsed = yamlToJson(text);
    if ('error' in parsed) {
      out.push({ source, problem: `error parsing ${source}: error converting YAML to JSON: ${parsed.error}` });
      return false;
    }
    values = parsed.values;
  }
  for (const value of values) {
    if (value === null || value === undefined) continue;
    if (typeof value !== 'object' || Array.isArray(value)) {
      out.push({ source, problem: `unable to decode "${source}": json: cannot unmarshal ${Array.isArray(value) ? 'array' : typeof value === 'string' ? 'string' : 'number'} into Go value of type map[string]interface {}` });
      return false;
    }
    const obj = value as Record<string, unknown>;
    if (validate) {
      const missing = kindCheck(obj);
      if (missing) {
        out.push({ source, problem: `error validating "${source}": error validating data: ${missing}; if you choose to ignore these errors, turn validation off with --validate=false` });
        return false;
      }
    } else {
      const missing = decodeCheck(obj);
      if (missing) {
        out.push({ source, problem: `unable to decode "${source}": ${missing}` });
        return false;
      }
    }
    if (obj['kind'] === 'List' && Array.isArray(obj['items'])) {
      for (const item of obj['items']) if (!decodeDocument(source, JSON.stringify(item), validate, out, true)) return false;
      continue;
    }
    const type = typeForKind(String(obj['kind']), String(obj['apiVersion']));
    const meta = (obj['metadata'] ?? {}) as Record<string, unknown>;
    const unmodelled = type ? undefined : unmodelledKind(obj['kind'], obj['apiVersion']);
    if (unmodelled) {
      out.push({ source, problem: unmodelledKindMessage(unmodelled) });
      return false;
    }
    if (!type) {
      out.push({
        source,
        problem: `resource mapping not found for name: "${String(meta['name'] ?? '')}" namespace: "${String(meta['namespace'] ?? '')}" from "${source}": no matches for kind "${String(obj['kind'])}" in version "${String(obj['apiVersion'])}"\nensure CRDs are installed first`,
      });
      return false;
    }
    out.push({ object: { source, object: obj as unknown as KubeObject, type } });
  }
  return true;
}

/**
 * kubectl's YAMLOrJSONDecoder sniffs the start of the stream: a file that begins with `{` is JSON;
 * anything else is YAML split at `---` lines, whose documents may well be in flow style.
 */
export function decodeFile(source: string, text: string, validate: boolean, out: ManifestEntry[]): void {
  if (/^\s*\{/.test(text)) {
    decodeDocument(source, text, validate, out, true);
    return;
  }
  for (const d of splitDocuments(text)) if (!decodeDocument(source, d.text, validate, out)) return;
}

function filesIn(fs: VirtualFs, dir: string, recursive: boolean): string[] {
  const out: string[] = [];
  for (const name of fs.readdir(dir)) {
    const path = dir === '/' ? `/${name}` : `${dir}/${name}`;
    if (fs.stat(path).type === 'dir') {
      if (recursive) out.push(...filesIn(fs, path, recursive));
    } else if (EXTENSIONS.some((e) => name.endsWith(e))) out.push(path);
  }
  return out;
}

/** Reads every `-f` source in order. */
export function readManifests(fs: VirtualFs, cwd: string, sources: string[], stdin: string, options: ReadOptions = {}): ManifestResult {
  const entries: ManifestEntry[] = [];
  const fatal: string[] = [];
  const files: Array<{ path: string; shown: string } | { stdin: true } | { url: string; text: string }> = [];
  for (const given of sources) {
    const fetched = /^https?:\/\//.test(given) ? options.fetchUrl?.(given) : undefined;
    if (fetched && 'text' in fetched) {
      files.push({ url: given, text: fetched.text });
      continue;
    }
    if (fetched) {
      // resource.readHttpWithRetries: a status other than 200 OK.
      fatal.push(`unable to read URL "${given}", server reported 404 Not Found, status code=404`);
      continue;
    }
    if (/^https?:\/\//.test(given)) {
      const host = given.replace(/^https?:\/\/([^/:]+).*$/, '$1');
      fatal.push(`unable to read URL "${given}", server reported Get "${given}": dial tcp: lookup ${host}: no such host`);
      continue;
    }
    if (given === '-') {
      files.push({ stdin: true });
      continue;
    }
    const path = resolvePath(cwd, given);
    try {
      if (fs.stat(path).type === 'dir') {
        for (const p of filesIn(fs, path, options.recursive ?? false)) {
          files.push({ path: p, shown: given.endsWith('/') ? `${given}${p.slice(path.length + 1)}` : `${given}/${p.slice(path.length + 1)}` });
        }
      } else files.push({ path, shown: given });
    } catch (e) {
      if (!isFsError(e)) throw e;
      fatal.push(`the path "${given}" does not exist`);
    }
  }
  if (fatal.length > 0) return { entries, objects: [], problems: [], fatal };
  const validate = options.validate ?? true;
  for (const f of files) {
    if ('stdin' in f) decodeFile('STDIN', stdin, validate, entries);
    else if ('url' in f) decodeFile(f.url, f.text, validate, entries);
    else decodeFile(f.shown, fs.readFile(f.path), validate, entries);
  }
  return {
    entries,
    objects: entries.flatMap((e) => ('object' in e ? [e.object] : [])),
    problems: entries.flatMap((e) => ('problem' in e ? [e.problem] : [])),
  };
}
