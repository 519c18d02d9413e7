// `diff [-u | -U N] [-q] [-i] [-b] [-w] FILE1 FILE2` (diffutils src/diff.c, busybox
// editors/diff.c): the lines that differ, as a shortest edit script (Myers' O(ND) algorithm).
// GNU prints the normal format unless -u; busybox knows only the unified one. Exit 0 when the
// files are the same, 1 when they differ, 2 on trouble.
import type { CommandContext } from '../../shell/types.js';
import { isFsError, resolvePath } from '../../core/vfs/vfs.js';
import { timestamp } from './stat.js';
import { isGnu, parseOptions, readInput, warn } from './support.js';

interface Change {
  /** 0-based start and end (exclusive) in each file. */
  a0: number;
  a1: number;
  b0: number;
  b1: number;
}

interface Side {
  name: string;
  lines: string[];
  /** The text does not end with a newline (the last line is incomplete). */
  partial: boolean;
  mtime: number;
}

/** Compares two files line by line. */
export function diff(ctx: CommandContext): number {
  const gnu = isGnu(ctx);
  const parsed = parseOptions(ctx, 'uU:qibwBNrsat', { long: { unified: 'u', brief: 'q', 'ignore-case': 'i', 'ignore-space-change': 'b', 'ignore-all-space': 'w', 'ignore-blank-lines': 'B', 'report-identical-files': 's', text: 'a' } });
  if (!parsed) return 2;
  const o = parsed.opts;
  if (parsed.operands.length !== 2) {
    if (gnu) {
      const [first] = parsed.operands;
      warn(ctx, first === undefined ? "missing operand after 'diff'" : parsed.operands.length === 1 ? `missing operand after '${first}'` : `extra operand '${parsed.operands[2]}'`);
      ctx.stderr.write("diff: Try 'diff --help' for more information.\n");
    }
    return 2;
  }
  const sides: Side[] = [];
  for (const name of parsed.operands) {
    const abs = resolvePath(ctx.cwd, name);
    let mtime = ctx.now();
    if (name !== '-') {
      try {
        const st = ctx.fs.stat(abs);
        if (st.type === 'dir') {
          warn(ctx, 'kindling: the simulator does not model comparing directories');
          return 2;
        }
        mtime = st.mtime;
      } catch (e) {
        if (!isFsError(e)) throw e;
        warn(ctx, gnu ? `${name}: ${e.text}` : `can't stat '${name}': ${e.text}`);
        return 2;
      }
    }
    const text = readInput(ctx, name);
    if (text === undefined) return 2;
    const lines = text.split('\n');
    const partial = !text.endsWith('\n') && text !== '';
    if (!partial) lines.pop();
    sides.push({ name, lines, partial, mtime });
  }
  const [a, b] = sides as [Side, Side];
  const key = (line: string, last: boolean, side: Side) => {
    // An incomplete last line differs from a complete one.
    let k = o.has('i') ? line.toLowerCase() : line;
    if (o.has('w')) k = k.replace(/[ \t]+/g, '');
    else if (o.has('b')) k = k.replace(/[ \t]+/g, ' ').replace(/ $/, '');
    return last && side.partial ? `${k}\0` : k;
  };
  const ka = a.lines.map((l, i) => key(l, i === a.lines.length - 1, a));
  const kb = b.lines.map((l, i) => key(l, i === b.lines.length - 1, b));
  const changes = editScript(ka, kb);
  if (changes.length === 0) {
    if (o.has('s')) ctx.stdout.write(`Files ${a.name} and ${b.name} are identical\n`);
    return 0;
  }
  if (o.has('q')) {
    ctx.stdout.write(`Files ${a.name} and ${b.name} differ\n`);
    return 1;
  }
  const context = typeof o.get('U') === 'string' ? Number(o.get('U')) : 3;
  ctx.stdout.write(o.has('u') || o.has('U') || !gnu ? unified(a, b, changes, context, gnu) : normal(a, b, changes));
  return 1;
}

/** The changes that turn `a` into `b` (Myers, deletions before insertions in each change). */
function editScript(a: string[], b: string[]): Change[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const v = new Map<number, number>([[1, 0]]);
  const trace: Map<number, number>[] = [];
  let done = false;
  for (let d = 0; d <= max && !done; d++) {
    trace.push(new Map(v));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && (v.get(k - 1) ?? 0) < (v.get(k + 1) ?? 0)) ? (v.get(k + 1) ?? 0) : (v.get(k - 1) ?? 0) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v.set(k, x);
      if (x >= n && y >= m) {
        done = true;
        break;
      }
    }
  }
  // Walk back through the saved frontiers to list the moves, last first.
  const moves: ('=' | '-' | '+')[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const vd = trace[d] as Map<number, number>;
    const k = x - y;
    const down = k === -d || (k !== d && (vd.get(k - 1) ?? 0) < (vd.get(k + 1) ?? 0));
    const prevK = down ? k + 1 : k - 1;
    const prevX = vd.get(prevK) ?? 0;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      moves.push('=');
      x--;
      y--;
    }
    if (d > 0) moves.push(down ? '+' : '-');
    x = prevX;
    y = prevY;
  }
  moves.reverse();
  const changes: Change[] = [];
  let i = 0;
  let j = 0;
  for (let p = 0; p < moves.length; ) {
    if (moves[p] === '=') {
      i++;
      j++;
      p++;
      continue;
    }
    const c: Change = { a0: i, a1: i, b0: j, b1: j };
    while (p < moves.length && moves[p] !== '=') {
      if (moves[p] === '-') c.a1 = ++i;
      else c.b1 = ++j;
      p++;
    }
    changes.push(c);
  }
  return changes;
}

const NO_NEWLINE = '\\ No newline at end of file\n';

function line(side: Side, i: number, prefix: string): string {
  return `${prefix}${side.lines[i]}\n${side.partial && i === side.lines.length - 1 ? NO_NEWLINE : ''}`;
}

/** `3c3`, `10a11`, `5,6d4` followed by `< ` and `> ` lines. */
function normal(a: Side, b: Side, changes: Change[]): string {
  const range = (s: number, e: number) => (e - s <= 1 ? String(e - s === 1 ? s + 1 : s) : `${s + 1},${e}`);
  let out = '';
  for (const c of changes) {
    const kind = c.a0 === c.a1 ? 'a' : c.b0 === c.b1 ? 'd' : 'c';
    out += `${kind === 'a' ? String(c.a0) : range(c.a0, c.a1)}${kind}${kind === 'd' ? String(c.b0) : range(c.b0, c.b1)}\n`;
    for (let i = c.a0; i < c.a1; i++) out += line(a, i, '< ');
    if (kind === 'c') out += '---\n';
    for (let j = c.b0; j < c.b1; j++) out += line(b, j, '> ');
  }
  return out;
}

/** Unified hunks with `context` lines around each group of changes. */
function unified(a: Side, b: Side, changes: Change[], context: number, gnu: boolean): string {
  const stamp = (s: Side) => (gnu ? `\t${timestamp(s.mtime)}` : '');
  let out = `--- ${a.name}${stamp(a)}\n+++ ${b.name}${stamp(b)}\n`;
  for (let h = 0; h < changes.length; ) {
    let last = h;
    while (last + 1 < changes.length && (changes[last + 1] as Change).a0 - (changes[last] as Change).a1 <= 2 * context) last++;
    const first = changes[h] as Change;
    const end = changes[last] as Change;
    const a0 = Math.max(0, first.a0 - context);
    const a1 = Math.min(a.lines.length, end.a1 + context);
    const b0 = first.b0 - (first.a0 - a0);
    const b1 = end.b1 + (a1 - end.a1);
    const range = (s: number, e: number) => (e - s === 1 ? String(s + 1) : `${e - s === 0 ? s : s + 1},${e - s}`);
    out += `@@ -${range(a0, a1)} +${range(b0, b1)} @@\n`;
    let i = a0;
    for (let c = h; c <= last; c++) {
      const ch = changes[c] as Change;
      for (; i < ch.a0; i++) out += line(a, i, ' ');
      for (let k = ch.a0; k < ch.a1; k++) out += line(a, k, '-');
      for (let k = ch.b0; k < ch.b1; k++) out += line(b, k, '+');
      i = ch.a1;
    }
    for (; i < a1; i++) out += line(a, i, ' ');
    h = last + 1;
  }
  return out;
}
