// `diff [-u | -U N] [-q] [-i] [-b] [-w] [-N] FILE1 FILE2` (diffutils src/diff.c, busybox
// editors/diff.c): the lines that differ, as a shortest edit script (Myers' O(ND) algorithm).
// GNU prints the normal format unless -u; busybox knows only the unified one. Two directories
// (GNU): the files of each name, in name order, under a `diff OPTIONS A/f B/f` line (src/diff.c
// compare_files); with -N a file only one side has is compared with an empty one (dated the epoch),
// otherwise `Only in A: f`. Exit 0 when the files are the same, 1 when they differ, 2 on trouble.
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
  const dirs = parsed.operands.map((name) => name !== '-' && isDir(ctx, resolvePath(ctx.cwd, name)));
  if (dirs[0] && dirs[1] && gnu && !o.has('r')) return compareDirectories(ctx, parsed.operands as [string, string], o);
  const sides: Side[] = [];
  for (const name of parsed.operands) {
    const abs = resolvePath(ctx.cwd, name);
    let mtime = ctx.now();
    if (name !== '-') {
      try {
        const st = ctx.fs.stat(abs);
        if (st.type === 'dir') {
          warn(ctx, 'kindling: the simulator does not model comparing a directory with a file, or directories recursively');
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
  return compareSides(ctx, a, b, o, gnu);
}

function isDir(ctx: CommandContext, abs: string): boolean {
  try {
    return ctx.fs.stat(abs).type === 'dir';
  } catch {
    return false;
  }
}

/** Two directories, without -r: each name of either, in order; a name only one has is `Only in`, or with -N an empty file. */
function compareDirectories(ctx: CommandContext, [left, right]: [string, string], o: Map<string, string | true>): number {
  const absLeft = resolvePath(ctx.cwd, left);
  const absRight = resolvePath(ctx.cwd, right);
  const names = [...new Set([...ctx.fs.readdir(absLeft), ...ctx.fs.readdir(absRight)])].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  // The options as the command line gave them, for the header of each pair (`diff -u -N a/f b/f`).
  const switches = ctx.argv.slice(1).filter((arg) => arg !== left && arg !== right);
  let status = 0;
  for (const name of names) {
    const paths = [`${left.replace(/\/+$/, '')}/${name}`, `${right.replace(/\/+$/, '')}/${name}`] as const;
    const stats = paths.map((path) => {
      try {
        return ctx.fs.stat(resolvePath(ctx.cwd, path));
      } catch {
        return undefined;
      }
    });
    const [sa, sb] = stats;
    if (!sa || !sb) {
      if (!o.has('N')) {
        ctx.stdout.write(`Only in ${sa ? left : right}: ${name}\n`);
        status = Math.max(status, 1);
        continue;
      }
    }
    if (sa?.type === 'dir' || sb?.type === 'dir') {
      if (sa?.type === 'dir' && sb?.type === 'dir') ctx.stdout.write(`Common subdirectories: ${paths[0]} and ${paths[1]}\n`);
      else {
        warn(ctx, 'kindling: the simulator does not model comparing a directory with a file');
        status = 2;
      }
      continue;
    }
    const side = (path: string, st: typeof sa): Side | undefined => {
      if (!st) return { name: path, lines: [], partial: false, mtime: 0 };
      const text = readInput(ctx, path);
      if (text === undefined) return undefined;
      const lines = text.split('\n');
      const partial = !text.endsWith('\n') && text !== '';
      if (!partial) lines.pop();
      return { name: path, lines, partial, mtime: st.mtime };
    };
    const a = side(paths[0], sa);
    const b = side(paths[1], sb);
    if (!a || !b) {
      status = 2;
      continue;
    }
    let header = o.has('q') ? '' : `diff ${[...switches, paths[0], paths[1]].join(' ')}\n`;
    const write = ctx.stdout.write.bind(ctx.stdout);
    const stdout = {
      write: (text: string) => {
        write(header + text);
        header = '';
      },
    };
    const code = compareSides({ ...ctx, stdout }, a, b, o, true);
    status = Math.max(status, code);
  }
  return status;
}

/** Compares two files' lines and prints the difference; the exit status. */
function compareSides(ctx: CommandContext, a: Side, b: Side, o: Map<string, string | true>, gnu: boolean): number {
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
