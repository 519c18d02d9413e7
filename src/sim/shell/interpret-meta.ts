// Commands that run other commands or look them up, so they need the interpreter rather than an
// applet: `env [-i] [NAME=VALUE]... CMD`, `sh -c 'script'` / `sh script.sh` (and `bash` in bash),
// `xargs CMD`, `which NAME`.
import type { Gen } from './control.js';
import { runChildShell } from './interpret-script.js';
import { commandEnv } from './env-order.js';
import { consumeInput, inputOf, writerOf } from './io.js';
import { type Frame, report } from './runtime.js';
import { createState, exportedEnv, FLAG_LETTERS, type ShellFlags } from './state.js';
import { basenamePath, isFsError, resolvePath } from './vfs.js';

type RunExternal = (argv: string[], assigns: [string, string][], f: Frame) => Gen<number>;

/** Runs argv if it is a meta command; undefined when it is not one. */
export function metaCommand(
  argv: string[],
  assigns: [string, string][],
  f: Frame,
  runExternal: RunExternal,
  lookup: (name: string) => boolean,
): Gen<number> | undefined {
  const base = basenamePath(argv[0] as string);
  if (base === 'env' && argv.length > 1) return envCommand(argv, assigns, f, runExternal);
  if (base === 'sh' || base === 'ash' || (base === 'bash' && f.rt.dialect === 'bash')) return shCommand(argv, assigns, f);
  if (base === 'xargs') return xargs(argv, f, runExternal, lookup);
  if (base === 'which') return which(argv, f, lookup);
  return undefined;
}

function* envCommand(argv: string[], assigns: [string, string][], f: Frame, runExternal: RunExternal): Gen<number> {
  let i = 1;
  let clear = false;
  const unset: string[] = [];
  const sets: [string, string][] = [];
  for (; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '-i' || a === '-' || a === '--ignore-environment') clear = true;
    else if (a === '-u') unset.push(argv[++i] ?? '');
    else if (a === '--') {
      i++;
      break;
    } else if (/^[^=]+=/.test(a) && !a.startsWith('-')) {
      const eq = a.indexOf('=');
      sets.push([a.slice(0, eq), a.slice(eq + 1)]);
    } else break;
  }
  // env starts from the environment the shell gave it (in the shell's order, `_` last).
  const env: Record<string, string> = clear ? {} : commandEnv(f.rt.dialect, Object.entries(exportedEnv(f.state)), assigns);
  if (!clear && f.rt.dialect === 'bash') env['_'] = argv[0]?.includes('/') ? (argv[0] as string) : '/usr/bin/env';
  for (const n of unset) delete env[n];
  for (const [n, v] of sets) env[n] = v;
  const rest = argv.slice(i);
  if (rest.length === 0) {
    writerOf(f.io, 1).write(Object.entries(env).map(([n, v]) => `${n}=${v}\n`).join(''));
    return 0;
  }
  return yield* runExternal(rest, [], { ...f, state: createState(env, f.state.cwd, f.state.argv0), envOverride: env });
}

function* shCommand(argv: string[], assigns: [string, string][], f: Frame): Gen<number> {
  const env = exportedEnv(f.state);
  for (const [n, v] of assigns) env[n] = v;
  const flags: Partial<ShellFlags> = {};
  let command: string | undefined;
  let i = 1;
  for (; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '-c') {
      command = argv[++i] ?? '';
      i++;
      break;
    }
    if (a === '--') {
      i++;
      break;
    }
    if (!/^[-+][a-zA-Z]+$/.test(a)) break;
    for (const letter of a.slice(1)) {
      const flag = FLAG_LETTERS[letter];
      if (flag) flags[flag] = a[0] === '-';
    }
  }
  const name = basenamePath(argv[0] as string);
  if (command !== undefined) {
    const [argv0, ...args] = argv.slice(i);
    return yield* runChildShell(command, argv0 ?? name, args, env, f, flags);
  }
  const file = argv[i];
  if (file === undefined) return yield* runChildShell(consumeInput(inputOf(f.io, 0)), name, [], env, f, flags);
  let src: string;
  try {
    src = f.rt.fs.readFile(resolvePath(f.state.cwd, file));
  } catch (e) {
    if (!isFsError(e)) throw e;
    report(f, f.rt.dialect === 'bash' ? `${file}: ${e.text}` : `can't open '${file}': ${e.text}`);
    return 127;
  }
  return yield* runChildShell(src, file, argv.slice(i + 1), env, f, flags);
}

/** Splits xargs input: blanks separate, quotes and backslashes group (GNU and busybox alike). */
function xargsWords(text: string): string[] {
  const words: string[] = [];
  let cur: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === ' ' || c === '\t' || c === '\n') {
      if (cur !== undefined) words.push(cur);
      cur = undefined;
    } else if (c === "'" || c === '"') {
      const close = text.indexOf(c, i + 1);
      const end = close < 0 ? text.length : close;
      cur = (cur ?? '') + text.slice(i + 1, end);
      i = end;
    } else if (c === '\\' && i + 1 < text.length) {
      cur = (cur ?? '') + (text[++i] as string);
    } else cur = (cur ?? '') + c;
  }
  if (cur !== undefined) words.push(cur);
  return words;
}

/** `xargs [-n N] [-I R] [-r] [-t] [-0] [CMD [ARG]...]`: runs CMD with arguments read from stdin. */
function* xargs(argv: string[], f: Frame, runExternal: RunExternal, lookup: (name: string) => boolean): Gen<number> {
  let perCall = Infinity;
  let replace: string | undefined;
  let skipEmpty = false;
  let trace = false;
  let nul = false;
  let i = 1;
  for (; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '-n') perCall = Number(argv[++i]);
    else if (/^-n[0-9]+$/.test(a)) perCall = Number(a.slice(2));
    else if (a === '-I') replace = argv[++i];
    else if (a.startsWith('-I') && a.length > 2) replace = a.slice(2);
    else if (a === '-r' || a === '--no-run-if-empty') skipEmpty = true;
    else if (a === '-t') trace = true;
    else if (a === '-0' || a === '--null') nul = true;
    else if (a === '--') {
      i++;
      break;
    } else break;
  }
  const base = argv.slice(i).length > 0 ? argv.slice(i) : ['echo'];
  const input = consumeInput(inputOf(f.io, 0));
  let calls: string[][];
  if (replace !== undefined) {
    const r = replace;
    calls = input.split('\n').filter((l) => l.trim() !== '').map((line) => base.map((a) => a.split(r).join(line.trim())));
  } else {
    const words = nul ? input.split('\0').filter((w) => w !== '') : xargsWords(input);
    calls = [];
    for (let k = 0; k < words.length; k += Number.isFinite(perCall) ? perCall : words.length) calls.push([...base, ...words.slice(k, k + (Number.isFinite(perCall) ? perCall : words.length))]);
    if (words.length === 0 && !skipEmpty && f.rt.dialect === 'bash') calls.push(base);
  }
  const cmd = base[0] as string;
  if (calls.length > 0 && !cmd.includes('/') && !lookup(cmd)) {
    writerOf(f.io, 2).write(`xargs: ${cmd}: No such file or directory\n`);
    return 127;
  }
  let status = 0;
  for (const call of calls) {
    if (trace) writerOf(f.io, 2).write(`${call.join(' ')}\n`);
    const s = yield* runExternal(call, [], f);
    if (s === 127 || s === 126) return s;
    if (s === 255) return 124;
    if (s !== 0) status = 123;
  }
  return status;
}

/** `which NAME...`: the path of each command on PATH (here: each command in the table). */
function* which(argv: string[], f: Frame, lookup: (name: string) => boolean): Gen<number> {
  let status = 0;
  const dir = f.rt.dialect === 'bash' ? '/usr/bin' : '/bin';
  for (const name of argv.slice(1).filter((a) => !a.startsWith('-'))) {
    if (name.includes('/') ? f.rt.fs.exists(resolvePath(f.state.cwd, name)) : lookup(name)) {
      writerOf(f.io, 1).write(`${name.includes('/') ? name : `${dir}/${name}`}\n`);
    } else status = 1;
  }
  return status;
}
