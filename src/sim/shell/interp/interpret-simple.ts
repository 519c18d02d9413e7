// Simple commands: expand the words, apply assignments and redirections, then run a function,
// a builtin, a command from the table, or a script file, in that order.
import type { Assignment, FunctionDef, SimpleCommand, Word } from '../syntax/ast.js';
import { type Gen, LimitSignal, ReturnSignal } from './control.js';
import { expandString, expandWords } from '../expand/expand.js';
import { isMetaCommand, metaCommand } from './interpret-meta.js';
import { runScriptFile } from './interpret-script.js';
import { commandEnv } from './env-order.js';
import { consumeInput, inputEnded, copyIo, type InputStream, inputOf, type Io, writerOf } from './io.js';
import type { Pipe } from './pipe.js';
import { runOnPipedStdin } from './piped-stdin.js';
import { isADirectory, notFound, readonlyVariable } from './messages.js';
import { applyRedirects, redirectFailureStatus } from './redirect.js';
import { fatal, type Frame, report, step } from './runtime.js';
import { exportedEnv, makeLocal, popLocals, setArray, setVar, type Var } from './state.js';
import type { CommandContext, CommandImpl, InputReader, Writer } from '../types.js';
import { HeldBytesLimit } from '../../core/vfs/file-data.js';
import { basenamePath, isFsError, resolvePath } from '../../core/vfs/vfs.js';
import { traceCommand } from './xtrace.js';

/** Functions nested deeper than this stop the process, as a runaway recursion would. */
const MAX_FUNCTION_DEPTH = 200;

/** Builtins whose `name=value` arguments are expanded like assignments (no splitting). */
const DECLARATION_BUILTINS = new Set(['export', 'local', 'readonly', 'declare', 'typeset']);

/** `name() body`: defines (or redefines) a function. */
export function* defineFunction(def: FunctionDef, f: Frame): Gen<number> {
  f.state.functions.set(def.name, def);
  return 0;
}

/** A simple command, from expansion to exit status. */
export function* execSimple(cmd: SimpleCommand, f: Frame): Gen<number> {
  const rt = f.rt;
  step(rt);
  rt.line = cmd.line;
  rt.substStatus = undefined;
  const argv = yield* expandCommandWords(cmd.words, f);
  if (argv.length === 0) return yield* assignOnly(cmd, f);
  if (argv.length === 1 && argv[0] === 'exec' && !f.state.functions.has('exec')) return yield* execRedirects(cmd, f);
  const assigns: [string, string][] = [];
  for (const a of cmd.assigns) assigns.push([a.name, yield* assignValue(a, f)]);
  if (f.state.flags.xtrace) traceCommand(f, assigns.map(([n, v]) => `${n}=${v}`), argv);
  const io = yield* applyRedirects(cmd.redirects, f);
  if (io === undefined) return redirectFailureStatus(f);
  return yield* invoke(argv, assigns, io === f.io ? f : { ...f, io });
}

/** `exec >file 2>&1`: the redirections stay for the rest of the shell. */
function* execRedirects(cmd: SimpleCommand, f: Frame): Gen<number> {
  if (f.state.flags.xtrace) traceCommand(f, [], ['exec']);
  const io = yield* applyRedirects(cmd.redirects, f);
  if (io === undefined) return redirectFailureStatus(f);
  f.io.fds = io.fds;
  return 0;
}

function* expandCommandWords(words: Word[], f: Frame): Gen<string[]> {
  if (words.length === 0) return [];
  const first = yield* expandWords([words[0] as Word], f);
  if (first.length === 0) return yield* expandWords(words.slice(1), f);
  if (!DECLARATION_BUILTINS.has(first[0] as string)) return [...first, ...(yield* expandWords(words.slice(1), f))];
  const out = [...first];
  for (const w of words.slice(1)) {
    const head = w[0];
    if (head?.type === 'lit' && /^[A-Za-z_][A-Za-z0-9_]*\+?=/.test(head.text)) out.push(yield* expandString(w, f));
    else out.push(...(yield* expandWords([w], f)));
  }
  return out;
}

function* assignValue(a: Assignment, f: Frame): Gen<string> {
  const value = yield* expandString(a.value, f);
  return a.append ? (f.state.vars.get(a.name)?.value ?? '') + value : value;
}

function* assignOnly(cmd: SimpleCommand, f: Frame): Gen<number> {
  const traced: string[] = [];
  for (const a of cmd.assigns) {
    if (a.array) {
      // `name=(...)`: each word expanded as a command's words are (split, globbed), one element each.
      const values = yield* expandWords(a.array, f);
      const all = a.append ? [...(f.state.vars.get(a.name)?.array ?? (f.state.vars.get(a.name)?.value === undefined ? [] : [f.state.vars.get(a.name)!.value!])), ...values] : values;
      traced.push(`${a.name}=(${values.join(' ')})`);
      if (!setArray(f.state, a.name, all)) fatal(f, readonlyVariable(f.rt.dialect, a.name));
      continue;
    }
    const value = yield* assignValue(a, f);
    traced.push(`${a.name}=${value}`);
    if (!setVar(f.state, a.name, value)) fatal(f, readonlyVariable(f.rt.dialect, a.name));
  }
  if (f.state.flags.xtrace && traced.length > 0) traceCommand(f, traced, []);
  const io = yield* applyRedirects(cmd.redirects, f);
  if (io === undefined) return redirectFailureStatus(f);
  return f.rt.substStatus ?? 0;
}

/** Runs argv[0] as a function, builtin, command or script, with `assigns` in its environment. */
export function* invoke(argv: string[], assigns: [string, string][], f: Frame, skipFunctions = false): Gen<number> {
  const name = argv[0] as string;
  const fn = skipFunctions ? undefined : f.state.functions.get(name);
  if (fn) return yield* withTempVars(assigns, f, () => callFunction(fn, argv, f));
  const builtin = f.rt.exec.builtins[name];
  if (builtin && (builtin.dialects === undefined || builtin.dialects.includes(f.rt.dialect))) {
    return yield* withTempVars(assigns, f, function* () {
      const r = builtin.run({ argv, f, stdout: writerOf(f.io, 1), stderr: writerOf(f.io, 2) });
      return typeof r === 'number' ? r : yield* r;
    });
  }
  return yield* runExternal(argv, assigns, f);
}

/** Runs a command from the table or a script file (no functions, no builtins). */
export function* runExternal(argv: string[], assigns: [string, string][], f: Frame): Gen<number> {
  const name = argv[0] as string;
  // A path that names nothing (an image's `/docker-entrypoint.sh`, a program of the table) is
  // looked up in the table: asked with exists, it throws no error to be caught.
  const abs = name.includes('/') ? resolvePath(f.state.cwd, name) : undefined;
  if (abs !== undefined && f.rt.fs.exists(abs)) {
    try {
      const st = f.rt.fs.stat(abs);
      if (st.type === 'dir') {
        report(f, isADirectory(f.rt.dialect, name));
        return 126;
      }
      return yield* runScriptFile(abs, argv, assigns, f);
    } catch (e) {
      if (!isFsError(e)) throw e;
    }
  }
  const impl = lookupCommand(name, f);
  if (impl === undefined || basenamePath(name) === 'env') {
    const meta = metaCommand(argv, assigns, f, runExternal);
    if (meta) return yield* meta;
  }
  if (impl === undefined) {
    report(f, notFound(f.rt.dialect, name));
    return 127;
  }
  return yield* runImpl(impl, argv, assigns, f);
}

/** The table entry for a command name (`/bin/echo` finds `echo`). */
export function lookupCommand(name: string, f: Frame): CommandImpl | undefined {
  const commands = f.rt.commands;
  if (Object.prototype.hasOwnProperty.call(commands, name)) return commands[name];
  if (name.includes('/')) {
    const base = basenamePath(name);
    if (Object.prototype.hasOwnProperty.call(commands, base)) return commands[base];
  }
  return undefined;
}

/** Runs a CommandImpl with a context built from the frame. */
export function* runImpl(impl: CommandImpl, argv: string[], assigns: [string, string][], f: Frame): Gen<number> {
  let env = f.envOverride;
  if (env === undefined) {
    env = commandEnv(f.rt.dialect, Object.entries(exportedEnv(f.state)).filter(([n]) => n !== '_'), assigns);
    // bash exports `_`, the path of the command, last.
    if (f.rt.dialect === 'bash') env['_'] = argv[0]?.includes('/') ? (argv[0] as string) : `/usr/bin/${argv[0]}`;
  }
  const stdin = inputOf(f.io, 0);
  const streaming = impl.streams === true && stdin.pipe !== undefined;
  const commandEnvironment = env;
  try {
    // A command that reads its input whole, while its pipe is still being written (piped-stdin.ts).
    if (stdin.pipe !== undefined && !streaming && !inputEnded(stdin)) {
      return yield* runOnPipedStdin(stdin, impl, (beforeRead) => contextFor(argv, commandEnvironment, f.io, f, { beforeRead }));
    }
    const r = impl(contextFor(argv, env, f.io, f, { streaming }));
    return typeof r === 'number' ? r : yield* r;
  } catch (e) {
    const message = unhandledWriteOrRead(e);
    if (message === undefined) throw e;
    // What a tool did not word itself: stdio's close_stdout (GNU) and libbb's copyfd say this.
    reportQuietly(writerOf(f.io, 2), `${basenamePath(argv[0] as string)}: ${message}\n`);
    return 1;
  }
}

/** The text for a full filesystem or a read too large to hold, or undefined for anything else (a bug, a signal). */
function unhandledWriteOrRead(e: unknown): string | undefined {
  if (e instanceof HeldBytesLimit) return e.message;
  if (isFsError(e) && (e.code === 'ENOSPC' || e.code === 'EFBIG')) return `write error: ${e.text}`;
  return undefined;
}

/** Writes an error where stderr may itself be the full file. */
function reportQuietly(stderr: Writer, text: string): void {
  try {
    stderr.write(text);
  } catch (e) {
    if (!isFsError(e)) throw e;
  }
}

/** The context a command sees. Reading `stdin` consumes it; `streaming` gives a piped stdin as `input`. */
export function contextFor(
  argv: string[],
  env: Record<string, string>,
  io: Io,
  f: Frame,
  options: { streaming?: boolean; beforeRead?: () => void } = {},
): CommandContext {
  const stream = inputOf(io, 0);
  const rt = f.rt;
  return {
    ...(options.streaming ? { input: pipeReader(stream) } : {}),
    argv,
    env,
    cwd: f.state.cwd,
    fs: rt.fs,
    get stdin() {
      options.beforeRead?.();
      return consumeInput(stream);
    },
    stdout: writerOf(io, 1),
    stderr: writerOf(io, 2),
    now: () => rt.now,
    shellName: rt.shellName,
    dialect: rt.dialect,
    pid: rt.pid,
    exec: (child, stdin = '') => {
      // The child inherits this command's environment and descriptors, with its own stdin.
      const childIo = copyIo(io);
      childIo.fds.set(0, { kind: 'in', stream: { data: stdin, pos: 0 } });
      return runExternal(child, [], { ...f, io: childIo, envOverride: env });
    },
    hasCommand: (name) => lookupCommand(name, f) !== undefined || isMetaCommand(name, f),
  };
}

/** The read end of a pipe as a streaming command reads it: what has arrived, '' for nothing yet, undefined at the end. */
function pipeReader(stream: InputStream): InputReader {
  const pipe = stream.pipe as Pipe;
  return {
    read() {
      const text = consumeInput(stream);
      if (text !== '') return text;
      return pipe.eof ? undefined : '';
    },
    ready: () => stream.pos < stream.data.length || pipe.readable(),
  };
}

/** Calls a shell function: new positional parameters and a scope for `local`. */
export function* callFunction(def: FunctionDef, argv: string[], f: Frame): Gen<number> {
  if (f.funcDepth >= MAX_FUNCTION_DEPTH) {
    throw new LimitSignal(
      `${f.rt.shellName}: kindling: execution limit reached (functions nested ${MAX_FUNCTION_DEPTH} deep); is there a recursion without end?\n`,
    );
  }
  const state = f.state;
  const savedPositional = state.positional;
  state.positional = argv.slice(1);
  state.localFrames.push(new Map());
  // bash's FUNCNAME (only its first element: there are no arrays here).
  if (f.rt.dialect === 'bash') {
    makeLocal(state, 'FUNCNAME');
    setVar(state, 'FUNCNAME', def.name);
  }
  try {
    return yield* f.rt.exec.execCommand(def.body, { ...f, funcDepth: f.funcDepth + 1 });
  } catch (e) {
    if (e instanceof ReturnSignal) return e.status;
    throw e;
  } finally {
    popLocals(state);
    state.positional = savedPositional;
  }
}

/** Runs `body` with `assigns` set (and exported) in the shell, then puts the old values back. */
function* withTempVars(assigns: [string, string][], f: Frame, body: () => Gen<number>): Gen<number> {
  if (assigns.length === 0) return yield* body();
  const saved = new Map<string, Var | undefined>();
  for (const [name, value] of assigns) {
    if (!saved.has(name)) saved.set(name, f.state.vars.has(name) ? { ...(f.state.vars.get(name) as Var) } : undefined);
    setVar(f.state, name, value, { export: true });
  }
  try {
    return yield* body();
  } finally {
    for (const [name, v] of saved) {
      if (v) f.state.vars.set(name, v);
      else f.state.vars.delete(name);
    }
  }
}
