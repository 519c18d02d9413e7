// go-cmp's diffStats (cmp/report_text.go): counts of coalesced records, printed as the comment
// of an ellipsis: `... // 19 identical fields`, `... // 2 identical, 1 removed, and 3 inserted elements`.

export interface DiffCounts {
  ignored: number;
  identical: number;
  removed: number;
  inserted: number;
  modified: number;
}

const LABELS = ['ignored', 'identical', 'removed', 'inserted', 'modified'] as const;

export class DiffStats {
  constructor(
    /** What a record is: `field`, `element`, `entry`, `line`, `byte`. */
    readonly name: string,
    readonly counts: DiffCounts = { ignored: 0, identical: 0, removed: 0, inserted: 0, modified: 0 },
  ) {}

  isZero(): boolean {
    return LABELS.every((l) => this.counts[l] === 0);
  }

  numDiff(): number {
    return this.counts.removed + this.counts.inserted + this.counts.modified;
  }

  append(other: DiffStats): DiffStats {
    const sum = { ...this.counts };
    for (const l of LABELS) sum[l] += other.counts[l];
    return new DiffStats(this.name, sum);
  }

  with(changes: Partial<DiffCounts>): DiffStats {
    return new DiffStats(this.name, { ...this.counts, ...changes });
  }

  equals(other: DiffStats): boolean {
    return this.name === other.name && LABELS.every((l) => this.counts[l] === other.counts[l]);
  }

  toString(): string {
    const parts = LABELS.filter((l) => this.counts[l] > 0).map((l) => `${this.counts[l]} ${l}`);
    const sum = LABELS.reduce((n, l) => n + this.counts[l], 0);
    let name = this.name;
    if (sum > 1) {
      name += 's';
      if (name.endsWith('ys')) name = `${name.slice(0, -2)}ies`; // "entrys" => "entries"
    }
    switch (parts.length) {
      case 0:
        return '';
      case 1:
      case 2:
        return `${parts.join(' and ')} ${name}`;
      default:
        return `${parts.slice(0, -1).join(', ')}, and ${parts[parts.length - 1]} ${name}`;
    }
  }
}
