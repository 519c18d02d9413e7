// `find [PATH]... [EXPRESSION]` (findutils find/*.c, busybox findutils/find.c): walks the trees
// (names in sorted order: the virtual filesystem has no on-disk order) and evaluates the
// expression on each file. Tests: -name -iname -path -wholename -type -size -empty -newer -mtime
// -mmin -links -inum; actions: -print -print0 -exec ... {} \; and {} + -delete -prune -quit;
// operators ( ) ! -not -a -and -o -or; options -maxdepth -mindepth -depth. Links are not
// followed (-P).
import { patternSource } from '../../shell/expand/pattern.js';
import type { CommandContext, CommandResult, Effect } from '../../shell/types.js';
import { basenamePath, type FileStat, type FsError, isFsError, resolvePath } from '../../core/vfs/vfs.js';
import { isGnu, runProgram, warn } from './support.js';

type Node =
  | { op: 'and' | 'or'; left: Node; right: Node }
  | { op: 'not'; expr: Node }
  | { op: 'test'; test: (f: Visit) => boolean }
  | { op: 'exec'; argv: string[]; batch: boolean; id: number }
  | { op: 'action'; name: 'print' | 'print0' | 'delete' | 'prune' | 'quit' };

interface Visit {
  path: string;
  abs: string;
  st: FileStat;
  depth: number;
}

interface Options {
  maxDepth: number;
  minDepth: number;
  depthFirst: boolean;
}

class FindError extends Error {}

const TYPES = new Set(['f', 'd', 'l', 'b', 'c', 'p', 's']);
const SIZE_UNITS: Record<string, number> = { '': 512, b: 512, c: 1, w: 2, k: 1024, M: 1048576, G: 1073741824 };

/** Finds files. */
export function find(ctx: CommandContext): CommandResult {
  const args = ctx.argv.slice(1);
  let i = 0;
  const roots: string[] = [];
  while (i < args.length && !/^[-!(),]./.test(args[i] as string) && args[i] !== '!' && args[i] !== '(') roots.push(args[i++] as string);
  const options: Options = { maxDepth: Infinity, minDepth: 0, depthFirst: false };
  let tree: Node | undefined;
  let hasAction = false;
  const execs: Extract<Node, { op: 'exec' }>[] = [];
  try {
    const parser = new Parser(ctx, args.slice(i), options, execs);
    tree = parser.parse();
    hasAction = parser.hasAction;
  } catch (e) {
    if (!(e instanceof FindError)) throw e;
    warn(ctx, e.message);
    return 1;
  }
  if (!hasAction) tree = tree ? { op: 'and', left: tree, right: { op: 'action', name: 'print' } } : { op: 'action', name: 'print' };
  return run(ctx, roots.length > 0 ? roots : ['.'], tree as Node, options, execs);
}

function* run(ctx: CommandContext, roots: string[], tree: Node, options: Options, execs: Extract<Node, { op: 'exec' }>[]): Generator<Effect, number, void> {
  const gnu = isGnu(ctx);
  let status = 0;
  const batches = new Map<number, string[]>();
  let quit = false;
  const describe = (abs: string): FileStat | FsError => {
    try {
      return ctx.fs.lstat(abs);
    } catch (e) {
      if (!isFsError(e)) throw e;
      return e;
    }
  };
  /** Evaluates the expression on one file; `prune` is set by -prune. */
  function* evaluate(node: Node, v: Visit, flags: { prune: boolean }): Generator<Effect, boolean, void> {
    switch (node.op) {
      case 'and':
        return (yield* evaluate(node.left, v, flags)) && (yield* evaluate(node.right, v, flags));
      case 'or':
        return (yield* evaluate(node.left, v, flags)) || (yield* evaluate(node.right, v, flags));
      case 'not':
        return !(yield* evaluate(node.expr, v, flags));
      case 'test':
        return node.test(v);
      case 'exec': {
        if (node.batch) {
          batches.set(node.id, [...(batches.get(node.id) ?? []), v.path]);
          return true;
        }
        const argv = node.argv.map((a) => a.split('{}').join(v.path));
        const code = yield* runOne(argv);
        return code === 0;
      }
      case 'action':
        if (node.name === 'print') ctx.stdout.write(`${v.path}\n`);
        else if (node.name === 'print0') ctx.stdout.write(`${v.path}\0`);
        else if (node.name === 'prune') flags.prune = true;
        else if (node.name === 'quit') quit = true;
        else {
          try {
            // rmdir(2) for a directory: only an empty one goes.
            if (v.st.type === 'dir' && ctx.fs.readdir(v.abs).length > 0) ctx.fs.rm(v.abs);
            ctx.fs.rm(v.abs, { recursive: v.st.type === 'dir' });
          } catch (e) {
            if (!isFsError(e)) throw e;
            warn(ctx, gnu ? `cannot delete '${v.path}': ${e.text}` : `${v.path}: ${e.text}`);
            status = 1;
            return false;
          }
        }
        return true;
    }
  }
  function* runOne(argv: string[]): Generator<Effect, number, void> {
    const r = runProgram(ctx, argv, '', (name, e) => (gnu ? `'${name}': ${e}` : `${name}: ${e}`));
    return typeof r === 'number' ? r : yield* r;
  }
  function* visit(path: string, abs: string, depth: number): Generator<Effect, void, void> {
    if (quit) return;
    const st = describe(abs);
    if (isFsError(st)) {
      warn(ctx, gnu ? `'${path}': ${st.text}` : `${path}: ${st.text}`);
      status = 1;
      return;
    }
    const v: Visit = { path, abs, st, depth };
    const flags = { prune: false };
    const here = depth >= options.minDepth && depth <= options.maxDepth;
    if (here && !options.depthFirst) yield* evaluate(tree, v, flags);
    if (st.type === 'dir' && depth < options.maxDepth && !flags.prune) {
      let names: string[] = [];
      try {
        names = ctx.fs.readdir(abs);
      } catch (e) {
        if (!isFsError(e)) throw e;
      }
      for (const name of names) yield* visit(path.endsWith('/') ? `${path}${name}` : `${path}/${name}`, `${abs}/${name}`, depth + 1);
    }
    if (here && options.depthFirst && !quit) yield* evaluate(tree, v, flags);
  }
  for (const root of roots) yield* visit(root, resolvePath(ctx.cwd, root), 0);
  for (const node of execs) {
    const paths = batches.get(node.id);
    if (!paths) continue;
    const at = node.argv.indexOf('{}');
    const code = yield* runOne([...node.argv.slice(0, at), ...paths, ...node.argv.slice(at + 1)]);
    if (code !== 0) status = 1;
  }
  return status;
}

/** The expression grammar: OR of ANDs of (possibly negated) primaries. */
class Parser {
  hasAction = false;
  private i = 0;
  private nextExec = 0;

  constructor(
    private readonly ctx: CommandContext,
    private readonly args: string[],
    private readonly options: Options,
    private readonly execs: Extract<Node, { op: 'exec' }>[],
  ) {}

  parse(): Node | undefined {
    if (this.args.length === 0) return undefined;
    const node = this.or();
    if (this.i < this.args.length) {
      throw new FindError(isGnu(this.ctx) ? `paths must precede expression: \`${this.args[this.i]}'` : `unrecognized: ${this.args[this.i]}`);
    }
    return node;
  }

  private or(): Node {
    let left = this.and();
    while (this.peek() === '-o' || this.peek() === '-or') {
      this.i++;
      left = { op: 'or', left, right: this.and() };
    }
    return left;
  }

  private and(): Node {
    let left = this.not();
    for (;;) {
      const p = this.peek();
      if (p === undefined || p === '-o' || p === '-or' || p === ')') return left;
      if (p === '-a' || p === '-and') this.i++;
      left = { op: 'and', left, right: this.not() };
    }
  }

  private not(): Node {
    const p = this.peek();
    if (p === '!' || p === '-not') {
      this.i++;
      return { op: 'not', expr: this.not() };
    }
    return this.primary();
  }

  private peek(): string | undefined {
    return this.args[this.i];
  }

  private value(name: string): string {
    const v = this.args[++this.i];
    if (v === undefined) throw new FindError(isGnu(this.ctx) ? `missing argument to \`${name}'` : `${name} requires an argument`);
    this.i++;
    return v;
  }

  private number(name: string): number {
    const v = this.value(name);
    if (!/^[0-9]+$/.test(v)) throw new FindError(isGnu(this.ctx) ? `Expected a positive decimal integer argument to ${name}, but got '${v}'` : `invalid number '${v}'`);
    return Number(v);
  }

  private primary(): Node {
    const gnu = isGnu(this.ctx);
    const a = this.peek() as string;
    const always: Node = { op: 'test', test: () => true };
    if (a === '(') {
      this.i++;
      const inner = this.or();
      if (this.peek() !== ')') throw new FindError(gnu ? "invalid expression; I was expecting to find a ')' somewhere but did not see one." : "unpaired '('");
      this.i++;
      return inner;
    }
    switch (a) {
      case '-name':
      case '-iname': {
        const re = fnmatch(this.value(a), a === '-iname');
        return { op: 'test', test: (v) => re.test(basenamePath(v.path) || v.path) };
      }
      case '-path':
      case '-wholename':
      case '-ipath': {
        const re = fnmatch(this.value(a), a === '-ipath');
        return { op: 'test', test: (v) => re.test(v.path) };
      }
      case '-type': {
        const t = this.value(a);
        if (!TYPES.has(t)) throw new FindError(gnu ? `Unknown argument to -type: ${t}` : `invalid argument '${t}' to '-type'`);
        const want = t === 'f' ? 'file' : t === 'd' ? 'dir' : t === 'l' ? 'symlink' : 'none';
        return { op: 'test', test: (v) => v.st.type === want };
      }
      case '-empty':
        this.i++;
        return { op: 'test', test: (v) => (v.st.type === 'dir' ? this.ctx.fs.readdir(v.abs).length === 0 : v.st.type === 'file' && v.st.size === 0) };
      case '-size': {
        const raw = this.value(a);
        const m = /^([-+]?)([0-9]+)([bcwkMG]?)$/.exec(raw);
        if (!m) throw new FindError(gnu ? `invalid -size type \`${raw.replace(/^[-+]?[0-9]*/, '')}'` : `invalid number '${raw}'`);
        const unit = SIZE_UNITS[m[3] as string] as number;
        const n = Number(m[2]);
        return { op: 'test', test: (v) => compare(m[1] as string, Math.ceil(v.st.size / unit), n) };
      }
      case '-newer': {
        const ref = this.value(a);
        let mtime: number;
        try {
          mtime = this.ctx.fs.stat(resolvePath(this.ctx.cwd, ref)).mtime;
        } catch (e) {
          if (!isFsError(e)) throw e;
          throw new FindError(gnu ? `'${ref}': ${e.text}` : `can't stat '${ref}': ${e.text}`);
        }
        return { op: 'test', test: (v) => v.st.mtime > mtime };
      }
      case '-mtime':
      case '-mmin': {
        const raw = this.value(a);
        const m = /^([-+]?)([0-9]+)$/.exec(raw);
        if (!m) throw new FindError(gnu ? `invalid argument \`${raw}' to \`${a}'` : `invalid number '${raw}'`);
        const unit = a === '-mtime' ? 86400000 : 60000;
        return { op: 'test', test: (v) => compare(m[1] as string, Math.floor((this.ctx.now() - v.st.mtime) / unit), Number(m[2])) };
      }
      case '-links':
      case '-inum': {
        const raw = this.value(a);
        const m = /^([-+]?)([0-9]+)$/.exec(raw);
        if (!m) throw new FindError(gnu ? `invalid argument \`${raw}' to \`${a}'` : `invalid number '${raw}'`);
        return { op: 'test', test: (v) => compare(m[1] as string, a === '-links' ? v.st.nlink : v.st.ino, Number(m[2])) };
      }
      case '-maxdepth':
        this.options.maxDepth = this.number(a);
        return always;
      case '-mindepth':
        this.options.minDepth = this.number(a);
        return always;
      case '-depth':
      case '-d':
        this.i++;
        this.options.depthFirst = true;
        return always;
      case '-xdev':
      case '-mount':
      case '-noleaf':
      case '-P':
        this.i++;
        return always;
      case '-true':
      case '-false':
        this.i++;
        return { op: 'test', test: () => a === '-true' };
      case '-print':
      case '-print0':
      case '-prune':
      case '-quit':
      case '-delete':
        this.i++;
        if (a !== '-prune') this.hasAction = true;
        if (a === '-delete') this.options.depthFirst = true;
        return { op: 'action', name: a.slice(1) as 'print' | 'print0' | 'prune' | 'quit' | 'delete' };
      case '-exec':
      case '-ok':
        return this.exec(a);
      default:
        if (a.startsWith('-')) {
          if (['-perm', '-user', '-group', '-uid', '-gid', '-regex', '-newermt', '-atime', '-ctime', '-amin', '-cmin', '-samefile', '-fprint', '-printf', '-ls'].includes(a)) {
            throw new FindError(`kindling: the simulator does not model find ${a}`);
          }
          throw new FindError(gnu ? `unknown predicate \`${a}'` : `unrecognized: ${a}`);
        }
        throw new FindError(gnu ? `paths must precede expression: \`${a}'` : `unrecognized: ${a}`);
    }
  }

  /** `-exec CMD ARG... ;` (once per file) or `-exec CMD ARG... {} +` (once, with every file). */
  private exec(name: string): Node {
    const gnu = isGnu(this.ctx);
    const start = ++this.i;
    for (let j = start; j < this.args.length; j++) {
      const t = this.args[j];
      const batch = t === '+' && j > start && (!gnu || this.args[j - 1] === '{}');
      if (t !== ';' && !batch) continue;
      if (j === start) break;
      this.i = j + 1;
      this.hasAction = true;
      const node: Extract<Node, { op: 'exec' }> = { op: 'exec', argv: this.args.slice(start, j), batch, id: this.nextExec++ };
      if (batch) {
        if (!node.argv.includes('{}')) break;
        this.execs.push(node);
      }
      return node;
    }
    throw new FindError(gnu ? `missing argument to \`${name}'` : `${name} requires an argument`);
  }
}

function compare(sign: string, value: number, n: number): boolean {
  return sign === '+' ? value > n : sign === '-' ? value < n : value === n;
}

/** fnmatch(3) without FNM_PATHNAME, as both finds call it: `*` matches `/` too. */
function fnmatch(pattern: string, ignoreCase: boolean): RegExp {
  return new RegExp(`^${patternSource(pattern)}$`, ignoreCase ? 'i' : '');
}
