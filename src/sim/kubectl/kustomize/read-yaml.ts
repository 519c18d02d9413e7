// How kustomize reads resources and patches: kyaml, over go-yaml v3, not sigs.k8s.io/yaml over
// go-yaml v2 as the rest of kubectl does. A plain scalar resolves by v3's rules (resolve.go): `yes`,
// `on`, `y` and `NO` stay strings, `0o17` is an integer, a date is a timestamp (printed as RFC
// 3339). kyaml also keeps the values of metadata.annotations as the text written, whatever it
// looks like (`a: 1.0` stays "1.0"); labels get no such care (`v: 1.10` is the number 1.1).
import { isMap, isScalar, isSeq, parseAllDocuments, type Document, type Node } from 'yaml';
import { yamlToJson } from '../yaml-to-json.js';

const NULLS = new Set(['', '~', 'null', 'Null', 'NULL']);
const TRUES = new Set(['true', 'True', 'TRUE']);
const FALSES = new Set(['false', 'False', 'FALSE']);
const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;

/** strconv.ParseInt(s, 0, 64): a sign, then 0x, 0o, 0b or a leading 0 (octal), or decimal. */
function parseGoInt(s: string): number | undefined {
  const m = /^([-+]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(s);
  if (!m) return undefined;
  const body = m[2] as string;
  let n: number;
  if (/^0[xX]/.test(body)) n = parseInt(body.slice(2), 16);
  else if (/^0[oO]/.test(body)) n = parseInt(body.slice(2), 8);
  else if (/^0[bB]/.test(body)) n = parseInt(body.slice(2), 2);
  else if (body.startsWith('0') && body.length > 1) n = parseInt(body.slice(1), 8);
  else n = parseInt(body, 10);
  return m[1] === '-' ? -n : n;
}

/** go-yaml v3's resolve for a plain scalar. */
export function resolvePlainV3(s: string): unknown {
  if (NULLS.has(s)) return null;
  if (TRUES.has(s)) return true;
  if (FALSES.has(s)) return false;
  if (['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF'].includes(s)) return Infinity;
  if (['-.inf', '-.Inf', '-.INF'].includes(s)) return -Infinity;
  if (['.nan', '.NaN', '.NAN'].includes(s)) return NaN;
  if (!/^[-+.0-9]/.test(s)) return s;
  const date = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (date) return `${date[1]}-${(date[2] as string).padStart(2, '0')}-${(date[3] as string).padStart(2, '0')}T00:00:00Z`;
  const plain = s.replace(/_/g, '');
  const int = parseGoInt(plain);
  if (int !== undefined) return int;
  if (YAML_STYLE_FLOAT.test(plain)) return Number(plain);
  return s;
}

function toJson(node: Node | null | undefined, doc: Document, path: readonly string[]): unknown {
  if (node === null || node === undefined) return null;
  if (isMap(node)) {
    const out: Record<string, unknown> = {};
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      out[key] = toJson(pair.value as Node | null, doc, [...path, key]);
    }
    return out;
  }
  if (isSeq(node)) return node.items.map((item) => toJson(item as Node, doc, [...path, '[]']));
  if (isScalar(node)) {
    const source = typeof node.source === 'string' ? node.source : String(node.value);
    const annotation = path.length === 3 && path[0] === 'metadata' && path[1] === 'annotations';
    if (annotation) return node.type === 'PLAIN' ? source : node.value === null ? '' : String(node.value);
    if (node.type === 'PLAIN') return resolvePlainV3(source);
    return node.value;
  }
  return node.toJS(doc, { maxAliasCount: 100 });
}

/** The documents of a resource or patch file as kustomize reads them; go-yaml's errors as kubectl's. */
export function kyamlToJson(text: string): { values: unknown[] } | { error: string } {
  const docs = parseAllDocuments(text, { version: '1.1', uniqueKeys: false, merge: true, prettyErrors: false, keepSourceTokens: false });
  const list = Array.isArray(docs) ? docs : [docs];
  // Each document checked on its own, as kustomize's reader splits the stream before decoding.
  for (const d of list.length > 0 ? list : []) {
    const checked = yamlToJson(text.slice(d.range[0], d.range[2]));
    if ('error' in checked) return checked;
  }
  return { values: list.map((d) => toJson(d.contents as Node | null, d, [])) };
}
