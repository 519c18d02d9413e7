// go-cmp's text tree (github.com/google/go-cmp cmp/report_text.go, v0.6): lines, wraps and lists of
// records, collapsed onto one line where they fit (formatCompactTo) and otherwise printed one
// record per line with aligned keys (formatExpandedTo). Every line starts with a 2-character
// marker and one TAB per nesting level.
import { DiffStats } from './diff-stats.js';
import { utf8ByteLength } from '../../../core/text/utf8.js';

/** diffMode: unknown, identical (' '), removed ('-'), inserted ('+'); combined with `|` as Go does. */
export const DIFF_UNKNOWN = 0;
export const DIFF_IDENTICAL = 0x20;
export const DIFF_REMOVED = 0x2d;
export const DIFF_INSERTED = 0x2b;

const MAX_COLUMN_LENGTH = 80;

/** A single line of text. */
export class TextLine {
  constructor(readonly text: string) {}
}

/** A node between a prefix and a suffix: `core.PodSpec` + `{...}`, `&` + value. */
export class TextWrap {
  constructor(
    readonly prefix: string,
    public value: TextNode,
    readonly suffix: string,
  ) {}
}

export interface TextRecord {
  diff: number;
  key: string;
  value: TextNode;
  elideComma?: boolean;
  comment?: DiffStats | string;
}

/** Comma-separated records: on one line if they fit, else one per line. */
export class TextList {
  constructor(readonly records: TextRecord[] = []) {}
}

export type TextNode = TextLine | TextWrap | TextList;

export const TEXT_NIL = new TextLine('nil');
export const TEXT_ELLIPSIS = new TextLine('...');

/** Go's len() of a string: UTF-8 bytes. */
export const byteLength = (s: string): number => utf8ByteLength(s);
const runeCount = (s: string): number => [...s].length;

/** The length in bytes of the node's single-line form. */
export function textLen(n: TextNode): number {
  if (n instanceof TextLine) return byteLength(n.text);
  if (n instanceof TextWrap) return byteLength(n.prefix) + textLen(n.value) + byteLength(n.suffix);
  return n.records.reduce((sum, r, i) => {
    const key = r.key === '' ? 0 : byteLength(r.key) + 2;
    return sum + key + textLen(r.value) + (i < n.records.length - 1 ? 2 : 0);
  }, 0);
}

function commentEqual(a: DiffStats | string | undefined, b: DiffStats | string | undefined): boolean {
  if (a instanceof DiffStats && b instanceof DiffStats) return a.equals(b);
  return a === b;
}

/** Structural equality, comparing diff markers and comments too. */
export function textEqual(a: TextNode, b: TextNode): boolean {
  if (a instanceof TextLine) return b instanceof TextLine && a.text === b.text;
  if (a instanceof TextWrap) {
    return b instanceof TextWrap && a.prefix === b.prefix && a.suffix === b.suffix && textEqual(a.value, b.value);
  }
  if (!(b instanceof TextList) || a.records.length !== b.records.length) return false;
  return a.records.every((r, i) => {
    const o = b.records[i]!;
    return r.diff === o.diff && r.key === o.key && textEqual(r.value, o.value) && commentEqual(r.comment, o.comment);
  });
}

/** AppendEllipsis: adds `...` unless the list already ends with one, merging the statistics. */
export function appendEllipsis(list: TextList, ds: DiffStats): void {
  const last = list.records[list.records.length - 1];
  if (!last || !textEqual(last.value, TEXT_ELLIPSIS)) {
    list.records.push({ diff: DIFF_UNKNOWN, key: '', value: TEXT_ELLIPSIS, elideComma: true, ...(ds.isZero() ? {} : { comment: ds }) });
    return;
  }
  if (!ds.isZero() && last.comment instanceof DiffStats) last.comment = last.comment.append(ds);
}

/** The text written so far (Go appends to a []byte). */
interface Writer {
  s: string;
}

// formatCompactTo: writes the single-line form; returns a TextLine where the node fits on one line.
function compact(n: TextNode, b: Writer, d: number): TextNode {
  if (n instanceof TextLine) {
    b.s += n.text;
    return n;
  }
  const n0 = b.s.length;
  if (n instanceof TextWrap) {
    b.s += n.prefix;
    n.value = compact(n.value, b, d);
    b.s += n.suffix;
    return n.value instanceof TextLine ? new TextLine(b.s.slice(n0)) : n;
  }
  const records = n.records.map((r) => ({ ...r }));
  let multiLine = false;
  records.forEach((r, i) => {
    if (r.diff === DIFF_INSERTED || r.diff === DIFF_REMOVED) multiLine = true;
    b.s += r.key;
    if (r.key !== '') b.s += ': ';
    r.value = compact(r.value, b, d | r.diff);
    if (!(r.value instanceof TextLine) || r.comment !== undefined) multiLine = true;
    if (i < records.length - 1) b.s += ', ';
  });
  // A removed or inserted node that is long is always printed on several lines.
  if ((d === DIFF_INSERTED || d === DIFF_REMOVED) && byteLength(b.s.slice(n0)) > MAX_COLUMN_LENGTH) multiLine = true;
  return multiLine ? new TextList(records) : new TextLine(b.s.slice(n0));
}

// The marker is "  ", "- " or "+ ". go-cmp picks U+0020 or U+00A0 (no-break space) for its space
// once per process, at random, so that nobody relies on the exact text; we always use U+0020,
// so that the simulator's output is deterministic.
function appendIndent(b: Writer, d: number, n: number): void {
  if (d === DIFF_UNKNOWN || d === DIFF_IDENTICAL) b.s += '  ';
  else if (d === DIFF_REMOVED) b.s += '- ';
  else if (d === DIFF_INSERTED) b.s += '+ ';
  b.s += '\t'.repeat(n);
}

// alignLens: padding that aligns a run of records not interrupted by a skipped one.
function alignLens(records: readonly TextRecord[], skip: (r: TextRecord) => boolean, len: (r: TextRecord) => number): number[] {
  const lens = records.map(() => 0);
  let start = 0;
  let end = 0;
  let max = 0;
  const flush = (): void => {
    for (let j = start; j < end && j < records.length; j++) lens[j] = max - len(records[j]!);
  };
  records.forEach((r, i) => {
    if (skip(r)) {
      flush();
      start = i + 1;
      end = i + 1;
      max = 0;
    } else {
      max = Math.max(max, len(r));
      end = i + 1;
    }
  });
  flush();
  return lens;
}

// formatExpandedTo.
function expanded(node: TextNode, b: Writer, d: number, n: number): void {
  if (node instanceof TextLine) {
    b.s += node.text;
    return;
  }
  if (node instanceof TextWrap) {
    b.s += node.prefix;
    expanded(node.value, b, d, n);
    b.s += node.suffix;
    return;
  }
  const records = node.records;
  const keyLens = alignLens(
    records,
    (r) => r.key === '' || !(r.value instanceof TextLine),
    (r) => runeCount(r.key),
  );
  const valueLens = alignLens(
    records,
    (r) => !(r.value instanceof TextLine) || textEqual(r.value, TEXT_ELLIPSIS) || r.comment === undefined,
    (r) => runeCount((r.value as TextLine).text),
  );
  // A list of plain values is printed several to a line, up to the column limit.
  const isSimple =
    records.length > 0 &&
    records.every((r) => r.diff === DIFF_UNKNOWN && r.key === '' && r.value instanceof TextLine && r.comment === undefined);
  if (isSimple) {
    let batch = '';
    const emit = (): void => {
      if (batch.length === 0) return;
      b.s += '\n';
      appendIndent(b, d, n + 1);
      b.s += batch.replace(/ +$/, '');
      batch = '';
    };
    for (const r of records) {
      const line = (r.value as TextLine).text;
      if (byteLength(batch) + byteLength(line) + 2 > MAX_COLUMN_LENGTH) emit();
      batch += `${line}, `;
    }
    emit();
    b.s += '\n';
    appendIndent(b, d, n);
    return;
  }
  records.forEach((r, i) => {
    b.s += '\n';
    appendIndent(b, d | r.diff, n + 1);
    if (r.key !== '') b.s += `${r.key}: `;
    b.s += ' '.repeat(keyLens[i] ?? 0);
    expanded(r.value, b, d | r.diff, n + 1);
    if (!r.elideComma) b.s += ',';
    b.s += ' '.repeat(valueLens[i] ?? 0);
    if (r.comment !== undefined) b.s += ` // ${String(r.comment)}`;
  });
  b.s += '\n';
  appendIndent(b, d, n);
}

/** textNode.String(): the report as go-cmp returns it, with a trailing newline. */
export function renderText(node: TextNode): string {
  const root = node instanceof TextList ? new TextWrap('{', node, '}') : node;
  if (root instanceof TextLine) return root.text;
  const b: Writer = { s: '' };
  const collapsed = compact(root, { s: '' }, DIFF_UNKNOWN);
  appendIndent(b, DIFF_UNKNOWN, 0);
  expanded(collapsed, b, DIFF_UNKNOWN, 0);
  return `${b.s}\n`;
}
