// kubectl get lists objects in the API server's order: by namespace, then name. Where a name's
// random part was normalized (`nginx-<HASH>-<ID>`), that order says nothing, so rows that share
// the text before the first placeholder are put in one canonical order on both sides.

const HEADER = /^(?:NAMESPACE {2,})?NAME(?: {2,}|$)/;
const PLACEHOLDER = /<(?:HASH|ID|SCHEDULE|NODE|IP|UID)>/;
const WILDCARD = /^\.\.\.$|\[\.\.\]/;

/** Whether a command's output is a `kubectl get` listing whose rows come in name order (not a watch). */
export function isGetListing(source: string): boolean {
  if (!/(?:^|[\s;&|(])kubectl(?:\s+-{1,2}[\w-]+(?:[= ]\S+)?)*\s+get\s/.test(`${source} `)) return false;
  return !/\s(?:-w|--watch|--watch-only)(?:[=\s]|$)/.test(`${source} `);
}

/** The key kubectl sorts a row by: its first cell, or its first two when the table starts with NAMESPACE. */
function sortKey(row: string, withNamespace: boolean): string {
  const cells = row.split(/ {2,}/);
  return (withNamespace ? cells.slice(0, 2) : cells.slice(0, 1)).join('  ');
}

/** The part of a key whose order is real: up to the first placeholder; undefined when it has none. */
function fixedPrefix(key: string): string | undefined {
  const m = PLACEHOLDER.exec(key);
  return m ? key.slice(0, m.index) : undefined;
}

/**
 * A permutation of `lines` (normalized) that sorts, within each table, every run of consecutive rows
 * whose names agree up to their first placeholder; other lines keep their place. Runs holding a
 * wildcard (`...`, `[..]`) stay as written.
 */
export function canonicalRowOrder(lines: readonly string[]): number[] {
  const order = lines.map((_, i) => i);
  let i = 0;
  while (i < lines.length) {
    const header = lines[i]!;
    if (!HEADER.test(header)) {
      i++;
      continue;
    }
    const withNamespace = header.startsWith('NAMESPACE');
    let j = i + 1;
    while (j < lines.length && lines[j]!.trim() !== '' && !HEADER.test(lines[j]!) && !/^\s/.test(lines[j]!)) {
      const prefix = fixedPrefix(sortKey(lines[j]!, withNamespace));
      let k = j + 1;
      if (prefix !== undefined) {
        while (k < lines.length && lines[k]!.trim() !== '' && !HEADER.test(lines[k]!) && fixedPrefix(sortKey(lines[k]!, withNamespace)) === prefix) k++;
        const run = order.slice(j, k);
        if (k - j > 1 && !run.some((n) => WILDCARD.test(lines[n]!))) {
          run.sort((a, b) => (lines[a]! < lines[b]! ? -1 : lines[a]! > lines[b]! ? 1 : a - b));
          order.splice(j, k - j, ...run);
        }
      }
      j = k;
    }
    i = j;
  }
  return order;
}
