// Commands that run other commands or look them up, so they need the interpreter rather than an
// applet: `env [-i] [NAME=VALUE]... CMD`, `sh -c 'script'` / `sh script.sh` (and `bash` in bash).
// (xargs, find -exec and which are applets that run or look up commands through CommandContext.)
import type { Gen } from './control.js';
import { runChildShell } from './interpret-script.js';
import { commandEnv } from './env-order.js';
import { awaitEnd, consumeInput, inputOf, writerOf } from './io.js';
import { type Frame, report } from './runtime.js';
import { createState, exportedEnv, FLAG_LETTERS, type ShellFlags } from './state.js';
import { basenamePath, isFsError, resolvePath } from '../../core/vfs/vfs.js';

type RunExternal = (argv: string[], assigns: [string, string][], f: Frame) => Gen<number>;

/** Whether `name` is a program the interpreter runs itself (`sh`, `env`): for `which`, `xargs sh`. */
export function isMetaCommand(name: string, f: Frame): boolean {
  const base = basenamePath(name);
  return base === 'env' || base === 'sh' || base === 'ash' || (base === 'bash' && f.rt.dialect === 'bash');
}

/** Runs argv if it is a meta command; undefined when it is not one. */
export function metaCommand(
  argv: string[],
  assigns: [string, string][],
  f: Frame,
  runExternal: RunExternal,
): Gen<number> | undefined {
  const base = basenamePath(argv[0] as string);
  if (base === 'env' && argv.length > 1) return envCommand(argv, assigns, f, runExternal);
  if (base === 'sh' || base === 'ash' || (base === 'bash' && f.rt.dialect === 'bash')) return shCommand(argv, assigns, f);
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
  if (file === undefined) {
    const stdin = inputOf(f.io, 0);
    yield* awaitEnd(stdin);
    return yield* runChildShell(consumeInput(stdin), name, [], env, f, flags);
  }
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
