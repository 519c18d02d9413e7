// cmp.Diff(x, y) with no options (github.com/google/go-cmp v0.6, as vendored by Kubernetes 1.32).
import type { GoType, GoValue } from '../go-types/go-type.js';
import { formatDiff } from './format-diff.js';
import { ZERO_OPTIONS } from './format-value.js';
import { renderText } from './text-node.js';
import { compareValues } from './value-node.js';

/** go-cmp's report of the differences between two values of type t; '' when they are equal. */
export function goCmpDiff(t: GoType, x: GoValue, y: GoValue): string {
  const root = compareValues(t, x, y);
  if (root.numDiff === 0) return '';
  return renderText(formatDiff(ZERO_OPTIONS, root)!);
}
