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
  const parts: string[] = [];
  if (gone.length > 0) parts.push(`documented ${quoteList(gone)}`);
  if (added.length > 0) parts.push(`kubectl 1.32 prints ${quoteList(added)}`);
  return { class: 'behaviour', reason: parts.join('; ') };
}
