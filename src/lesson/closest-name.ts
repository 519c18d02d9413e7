// "Did you mean ...?" suggestions for unknown keys and attributes.

/** Optimal string alignment distance: Levenshtein plus adjacent transpositions (`titel` -> `title` is 1). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array<number>(rows * cols).fill(0);
  const at = (i: number, j: number): number => d[i * cols + j] ?? 0;
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      d[i * cols + j] = best;
    }
  }
  return at(a.length, b.length);
}

/**
 * The candidate nearest to `name`, when it is near enough to be a plausible typo
 * (at most `maxDistance` edits, default a third of the name's length but at least 2).
 */
export function closestName(name: string, candidates: readonly string[], maxDistance?: number): string | undefined {
  const lower = name.toLowerCase();
  const limit = maxDistance ?? Math.max(2, Math.floor(name.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= limit && bestDistance < name.length ? best : undefined;
}

/** `expected one of: a, b, c. Did you mean "b"?` for an unknown `name`. */
export function describeChoices(name: string, candidates: readonly string[]): string {
  const suggestion = closestName(name, candidates);
  const list = `expected one of: ${candidates.join(', ')}`;
  return suggestion === undefined ? list : `${list}. Did you mean "${suggestion}"?`;
}
