// Why a documented output line fails even after normalization: the same words and fields
// re-formatted (`secret "x" created` -> `secret/x created`, a column added), a different behaviour
// (other values, lines gone or new), or a command that now fails.
import type { StaleClass } from '../lesson/types.js';

export interface StaleClassification {
  class: StaleClass;
  reason: string;
}

export interface ClassifyContext {
  /** The command's exit status on the backend. */
  exitCode: number;
  /** The header lines of the output when it is a table (`NAME   READY ...`): documented and printed, normalized. */
  headers?: { documented: string; printed: string };
}

/** A table header: upper-case column names (a name may hold one space: `NOMINATED NODE`). */
const HEADER = /^[A-Z][A-Z0-9-]*(?: [A-Z][A-Z0-9()-]*)*(?: {2,}[A-Z][A-Z0-9-]*(?: [A-Z][A-Z0-9()-]*)*)*$/;

/** The cells of a table line: columns are separated by two spaces or more (normalized lines keep two). */
function cells(line: string): string[] {
  return line.trim().split(/ {2,}/);
}

/**
 * When the printed table has columns the documented one lacks (`get jobs` gained `STATUS`), the
 * printed row without those columns' cells; undefined when the headers or the row are not like that.
 */
function withoutAddedColumns(printed: string, headers: ClassifyContext['headers']): { row: string; added: string[] } | undefined {
  if (headers === undefined) return undefined;
  const doc = headers.documented.trim();
  const got = headers.printed.trim();
  if (!HEADER.test(doc) || !HEADER.test(got) || doc === got) return undefined;
  const docNames = cells(doc);
  const columns = cells(got);
  const added = columns.filter((name) => !docNames.includes(name));
  const kept = columns.filter((name) => docNames.includes(name));
  // Only added columns, the others in the documented order; and a row with a cell under each.
  if (added.length === 0 || kept.length !== docNames.length || kept.some((name, i) => name !== docNames[i])) return undefined;
  const row = cells(printed);
  if (row.length !== columns.length) return undefined;
  return { row: row.filter((_, i) => !added.includes(columns[i]!)).join('  '), added };
}

/** API group and version words that kubectl added to or dropped from names over the years. */
const GROUP_WORDS = new Set(['apps', 'batch', 'extensions', 'autoscaling', 'policy', 'networking', 'rbac', 'authorization', 'storage', 'k8s', 'io', 'v1', 'v1beta1', 'v1beta2', 'v2', 'v2beta1', 'v2beta2']);

const ERROR_LINE = /^(?:error:|Error from server\b|Error:|error\b.*:|Error\b.*:)|\berror: /;

/** Whether a line is how kubectl or a shell reports a failure. */
export function isErrorLine(line: string): boolean {
  return ERROR_LINE.test(line.trim());
}

/** Words of a line: placeholders whole, otherwise runs of letters and digits (case kept). */
function words(line: string): string[] {
  return line.match(/<[A-Z-]+>|<none>|[A-Za-z0-9]+/g) ?? [];
}

/** A word that only fills a table: a placeholder, `<none>`, or a column header. */
function isFiller(word: string): boolean {
  return /^<[A-Za-z-]+>$/.test(word) || /^[A-Z][A-Z-]+$/.test(word);
}

/** Multiset difference a - b (case-insensitive), group words left out. */
function minus(a: readonly string[], b: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const w of b) left.set(w.toLowerCase(), (left.get(w.toLowerCase()) ?? 0) + 1);
  const out: string[] = [];
  for (const w of a) {
    const key = w.toLowerCase();
    const n = left.get(key) ?? 0;
    if (n > 0) left.set(key, n - 1);
    else if (!GROUP_WORDS.has(key)) out.push(w);
  }
  return out;
}

function quoteList(list: readonly string[]): string {
  const shown = list.slice(0, 4).map((w) => `"${w}"`);
  return `${shown.join(', ')}${list.length > 4 ? ', ...' : ''}`;
}

/** How alike two lines are, 0..1 (shared words over all words), for pairing lines in a hunk. */
export function similarity(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (wa.length + wb.length === 0) return 1;
  const shared = wa.length - minus(wa, wb).length;
  return (2 * shared) / (wa.length + wb.length);
}

/**
 * Classifies one documented line against what the command printed in its place (both normalized);
 * `documented` or `printed` is undefined when the line has no counterpart.
 */
export function classifyStaleLine(documented: string | undefined, printed: string | undefined, context: ClassifyContext): StaleClassification {
  const docIsError = documented !== undefined && isErrorLine(documented);
  if (!docIsError && (context.exitCode !== 0 || (printed !== undefined && isErrorLine(printed)))) {
    const status = context.exitCode !== 0 ? `the command exits with status ${context.exitCode}` : 'the command reports an error';
    return { class: 'error', reason: printed !== undefined && isErrorLine(printed) ? `${status}: ${printed.trim()}` : status };
  }
  if (documented === undefined) return { class: 'behaviour', reason: 'kubectl 1.32 prints a line the lesson does not show' };
  if (printed === undefined) return { class: 'behaviour', reason: 'kubectl 1.32 no longer prints this line' };
  const doc = words(documented);
  const got = words(printed);
  const gone = minus(doc, got);
  const added = minus(got, doc);
  if (gone.length === 0 && added.length === 0) return { class: 'format', reason: 'the same words, formatted differently' };
  if (gone.length === 0 && added.every(isFiller)) return { class: 'format', reason: `the same fields, and more: ${quoteList(added)}` };
  if (added.length === 0 && gone.every(isFiller)) return { class: 'format', reason: `the same fields, fewer: ${quoteList(gone)} no longer printed` };
  // A row of a table that gained columns: the same cells once the new columns' are left out.
  const narrowed = withoutAddedColumns(printed, context.headers);
  if (narrowed !== undefined && minus(doc, words(narrowed.row)).length === 0 && minus(words(narrowed.row), doc).length === 0) {
    return { class: 'format', reason: `the same row, with the column${narrowed.added.length > 1 ? 's' : ''} kubectl 1.32 adds: ${quoteList(narrowed.added)}` };
  }
  const parts: string[] = [];
  if (gone.length > 0) parts.push(`documented ${quoteList(gone)}`);
  if (added.length > 0) parts.push(`kubectl 1.32 prints ${quoteList(added)}`);
  return { class: 'behaviour', reason: parts.join('; ') };
}
