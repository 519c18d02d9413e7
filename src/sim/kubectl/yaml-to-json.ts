// YAML to JSON values as kubectl's sigs.k8s.io/yaml does it (YAML 1.1, the last duplicate key
// wins). Whether a document parses, and go-yaml's words and line when it does not, come from the
// port of go-yaml v2's scanner and parser (./go-yaml/); the values from the `yaml` package, read as
// YAML 1.1. Where go-yaml accepts what the `yaml` package refuses (it is stricter in places), the
// values are built from go-yaml's own tree.
import { parse, parseAllDocuments } from 'yaml';
import { decodeDocument, type YamlNode } from './go-yaml/decode-document.js';

/** A plain scalar's value, resolved as YAML 1.1 resolves it (null, bool, int, float, else string). */
function resolvePlain(text: string): unknown {
  try {
    const value: unknown = parse(text, { version: '1.1' });
    return value !== null && typeof value === 'object' && !(value instanceof Date) ? text : value;
  } catch {
    return text;
  }
}

function nodeToJs(node: YamlNode, depth = 0): unknown {
  if (depth > 10_000) throw new Error('document contains excessive aliasing');
  switch (node.kind) {
    case 'alias':
      return nodeToJs(node.target, depth + 1);
    case 'scalar':
      if (node.tag === 'tag:yaml.org,2002:str' || (!node.implicit && node.tag === undefined)) return node.value;
      return resolvePlain(node.value);
    case 'sequence':
      return node.items.map((item) => nodeToJs(item, depth + 1));
    case 'mapping': {
      const out: Record<string, unknown> = {};
      for (const [key, value] of node.pairs) out[String(nodeToJs(key, depth + 1) ?? 'null')] = nodeToJs(value, depth + 1);
      return out;
    }
  }
}

/** One YAML document's text to JSON values, or go-yaml's error (`yaml: line 3: ...`). */
export function yamlToJson(text: string): { values: unknown[] } | { error: string } {
  const decoded = decodeDocument(text);
  if ('error' in decoded) return { error: `yaml: ${decoded.error}` };
  const values: unknown[] = [];
  const docs = parseAllDocuments(text, { version: '1.1', uniqueKeys: false, merge: true, prettyErrors: false });
  const list = Array.isArray(docs) ? docs : [docs];
  // go-yaml reads the first document only; the yaml package refusing what go-yaml accepts.
  const first = list[0];
  if (first === undefined) return { values: decoded.root === undefined ? [] : [nodeToJs(decoded.root)] };
  if (first.errors.length > 0) {
    try {
      return { values: decoded.root === undefined ? [] : [nodeToJs(decoded.root)] };
    } catch {
      return { error: 'yaml: document contains excessive aliasing' };
    }
  }
  try {
    values.push(first.toJS({ maxAliasCount: 100 }));
  } catch (e) {
    // An alias bomb (billion laughs): go-yaml stops expanding it with these words (decode.go,
    // CVE-2019-11253); yaml throws its own when the alias count passes the limit.
    const message = (e as Error).message;
    if (/alias/i.test(message)) return { error: 'yaml: document contains excessive aliasing' };
    return { error: `yaml: ${message}` };
  }
  return { values };
}
