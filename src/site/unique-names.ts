// Accessible names that are unique on a page: scroll regions are landmarks (axe `landmark-unique`)
// and copy buttons must say which block they copy, so a repeated name gets " (2)", " (3)", ...

export class UniqueNames {
  private readonly counts = new Map<string, number>();

  /** `name`, or `name (n)` when it was given out n-1 times before on this page. */
  take(name: string): string {
    const n = (this.counts.get(name) ?? 0) + 1;
    this.counts.set(name, n);
    return n === 1 ? name : `${name} (${n})`;
  }
}
