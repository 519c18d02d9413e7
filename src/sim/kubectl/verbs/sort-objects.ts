// `kubectl get --sort-by=<jsonpath>` (get/sorter.go TableSorter): each row's object is evaluated
// with the jsonpath (missing keys allowed), rows are ordered by the first result with Go's
// sort.Sort; strings compare in natural order ("pod9" before "pod10"), numbers by value.
import type { KubeObject } from '../../api/types.js';
import { relaxedJsonPathExpression } from '../../printers/custom-columns.js';
import { goSort } from '../../printers/go-sort.js';
import { JsonPath } from '../../printers/jsonpath/jsonpath.js';

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

/** fvbommel/sortorder NaturalLess: digit runs compare as numbers, the rest byte-wise. */
export function naturalLess(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const da = isDigit(a[i]);
    const db = isDigit(b[j]);
    if (da !== db) return da;
    if (!da) {
      if (a[i] !== b[j]) return a[i]! < b[j]!;
      i++;
      j++;
      continue;
    }
    while (a[i] === '0') i++;
    while (b[j] === '0') j++;
    const startA = i;
    const startB = j;
    while (isDigit(a[i])) i++;
    while (isDigit(b[j])) j++;
    if (i - startA !== j - startB) return i - startA < j - startB;
    const na = a.slice(startA, i);
    const nb = b.slice(startB, j);
    if (na !== nb) return na < nb;
    if (startA !== startB) return startA < startB;
  }
  return a.length < b.length;
}

function isLess(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  if (typeof a === 'string' && typeof b === 'string') return naturalLess(a, b);
  return false;
}

/** Sorts a table's objects by a field; an error is the message kubectl prints after `error: `. */
export function sortObjects(objects: readonly KubeObject[], sortBy: string): { objects: KubeObject[] } | { error: string } {
  const relaxed = relaxedJsonPathExpression(sortBy);
  const field = 'spec' in relaxed ? relaxed.spec : sortBy;
  let parser: JsonPath;
  try {
    parser = new JsonPath(field, true);
  } catch (e) {
    return { error: `sorting error: ${e instanceof Error ? e.message : String(e)}` };
  }
  const rows = objects.map((o) => {
    const first = parser.findResults(o)[0] ?? [];
    return { object: o, first: first[0], found: first.length > 0 };
  });
  if (rows.length > 0 && !rows.some((r) => r.found)) return { error: `couldn't find any field with path "${field}" in the list of objects` };
  goSort({
    len: () => rows.length,
    less: (i, j) => {
      if (!rows[i]!.found) return true;
      if (!rows[j]!.found) return false;
      return isLess(rows[i]!.first, rows[j]!.first);
    },
    swap: (i, j) => {
      const t = rows[i]!;
      rows[i] = rows[j]!;
      rows[j] = t;
    },
  });
  return { objects: rows.map((r) => r.object) };
}
