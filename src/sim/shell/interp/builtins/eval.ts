// Builtins that run other code: eval, . / source, exec, command, type.
import { ExitSignal, type Gen, ReturnSignal } from '../control.js';
import { invoke, lookupCommand, runExternal } from '../interpret-simple.js';
import { evalString, parseCached, runScript } from '../interpret-script.js';
import { type Frame, report, reportBuiltin } from '../runtime.js';
import { RESERVED } from '../../syntax/parse-state.js';
import { isFsError, resolvePath } from '../../../core/vfs/vfs.js';
import type { BuiltinCall } from './types.js';

/** `eval ARG...`: runs the joined arguments in this shell. */
export function* evalBuiltin(call: BuiltinCall): Gen<number> {
  const src = call.argv.slice(1).join(' ');
  if (src.trim() === '') return 0;
  return yield* evalString(src, call.f);
}

/** `. FILE [ARG...]` / `source`: runs a file in this shell; `return` ends it. */
export function* source(call: BuiltinCall): Gen<number> {
  const { f, argv } = call;
  const file = argv[1];
  if (file === undefined) {
    if (f.rt.dialect === 'bash') {
      reportBuiltin(f, argv[0] as string, 'filename argument required');
      call.stderr.write(`${argv[0]}: usage: ${argv[0]} filename [arguments]\n`);
    }
    return 2;
  }
  let text: string;
  try {
    text = f.rt.fs.readFile(resolvePath(f.state.cwd, file));
  } catch (e) {
    if (!isFsError(e)) throw e;
    if (f.rt.dialect === 'bash') report(f, `${file}: ${e.text}`);
    else reportBuiltin(f, argv[0] as string, `can't open '${file}': ${e.text}`);
    return 1;
  }
  const saved = f.state.positional;
  if (argv.length > 2) f.state.positional = argv.slice(2);
  try {
    return yield* runScript(parseCached(text, f.rt), { ...f, funcDepth: f.funcDepth + 1 }, file);
  } catch (e) {
    if (e instanceof ReturnSignal) return e.status;
    throw e;
  } finally {
    if (argv.length > 2) f.state.positional = saved;
  }
}

/** `exec cmd args` replaces the shell; `exec` with only redirections is handled by the caller. */
export function* exec(call: BuiltinCall): Gen<number> {
  const argv = call.argv.slice(1);
  if (argv.length === 0) return 0;
  const status = yield* runExternal(argv, [], call.f);
  throw new ExitSignal(status);
}

/** What a name is, for `type` and `command -v`. */
type Kind = { kind: 'keyword' | 'function' | 'builtin' } | { kind: 'file'; path: string } | undefined;

function classify(name: string, f: Frame): Kind {
  if (RESERVED.has(name)) return { kind: 'keyword' };
  if (f.state.functions.has(name)) return { kind: 'function' };
  const b = f.rt.exec.builtins[name];
  if (b && (b.dialects === undefined || b.dialects.includes(f.rt.dialect))) return { kind: 'builtin' };
  if (name.includes('/')) return f.rt.fs.exists(resolvePath(f.state.cwd, name)) || lookupCommand(name, f) ? { kind: 'file', path: name } : undefined;
  if (lookupCommand(name, f)) return { kind: 'file', path: `${f.rt.dialect === 'bash' ? '/usr/bin' : '/bin'}/${name}` };
  return undefined;
}

/** `type NAME...`. */
export function type(call: BuiltinCall): number {
  const { f } = call;
  let status = 0;
  for (const name of call.argv.slice(1).filter((a) => !a.startsWith('-'))) {
    const k = classify(name, f);
    if (k === undefined) {
      if (f.rt.dialect === 'bash') reportBuiltin(f, 'type', `${name}: not found`);
      else call.stdout.write(`${name}: not found\n`);
      status = f.rt.dialect === 'bash' ? 1 : 127;
      continue;
    }
    const what = k.kind === 'file' ? k.path : k.kind === 'keyword' ? 'a shell keyword' : k.kind === 'function' ? 'a function' : 'a shell builtin';
    call.stdout.write(`${name} is ${what}\n`);
  }
  return status;
}

/** `command [-v|-V] NAME [ARG...]`: runs a builtin or program, never a function. */
export function* command(call: BuiltinCall): Gen<number> {
  const { f, argv } = call;
  let i = 1;
  let mode: 'run' | 'v' | 'V' = 'run';
  for (; i < argv.length && (argv[i] as string).startsWith('-'); i++) {
    const a = argv[i] as string;
    if (a === '--') {
      i++;
      break;
    }
    if (a.includes('v')) mode = 'v';
    if (a.includes('V')) mode = 'V';
  }
  const rest = argv.slice(i);
  if (rest.length === 0) return 0;
  if (mode === 'run') return yield* invoke(rest, [], f, true);
  if (mode === 'V') return type({ ...call, argv: ['type', ...rest] });
  let status = 0;
  for (const name of rest) {
    const k = classify(name, f);
    if (k === undefined) status = 1;
    else call.stdout.write(`${k.kind === 'file' ? k.path : name}\n`);
  }
  return status;
}
