// What applets share: option parsing, the two error wordings (busybox and GNU), reading files.
import type { CommandContext, CommandResult } from '../../shell/types.js';
import { basenamePath, type FsError, isFsError, resolvePath } from '../../core/vfs/vfs.js';

export interface ParsedOptions {
  /** Flag letter (or long name) to its value, or true for a flag without a value. */
  opts: Map<string, string | true>;
  operands: string[];
}

/** The applet's name as busybox and coreutils print it (`/bin/cat` prints `cat`). */
export function appletName(ctx: CommandContext): string {
  return basenamePath(ctx.argv[0] ?? '');
}

/** True in the bash dialect, where applets word errors as GNU coreutils. */
export function isGnu(ctx: CommandContext): boolean {
  return ctx.dialect === 'bash';
}

/** Writes `name: message` to stderr. */
export function warn(ctx: CommandContext, message: string): void {
  ctx.stderr.write(`${appletName(ctx)}: ${message}\n`);
}

/**
 * getopt-style parsing: `spec` lists flag letters, a letter followed by `:` takes a value
 * (`-n 5`, `-n5`); `long` maps long options to letters (`--lines` -> `n`). Options may follow
 * operands (GNU style) unless `posix`. Returns undefined after reporting a bad option.
 */
export function parseOptions(
  ctx: CommandContext,
  spec: string,
  options: { long?: Record<string, string>; posix?: boolean; argv?: string[]; usage?: string } = {},
): ParsedOptions | undefined {
  const opts = new Map<string, string | true>();
  const operands: string[] = [];
  const args = (options.argv ?? ctx.argv).slice(1);
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith('--') && options.long) {
      const [name, value] = a.slice(2).split(/=(.*)/s) as [string, string | undefined];
      const letter = options.long[name];
      if (letter === undefined) {
        badOption(ctx, `unrecognized option '${a}'`, options.usage);
        return undefined;
      }
      const takes = spec.includes(`${letter}:`);
      opts.set(letter, takes ? (value ?? args[++i] ?? '') : true);
      continue;
    }
    if (!a.startsWith('-') || a === '-') {
      operands.push(a);
      if (options.posix) {
        operands.push(...args.slice(i + 1));
        break;
      }
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const letter = a[j] as string;
      const at = spec.indexOf(letter);
      if (at < 0 || letter === ':') {
        badOption(ctx, `invalid option -- '${letter}'`, options.usage);
        return undefined;
      }
      if (spec[at + 1] === ':') {
        const value = j + 1 < a.length ? a.slice(j + 1) : args[++i];
        if (value === undefined) {
          badOption(ctx, `option requires an argument -- '${letter}'`, options.usage);
          return undefined;
        }
        opts.set(letter, value);
        break;
      }
      opts.set(letter, true);
    }
  }
  return { opts, operands };
}

/** Reports a usage error the way each tool family does (GNU adds a pointer to --help). */
export function badOption(ctx: CommandContext, message: string, usage?: string): void {
  warn(ctx, message);
  if (!isGnu(ctx)) return;
  if (usage !== undefined) ctx.stderr.write(`${usage}\n`);
  ctx.stderr.write(`Try '${appletName(ctx)} --help' for more information.\n`);
}

/** How a tool words a file it cannot open, in each family (default `x: ...` / `can't open 'x': ...`). */
export interface OpenWording {
  gnu?: (path: string, e: FsError) => string;
  busybox?: (path: string, e: FsError) => string;
}

/** The text of a file operand (`-` is stdin); reports and returns undefined on failure. */
export function readInput(ctx: CommandContext, path: string, wording: OpenWording = {}): string | undefined {
  if (path === '-' || path === '/dev/stdin') return ctx.stdin;
  if (path === '/dev/null') return '';
  if (/^\/dev\/(zero|u?random)$/.test(resolvePath(ctx.cwd, path))) {
    warn(ctx, `kindling: the simulator does not model reading ${path} to its end (take a number of bytes: head -c N, dd count=N)`);
    return undefined;
  }
  try {
    return ctx.fs.readFile(resolvePath(ctx.cwd, path));
  } catch (e) {
    if (!isFsError(e)) throw e;
    const gnu = wording.gnu ?? ((p: string, err: FsError) => `${p}: ${err.text}`);
    const bb = wording.busybox ?? ((p: string, err: FsError) => `can't open '${p}': ${err.text}`);
    warn(ctx, isGnu(ctx) ? gnu(path, e) : bb(path, e));
    return undefined;
  }
}

/** Calls `use` with each operand's text (stdin without operands); 1 when one could not be read. */
export function eachFile(ctx: CommandContext, operands: string[], wording: OpenWording, use: (text: string, file: string) => void): number {
  let status = 0;
  for (const file of operands.length > 0 ? operands : ['-']) {
    const text = readInput(ctx, file, wording);
    if (text === undefined) status = 1;
    else use(text, file);
  }
  return status;
}

/**
 * Runs another program through the shell (ctx.exec), reporting in the caller's words a name that
 * is not on PATH or a path that does not exist (exit 127), as execvp(3) would fail.
 */
export function runProgram(ctx: CommandContext, argv: string[], stdin: string, missing: (name: string, error: string) => string): CommandResult {
  const name = argv[0] as string;
  if (ctx.exec === undefined || ctx.hasCommand === undefined) {
    warn(ctx, 'kindling: the simulator does not run other commands from here');
    return 126;
  }
  const found = name.includes('/') ? ctx.fs.exists(resolvePath(ctx.cwd, name)) : ctx.hasCommand(name);
  if (!found) {
    warn(ctx, missing(name, 'No such file or directory'));
    return 127;
  }
  return ctx.exec(argv, stdin);
}

/** Splits text into lines without their newlines (a final newline ends the last line). */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (text.endsWith('\n')) lines.pop();
  return lines;
}

/** Joins lines back, each ending with a newline. */
export function joinLines(lines: string[]): string {
  return lines.map((l) => `${l}\n`).join('');
}

/** A positive integer option value, or undefined after reporting it. */
export function numberOption(ctx: CommandContext, value: string, what: string): number | undefined {
  if (/^\+?[0-9]+$/.test(value)) return Number(value);
  warn(ctx, isGnu(ctx) ? `invalid number of ${what}: '${value}'` : `invalid number '${value}'`);
  return undefined;
}

/** Every value given to option `letter` (`-e a -e b`, `-ne x`), in order, using getopt's `spec`. */
export function optionValues(argv: string[], spec: string, letter: string): string[] {
  const out: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--') break;
    if (!a.startsWith('-') || a === '-' || a.startsWith('--')) continue;
    for (let j = 1; j < a.length; j++) {
      const c = a[j] as string;
      const at = spec.indexOf(c);
      if (at >= 0 && spec[at + 1] === ':') {
        const v = j + 1 < a.length ? a.slice(j + 1) : argv[++i];
        if (c === letter && v !== undefined) out.push(v);
        break;
      }
    }
  }
  return out;
}
