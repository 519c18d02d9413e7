// go-cmp's edit script between two lists (cmp/internal/diff/diff.go, v0.6): a greedy,
// meet-in-the-middle walk of the edit graph that alternates a forward search from the top-left
// with a reverse search from the bottom-right. Pairs that are not equal but "similar" become
// Modified. go-cmp starts with either direction at random, once per process; we always start
// forward (its deterministic mode), so that the simulator's output is stable.

export const IDENTITY = 0;
export const UNIQUE_X = 1;
export const UNIQUE_Y = 2;
export const MODIFIED = 3;
export type EditType = typeof IDENTITY | typeof UNIQUE_X | typeof UNIQUE_Y | typeof MODIFIED;

/** The result of comparing two elements: how many leaves were equal and how many differed. */
export interface CompareResult {
  numSame: number;
  numDiff: number;
}

/** Result.Equal: no leaf differed. */
export const isEqual = (r: CompareResult): boolean => r.numDiff === 0;
/** Result.Similar: printed as a modification rather than a removal and an insertion; binary comparisons count as similar. */
export const isSimilar = (r: CompareResult): boolean => r.numSame + 1 >= r.numDiff;
/** BoolResult: an equal pair is {1, 0}; an unequal one {0, 2}, never similar. */
export const boolResult = (eq: boolean): CompareResult => (eq ? { numSame: 1, numDiff: 0 } : { numSame: 0, numDiff: 2 });

type EqualFunc = (ix: number, iy: number) => CompareResult;

class EditPath {
  readonly es: EditType[] = [];
  constructor(
    readonly dir: 1 | -1,
    public x: number,
    public y: number,
  ) {}

  append(t: EditType): void {
    this.es.push(t);
    if (t === IDENTITY || t === MODIFIED) {
      this.x += this.dir;
      this.y += this.dir;
    } else if (t === UNIQUE_X) {
      this.x += this.dir;
    } else {
      this.y += this.dir;
    }
  }

  /** Appends the edits that take this path's point to (dx, dy). */
  connect(dx: number, dy: number, f: EqualFunc): void {
    if (this.dir > 0) {
      while (dx > this.x && dy > this.y) {
        const r = f(this.x, this.y);
        if (isEqual(r)) this.append(IDENTITY);
        else if (isSimilar(r)) this.append(MODIFIED);
        else if (dx - this.x >= dy - this.y) this.append(UNIQUE_X);
        else this.append(UNIQUE_Y);
      }
      while (dx > this.x) this.append(UNIQUE_X);
      while (dy > this.y) this.append(UNIQUE_Y);
    } else {
      while (this.x > dx && this.y > dy) {
        const r = f(this.x - 1, this.y - 1);
        if (isEqual(r)) this.append(IDENTITY);
        else if (isSimilar(r)) this.append(MODIFIED);
        else if (this.y - dy >= this.x - dx) this.append(UNIQUE_Y);
        else this.append(UNIQUE_X);
      }
      while (this.x > dx) this.append(UNIQUE_X);
      while (this.y > dy) this.append(UNIQUE_Y);
    }
  }
}

// zigzag: 0, -1, +1, -2, +2, ...
const zigzag = (i: number): number => ((i & 1) !== 0 ? ~i : i) >> 1;

/** diff.Difference: the edit script turning a list of nx symbols into one of ny. */
export function difference(nx: number, ny: number, f: EqualFunc): EditType[] {
  const fwd = new EditPath(1, 0, 0);
  const rev = new EditPath(-1, nx, ny);
  const fwdFrontier = { x: 0, y: 0 };
  const revFrontier = { x: nx, y: ny };
  let budget = 4 * (nx + ny);
  let forward = true;
  while (!(fwdFrontier.x >= revFrontier.x || fwdFrontier.y >= revFrontier.y || budget === 0)) {
    let stop1 = false;
    let stop2 = false;
    for (let i = 0; !(stop1 && stop2) && budget > 0; i++) {
      const z = zigzag(i);
      if (forward) {
        const px = fwdFrontier.x + z;
        const py = fwdFrontier.y - z;
        if (px >= rev.x || py < fwd.y) stop1 = true;
        else if (py >= rev.y || px < fwd.x) stop2 = true;
        else if (isEqual(f(px, py))) {
          fwd.connect(px, py, f);
          fwd.append(IDENTITY);
          while (fwd.x < rev.x && fwd.y < rev.y && isEqual(f(fwd.x, fwd.y))) fwd.append(IDENTITY);
          fwdFrontier.x = fwd.x;
          fwdFrontier.y = fwd.y;
          stop1 = stop2 = true;
        } else budget--;
      } else {
        const px = revFrontier.x - z;
        const py = revFrontier.y + z;
        if (fwd.x >= px || rev.y < py) stop1 = true;
        else if (fwd.y >= py || rev.x < px) stop2 = true;
        else if (isEqual(f(px - 1, py - 1))) {
          rev.connect(px, py, f);
          rev.append(IDENTITY);
          while (fwd.x < rev.x && fwd.y < rev.y && isEqual(f(rev.x - 1, rev.y - 1))) rev.append(IDENTITY);
          revFrontier.x = rev.x;
          revFrontier.y = rev.y;
          stop1 = stop2 = true;
        } else budget--;
      }
    }
    if (forward) {
      if (rev.x - fwdFrontier.x >= rev.y - fwdFrontier.y) fwdFrontier.x++;
      else fwdFrontier.y++;
    } else if (revFrontier.x - fwd.x >= revFrontier.y - fwd.y) revFrontier.x--;
    else revFrontier.y--;
    forward = !forward;
  }
  fwd.connect(rev.x, rev.y, f);
  for (let i = rev.es.length - 1; i >= 0; i--) fwd.append(rev.es[i]!);
  return fwd.es;
}
