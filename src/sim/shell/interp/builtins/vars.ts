// Builtins that declare variables: export, readonly, unset, local, declare/typeset.
import { readonlyVariable } from '../messages.js';
import { type Frame, reportBuiltin } from '../runtime.js';
import { makeLocal, setVar, unsetVar, type Var } from '../state.js';
import { type BuiltinCall, isName } from './types.js';

/** `"value"` as `declare -p` prints it (bash). */
function bashDq(v: string): string {
  return `"${v.replace(/[\\"$`]/g, '\\$&')}"`;
}

/** `'value'` as busybox prints variables. */
function ashSq(v: string): string {
  return `'${v.replace(/'/g, `'"'"'`)}'`;
}

function listVars(f: Frame, out: BuiltinCall['stdout'], which: (v: Var) => boolean, bashFlag: string, ashWord: string): void {
  const names = [...f.state.vars.keys()].filter((n) => which(f.state.vars.get(n) as Var)).sort();
  for (const name of names) {
    const v = f.state.vars.get(name) as Var;
    if (f.rt.dialect === 'bash') out.write(`declare ${bashFlag} ${name}${v.value === undefined ? '' : `=${bashDq(v.value)}`}\n`);
    else out.write(`${ashWord} ${name}${v.value === undefined ? '' : `=${ashSq(v.value)}`}\n`);
  }
}

function badName(f: Frame, builtin: string, name: string): number {
  if (f.rt.dialect === 'bash') reportBuiltin(f, builtin, `\`${name}': not a valid identifier`);
  else reportBuiltin(f, builtin, `${name}: bad variable name`);
  return f.rt.dialect === 'bash' ? 1 : 2;
}

/** Applies `name[=value]` arguments with `apply`; returns the status. */
function declareEach(call: BuiltinCall, builtin: string, args: string[], apply: (name: string, value: string | undefined) => boolean): number {
  let status = 0;
  for (const arg of args) {
    const m = /^([^=+]*)(\+?=)?([\s\S]*)$/.exec(arg) as RegExpExecArray;
    const name = m[1] as string;
    if (!isName(name)) {
      status = badName(call.f, builtin, arg);
      continue;
    }
    let value = m[2] === undefined ? undefined : (m[3] as string);
    if (m[2] === '+=' && value !== undefined) value = (call.f.state.vars.get(name)?.value ?? '') + value;
    if (!apply(name, value)) {
      reportBuiltin(call.f, builtin, readonlyVariable(call.f.rt.dialect, name));
      status = 1;
    }
  }
  return status;
}

function splitFlags(argv: string[]): { flags: string; args: string[] } {
  let flags = '';
  let i = 1;
  for (; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--') {
      i++;
      break;
    }
    if (!/^[-+][a-zA-Z]+$/.test(a)) break;
    flags += a.slice(1);
  }
  return { flags, args: argv.slice(i) };
}

/** `export [-n] [-p] [NAME[=VALUE]]...`. */
export function exportBuiltin(call: BuiltinCall): number {
  const { f } = call;
  const { flags, args } = splitFlags(call.argv);
  if (args.length === 0) {
    listVars(f, call.stdout, (v) => v.exported, '-x', 'export');
    return 0;
  }
  return declareEach(call, 'export', args, (name, value) => {
    const v = f.state.vars.get(name);
    if (flags.includes('n')) {
      if (v) v.exported = false;
      return true;
    }
    if (value === undefined) {
      if (v) v.exported = true;
      else f.state.vars.set(name, { value: undefined, exported: true, readonly: false });
      return true;
    }
    return setVar(f.state, name, value, { export: true });
  });
}

/** `readonly [-p] [NAME[=VALUE]]...`. */
export function readonlyBuiltin(call: BuiltinCall): number {
  const { f } = call;
  const { args } = splitFlags(call.argv);
  if (args.length === 0) {
    listVars(f, call.stdout, (v) => v.readonly, '-r', 'readonly');
    return 0;
  }
  return declareEach(call, 'readonly', args, (name, value) => {
    if (value !== undefined && !setVar(f.state, name, value)) return false;
    const v = f.state.vars.get(name);
    if (v) v.readonly = true;
    else f.state.vars.set(name, { value: undefined, exported: false, readonly: true });
    return true;
  });
}

/** `unset [-v|-f] NAME...`: a name that is no variable unsets a function. */
export function unsetBuiltin(call: BuiltinCall): number {
  const { f } = call;
  const { flags, args } = splitFlags(call.argv);
  let status = 0;
  for (const name of args) {
    if (flags.includes('f')) {
      f.state.functions.delete(name);
      continue;
    }
    if (!isName(name)) {
      status = badName(f, 'unset', name);
      continue;
    }
    if (!unsetVar(f.state, name)) {
      if (f.rt.dialect === 'bash') reportBuiltin(f, 'unset', `${name}: cannot unset: readonly variable`);
      else reportBuiltin(f, 'unset', readonlyVariable('ash', name));
      status = 1;
      continue;
    }
    if (!flags.includes('v') && !f.state.vars.has(name)) f.state.functions.delete(name);
  }
  return status;
}

/** `local [-x|-r] [NAME[=VALUE]]...`, only inside a function. */
export function localBuiltin(call: BuiltinCall): number {
  const { f } = call;
  if (f.state.localFrames.length === 0) {
    reportBuiltin(f, 'local', f.rt.dialect === 'bash' ? 'can only be used in a function' : 'not in a function');
    return f.rt.dialect === 'bash' ? 1 : 2;
  }
  const { flags, args } = splitFlags(call.argv);
  return declareEach(call, 'local', args, (name, value) => {
    makeLocal(f.state, name);
    const v = f.state.vars.get(name) as Var;
    if (flags.includes('x')) v.exported = true;
    if (value !== undefined) v.value = value;
    if (flags.includes('r')) v.readonly = true;
    return true;
  });
}

/** `declare`/`typeset` (bash): -x export, -r readonly, -p print; local inside functions. */
export function declareBuiltin(call: BuiltinCall): number {
  const { f } = call;
  const { flags, args } = splitFlags(call.argv);
  if (flags.includes('p') || args.length === 0) {
    const wanted = args.length === 0 ? undefined : new Set(args);
    listVars(f, call.stdout, (v) => wanted === undefined || [...wanted].some((n) => f.state.vars.get(n) === v), '--', 'declare');
    return 0;
  }
  return declareEach(call, 'declare', args, (name, value) => {
    if (f.state.localFrames.length > 0) makeLocal(f.state, name);
    if (value !== undefined && !setVar(f.state, name, value)) return false;
    let v = f.state.vars.get(name);
    if (!v) {
      v = { value: undefined, exported: false, readonly: false };
      f.state.vars.set(name, v);
    }
    if (flags.includes('x')) v.exported = true;
    if (flags.includes('r')) v.readonly = true;
    return true;
  });
}
