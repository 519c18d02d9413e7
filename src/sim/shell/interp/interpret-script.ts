// Running source text: a whole script (one complete command at a time, then its syntax error if
// any), `eval`/`.`/trap handlers in the current shell, and script files in a child shell.
import type { Script } from '../syntax/ast.js';
import { ExitSignal, type Gen } from './control.js';
import { writerOf } from './io.js';
import { syntaxError } from './messages.js';
import { parseScript } from '../syntax/parse.js';
import type { Frame, ShellRuntime } from './runtime.js';
import { createState, exportedEnv, type ShellFlags } from './state.js';

/** Parses source once per shell (loops re-run the same `eval` text and trap handlers). */
export function parseCached(src: string, rt: ShellRuntime): Script {
  const cache = rt.parseCache;
  let script = cache.get(src);
  if (script === undefined) {
    if (cache.size > 500) cache.clear();
    script = parseScript(src, rt.dialect);
    cache.set(src, script);
  }
  return script;
}

/**
 * Runs a parsed script. In an interactive shell a fatal error abandons only the complete command
 * it happened in. `where` names the source in non-interactive bash syntax errors (`-c`, `eval`).
 */
export function* runScript(script: Script, f: Frame, where: string): Gen<number> {
  let status = 0;
  for (const cc of script.commands) {
    if (cc.warnings && f.rt.dialect === 'bash') {
      const rt = f.rt;
      for (const w of cc.warnings) writerOf(f.io, 2).write(`${rt.shellName}: ${rt.interactive ? '' : `line ${w.line}: `}warning: ${w.text}\n`);
    }
    try {
      status = yield* f.rt.exec.execList(cc.list, f);
    } catch (e) {
      if (!(e instanceof ExitSignal && e.fatal && f.rt.interactive && !f.state.subshell)) throw e;
      status = e.status;
      f.state.lastStatus = status;
    }
  }
  if (script.error) {
    reportSyntaxError(script, f, where);
    status = 2;
    f.state.lastStatus = 2;
  }
  return status;
}

function reportSyntaxError(script: Script, f: Frame, where: string): void {
  const e = script.error;
  if (e === undefined) return;
  const rt = f.rt;
  const err = writerOf(f.io, 2);
  const message = syntaxError(rt.dialect, e);
  if (rt.dialect === 'ash' || rt.interactive) {
    err.write(`${rt.shellName}: ${message}\n`);
    return;
  }
  const at = `${rt.shellName}: ${where}: line ${e.line}: `;
  err.write(`${at}${message}\n`);
  if (e.kind === 'token') err.write(`${at}\`${e.lineText}'\n`);
}

/** `eval`, trap handlers: runs text in the current shell. */
export function* evalString(src: string, f: Frame, where = 'eval'): Gen<number> {
  return yield* runScript(parseCached(src, f.rt), f, where);
}

/** Runs a script file in a child shell: exported variables only, its own functions and `$0`. */
export function* runScriptFile(path: string, argv: string[], assigns: [string, string][], f: Frame): Gen<number> {
  const env = exportedEnv(f.state);
  for (const [n, v] of assigns) env[n] = v;
  return yield* runChildShell(f.rt.fs.readFile(path), argv[0] as string, argv.slice(1), env, f);
}

/**
 * Runs source in a child shell (a script, `sh -c`): a fresh state from `env`, non-interactive,
 * named `name` in its error messages. Its exit ends only the child.
 */
export function* runChildShell(
  src: string,
  name: string,
  args: string[],
  env: Record<string, string>,
  f: Frame,
  flags: Partial<ShellFlags> = {},
): Gen<number> {
  const state = createState(env, f.state.cwd, name);
  state.positional = args;
  state.subshell = true;
  Object.assign(state.flags, flags);
  const { envOverride: _ignored, ...parent } = f;
  const child: Frame = { ...parent, state, noErrexit: false, funcDepth: f.funcDepth + 1 };
  const rt = f.rt;
  const saved = { shellName: rt.shellName, interactive: rt.interactive, line: rt.line };
  rt.shellName = name;
  rt.interactive = false;
  try {
    return yield* runScript(parseCached(src, rt), child, '-c');
  } catch (e) {
    if (e instanceof ExitSignal) return e.status;
    throw e;
  } finally {
    Object.assign(rt, saved);
  }
}
