// Heading ids as GitHub makes them (github-slugger, `index.js` and `regex.js`): lower-case, drop
// everything but letters, marks, numbers, `_`, `-` and spaces, turn spaces into `-`; a repeated
// slug gets `-1`, `-2`, ... So `[x](#the-simulated-cluster)` links written for GitHub work here too.

const DROP = /[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu;

/** Slugs unique within one page; names taken by `reserve` (block `id=`s) are skipped too. */
export class HeadingSlugger {
  private readonly occurrences = new Map<string, number>();

  /** Takes `id` (a block's `id=`) so that no heading gets it. */
  reserve(id: string): void {
    if (!this.occurrences.has(id)) this.occurrences.set(id, 0);
  }

  slug(text: string): string {
    const original = text.toLowerCase().replace(DROP, '').replace(/ /g, '-') || 'section';
    let result = original;
    while (this.occurrences.has(result)) {
      const n = (this.occurrences.get(original) ?? 0) + 1;
      this.occurrences.set(original, n);
      result = `${original}-${n}`;
    }
    this.occurrences.set(result, 0);
    return result;
  }
}
