// apimachinery label formatting: labels.FormatLabels, LabelSelectorAsSelector(...).String() and
// metav1.FormatLabelSelector, as the printers and describers show selectors.
import type { LabelSelector } from './types.js';
import { compareGoStrings, sortGoStrings } from '../core/text/go-strings.js';

/** `labels.FormatLabels`: sorted `k=v` pairs joined with commas, or `<none>`. */
export function formatLabels(labels: Record<string, string> | undefined | null): string {
  const keys = sortGoStrings(Object.keys(labels ?? {}));
  if (keys.length === 0) return '<none>';
  return keys.map((k) => `${k}=${labels?.[k] ?? ''}`).join(',');
}

const OPERATORS: Record<string, (key: string, values: string[]) => string | undefined> = {
  In: (k, v) => (v.length === 0 ? undefined : `${k} in (${sortGoStrings(v).join(',')})`),
  NotIn: (k, v) => (v.length === 0 ? undefined : `${k} notin (${sortGoStrings(v).join(',')})`),
  Exists: (k, v) => (v.length > 0 ? undefined : k),
  DoesNotExist: (k, v) => (v.length > 0 ? undefined : `!${k}`),
};

/**
 * `metav1.LabelSelectorAsSelector(s).String()`: requirements sorted by key; an absent selector
 * matches nothing and an empty one everything, and both print as the empty string. Undefined
 * when the selector is invalid (Go returns an error).
 */
export function labelSelectorString(selector: LabelSelector | undefined | null): string | undefined {
  if (!selector) return '';
  const reqs: Array<{ key: string; text: string }> = [];
  for (const [k, v] of Object.entries(selector.matchLabels ?? {})) reqs.push({ key: k, text: `${k}=${v}` });
  for (const e of selector.matchExpressions ?? []) {
    const text = OPERATORS[e.operator]?.(e.key, e.values ?? []);
    if (text === undefined) return undefined;
    reqs.push({ key: e.key, text });
  }
  reqs.sort((a, b) => compareGoStrings(a.key, b.key));
  return reqs.map((r) => r.text).join(',');
}

/** `metav1.FormatLabelSelector`: the selector string, `<none>` when empty, `<error>` when invalid. */
export function formatLabelSelector(selector: LabelSelector | undefined | null): string {
  const text = labelSelectorString(selector);
  if (text === undefined) return '<error>';
  return text === '' ? '<none>' : text;
}
