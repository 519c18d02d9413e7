// YAML to JSON values as kubectl's sigs.k8s.io/yaml does it (YAML 1.1, the last duplicate key
// wins), and go-yaml's words and line numbers when a document does not parse. go-yaml numbers a
// scanner error by the offending line; a parser error ("did not find expected key") by the
// 0-based line where the enclosing block mapping starts, or, when that is 0, by the 0-based line
// of the offending token: the off-by-one everybody meets in `yaml: line N`.
import { parseAllDocuments } from 'yaml';

interface Issue {
  code: string;
  message: string;
  offset: number;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') line++;
  return line;
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

function where(line: number): string {
  return line > 0 ? `line ${line}: ` : '';
}

/** Where an unterminated quoted scalar starts (the last quote that opens one and never closes). */
function openQuote(text: string): number {
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      while (i < text.length && text[i] !== '\n') i++;
      continue;
    }
    if ((c === '"' || c === "'") && (i === 0 || /[\s:,[{-]/.test(text[i - 1]!))) {
      let j = i + 1;
      for (; j < text.length; j++) {
        if (c === '"' && text[j] === '\\') j++;
        else if (text[j] === c) {
          if (c === "'" && text[j + 1] === "'") j++;
          else break;
        }
      }
      if (j >= text.length) return i;
      i = j + 1;
      continue;
    }
    i++;
  }
  return -1;
}

/** "did not find expected key": the line go-yaml reports from the enclosing block mapping. */
function parserErrorLine(text: string, errLine: number): number {
  const lines = text.split('\n');
  const col = indentOf(lines[errLine - 1] ?? '');
  // The enclosing mapping: the deepest earlier key column at or left of the offending token.
  let mappingIndent = -1;
  for (let l = errLine - 2; l >= 0; l--) {
    const t = lines[l]!;
    if (t.trim() === '' || t.trimStart().startsWith('#')) continue;
    const ind = indentOf(t);
    if (ind <= col && /^\s*[^\s#-][^:]*:(\s|$)/.test(t)) {
      mappingIndent = ind;
      break;
    }
  }
  let start = 1;
  if (mappingIndent >= 0) {
    start = errLine;
    for (let l = errLine - 2; l >= 0; l--) {
      const t = lines[l]!;
      if (t.trim() === '' || t.trimStart().startsWith('#')) continue;
      if (indentOf(t) < mappingIndent) break;
      start = l + 1;
    }
  }
  return start - 1 !== 0 ? start - 1 : errLine - 1;
}

/**
 * Whether the tab that starts line `tabLine` (1-based) comes where go-yaml is still scanning a plain
 * scalar: go-yaml's yaml_parser_scan_plain_scalar (scannerc.go, sigs.k8s.io/yaml/goyaml.v2) reads on across line breaks and
 * fails with "found a tab character that violates indentation" when a tab stands left of the
 * scalar's block (column < parser.indent + 1). After a key with no value, a quoted or flow value,
 * or a comment, the tab is where a token would start instead: "found character that cannot start
 * any token" (yaml_parser_fetch_next_token).
 */
function tabEndsPlainScalar(text: string, tabLine: number): boolean {
  const lines = text.split('\n');
  const tabText = lines[tabLine - 1] ?? '';
  const tabColumn = tabText.length - tabText.replace(/^ */, '').length;
  if (tabText[tabColumn] !== '\t') return false;
  let l = tabLine - 2;
  while (l >= 0 && lines[l]!.trim() === '') l--;
  if (l < 0) return false;
  const previous = lines[l]!;
  if (previous.trimStart().startsWith('#')) return false;
  // The block the scalar belongs to: the column of the key (`key: value`, after any `- `), else of the last `-`.
  const dashes = /^( *)((?:- +)*)/.exec(previous)!;
  const content = previous.slice(dashes[0].length).trimEnd();
  // A comment ends the scalar before the line break (`if parser.buffer[...] == '#' { break }`).
  if (/\s#/.test(content) && !/["']/.test(content)) return false;
  const keyValue = /^(?:[^\s"'#\[{][^:]*|"[^"]*"|'[^']*'):(?:\s+(.*))?$/.exec(content);
  const value = keyValue ? (keyValue[1] ?? '') : content;
  if (value === '' || /^["'[{|>*]/.test(value)) return false;
  const blockColumn = keyValue ? dashes[0].length : dashes[2]!.length > 0 ? dashes[0].trimEnd().length - 1 : -1;
  // A continuation line of a plain scalar (no key, no dash) belongs to the block of an earlier
  // line, at column 0 or more: a tab at column 0 is left of it.
  return blockColumn < 0 ? tabColumn === 0 : tabColumn <= blockColumn;
}

/** go-yaml's error text (without `yaml: ` and its line) for an issue the `yaml` package found. */
function goYamlError(text: string, issue: Issue): string {
  const errLine = lineOf(text, issue.offset);
  const lineText = text.split('\n')[errLine - 1] ?? '';
  if (issue.code === 'TAB_AS_INDENT' || /tab/i.test(issue.message)) {
    return `${where(errLine)}${tabEndsPlainScalar(text, errLine) ? 'found a tab character that violates indentation' : 'found character that cannot start any token'}`;
  }
  if (issue.code === 'MISSING_CHAR' && /quote/i.test(issue.message)) {
    const start = openQuote(text);
    const startLine = start >= 0 ? lineOf(text, start) : errLine;
    const line = startLine > 1 ? startLine : lineOf(text, text.length);
    return `${where(line)}found unexpected end of stream`;
  }
  if (issue.code === 'BAD_DQ_ESCAPE') return `${where(errLine)}found unknown escape character while parsing a quoted scalar`;
  // An unclosed flow collection: go-yaml's parser stops at the next token (often the end of the
  // stream) and, as parser errors do, reports that token's 0-based line.
  // The end of a stream that lacks a final newline is on a line of its own (libyaml forces one).
  const flow = issue.code === 'BAD_INDENT' || issue.code === 'MISSING_CHAR' ? /^Flow (sequence|map)/.exec(issue.message) : null;
  if (flow) {
    const line = errLine - 1 + (issue.offset >= text.length && !text.endsWith('\n') ? 1 : 0);
    return `${where(line)}did not find expected ',' or '${flow[1] === 'map' ? '}' : ']'}'`;
  }
  if (issue.code === 'BAD_INDENT' || /block sequence may not be used/.test(issue.message)) {
    return `${where(parserErrorLine(text, errLine))}did not find expected key`;
  }
  if (issue.code === 'BLOCK_AS_IMPLICIT_KEY' || issue.code === 'MULTILINE_IMPLICIT_KEY') {
    const colon = /:(\s|$)/g;
    colon.lastIndex = issue.offset;
    const m = colon.exec(text);
    return `${where(lineOf(text, m ? m.index : issue.offset))}mapping values are not allowed in this context`;
  }
  if (/: /.test(lineText) || /:$/.test(lineText.trimEnd())) return `${where(errLine)}mapping values are not allowed in this context`;
  return `${where(errLine)}could not find expected ':'`;
}

/** One YAML document's text to JSON values, or go-yaml's error (`yaml: line 3: ...`). */
export function yamlToJson(text: string): { values: unknown[] } | { error: string } {
  const values: unknown[] = [];
  const docs = parseAllDocuments(text, { version: '1.1', uniqueKeys: false, merge: true, prettyErrors: false });
  for (const doc of Array.isArray(docs) ? docs : [docs]) {
    const err = doc.errors[0];
    if (err) return { error: `yaml: ${goYamlError(text, { code: err.code, message: err.message, offset: err.pos[0] })}` };
    try {
      values.push(doc.toJS({ maxAliasCount: 100 }));
    } catch (e) {
      // An alias bomb (billion laughs): go-yaml stops expanding it with these words (decode.go,
      // CVE-2019-11253); yaml throws its own when the alias count passes the limit.
      const message = (e as Error).message;
      if (/alias/i.test(message)) return { error: 'yaml: document contains excessive aliasing' };
      return { error: `yaml: ${message}` };
    }
  }
  return { values };
}
