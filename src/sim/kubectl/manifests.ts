// Reading `-f` sources the way kubectl's resource builder does: files, directories (their
// .json/.yaml/.yml files), `-` for stdin; each file split into YAML documents, converted to
// JSON, checked for apiVersion and kind, and mapped to a served resource type.
import { parseAllDocuments } from 'yaml';
import type { ResourceType } from '../api/resources.js';
import { typeForKind } from '../api/resources.js';
import type { KubeObject } from '../api/types.js';
import { isFsError, resolvePath, type VirtualFs } from '../shell/vfs.js';

export interface ManifestObject {
  /** The source as kubectl names it in messages (the path given, or `STDIN`). */
  source: string;
  object: KubeObject;
  type: ResourceType;
}

export interface ManifestProblem {
  /** The full error text kubectl prints (without the final newline). */
  message: string;
}

export interface ManifestResult {
  objects: ManifestObject[];
  /** Problems with individual documents (kubectl carries on with the others). */
  problems: ManifestProblem[];
  /** A problem that stops the command before anything is sent (a missing path). */
  fatal?: string;
}

const EXTENSIONS = ['.json', '.yaml', '.yml'];

/** Splits YAML text into documents at `---` lines (yaml.NewYAMLReader). */
export function splitDocuments(text: string): Array<{ text: string; firstLine: number }> {
  const docs: Array<{ text: string; firstLine: number }> = [];
  const lines = text.split('\n');
  let cur: string[] = [];
  let start = 1;
  lines.forEach((line, i) => {
    if (line.startsWith('---')) {
      const rest = line.slice(3).trim();
      if (rest === '' || rest.startsWith('#')) {
        if (cur.length > 0) docs.push({ text: cur.join('\n'), firstLine: start });
        cur = [];
        start = i + 2;
        return;
      }
    }
    cur.push(line);
  });
  if (cur.length > 0) docs.push({ text: cur.join('\n'), firstLine: start });
  return docs;
}

/** go-yaml v2's wording for the YAML syntax errors people make, from the `yaml` package's codes. */
function goYamlMessage(code: string, message: string, lineText: string): string {
  if (code === 'TAB_AS_INDENT' || /tab/i.test(message)) return 'found character that cannot start any token';
  if (code === 'MISSING_CHAR' && /["']/.test(message)) return 'found unexpected end of stream';
  if (code === 'BAD_DQ_ESCAPE') return 'found unknown escape character while parsing a quoted scalar';
  if (code === 'UNEXPECTED_TOKEN' && /^\s*-/.test(lineText)) return "did not find expected key";
  if (/: /.test(lineText) || /:$/.test(lineText.trimEnd())) return 'mapping values are not allowed in this context';
  return "could not find expected ':'";
}

/** YAML (1.1, duplicate keys allowed: the last wins) to JSON values, with go-yaml's error text. */
export function yamlToJson(text: string): { values: unknown[] } | { error: string } {
  const values: unknown[] = [];
  const docs = parseAllDocuments(text, { version: '1.1', uniqueKeys: false, merge: true, prettyErrors: false });
  for (const doc of Array.isArray(docs) ? docs : [docs]) {
    const err = doc.errors[0];
    if (err) {
      const line = err.linePos?.[0].line ?? 1;
      const lineText = text.split('\n')[line - 1] ?? '';
      return { error: `yaml: line ${line}: ${goYamlMessage(err.code, err.message, lineText)}` };
    }
    values.push(doc.toJS({ maxAliasCount: 100 }));
  }
  return { values };
}

function kindCheck(obj: Record<string, unknown>): string | undefined {
  const missing: string[] = [];
  if (typeof obj['apiVersion'] !== 'string' || obj['apiVersion'] === '') missing.push('apiVersion not set');
  if (typeof obj['kind'] !== 'string' || obj['kind'] === '') missing.push('kind not set');
  if (missing.length === 0) return undefined;
  return missing.length === 1 ? missing[0] : `[${missing.join(', ')}]`;
}

/** Turns one document's text into objects (a `List` expands to its items). */
function decodeDocument(source: string, text: string): { objects: ManifestObject[]; problems: ManifestProblem[] } {
  const objects: ManifestObject[] = [];
  const problems: ManifestProblem[] = [];
  let values: unknown[];
  const trimmed = text.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      values = [JSON.parse(trimmed)];
    } catch (e) {
      problems.push({ message: `error: error parsing ${source}: ${(e as Error).message}` });
      return { objects, problems };
    }
  } else {
    const parsed = yamlToJson(text);
    if ('error' in parsed) {
      problems.push({ message: `error: error parsing ${source}: error converting YAML to JSON: ${parsed.error}` });
      return { objects, problems };
    }
    values = parsed.values;
  }
  for (const value of values) {
    if (value === null || value === undefined) continue;
    if (typeof value !== 'object' || Array.isArray(value)) {
      problems.push({ message: `error: unable to decode "${source}": json: cannot unmarshal ${Array.isArray(value) ? 'array' : typeof value === 'string' ? 'string' : 'number'} into Go value of type map[string]interface {}` });
      continue;
    }
    const obj = value as Record<string, unknown>;
    const missing = kindCheck(obj);
    if (missing) {
      problems.push({ message: `error: error validating "${source}": error validating data: ${missing}; if you choose to ignore these errors, turn validation off with --validate=false` });
      continue;
    }
    if (obj['kind'] === 'List' && Array.isArray(obj['items'])) {
      for (const item of obj['items']) {
        const sub = decodeDocument(source, JSON.stringify(item));
        objects.push(...sub.objects);
        problems.push(...sub.problems);
      }
      continue;
    }
    const type = typeForKind(String(obj['kind']), String(obj['apiVersion']));
    const meta = (obj['metadata'] ?? {}) as Record<string, unknown>;
    if (!type) {
      problems.push({
        message: `error: resource mapping not found for name: "${String(meta['name'] ?? '')}" namespace: "${String(meta['namespace'] ?? '')}" from "${source}": no matches for kind "${String(obj['kind'])}" in version "${String(obj['apiVersion'])}"\nensure CRDs are installed first`,
      });
      continue;
    }
    objects.push({ source, object: obj as unknown as KubeObject, type });
  }
  return { objects, problems };
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
export function readManifests(fs: VirtualFs, cwd: string, sources: string[], stdin: string, recursive: boolean): ManifestResult {
  const result: ManifestResult = { objects: [], problems: [] };
  for (const given of sources) {
    if (/^https?:\/\//.test(given)) {
      const host = given.replace(/^https?:\/\/([^/:]+).*$/, '$1');
      result.fatal = `error: unable to read URL "${given}", server reported Get "${given}": dial tcp: lookup ${host}: no such host`;
      return result;
    }
    if (given === '-') {
      const docs = splitDocuments(stdin);
      for (const d of docs) {
        const r = decodeDocument('STDIN', d.text);
        result.objects.push(...r.objects);
        result.problems.push(...r.problems);
      }
      continue;
    }
    const path = resolvePath(cwd, given);
    let files: Array<{ path: string; shown: string }>;
    try {
      if (fs.stat(path).type === 'dir') {
        files = filesIn(fs, path, recursive).map((p) => ({ path: p, shown: given.endsWith('/') ? `${given}${p.slice(path.length + 1)}` : `${given}/${p.slice(path.length + 1)}` }));
      } else files = [{ path, shown: given }];
    } catch (e) {
      if (isFsError(e)) {
        result.fatal = `error: the path "${given}" does not exist`;
        return result;
      }
      throw e;
    }
    for (const f of files) {
      for (const d of splitDocuments(fs.readFile(f.path))) {
        const r = decodeDocument(f.shown, d.text);
        result.objects.push(...r.objects);
        result.problems.push(...r.problems);
      }
    }
  }
  return result;
}
