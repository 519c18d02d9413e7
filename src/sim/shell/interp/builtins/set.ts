// `set` (options and positional parameters) and `shift`.
import { ExitSignal } from '../control.js';
import { reportBuiltin } from '../runtime.js';
import { FLAG_LETTERS, type ShellFlags } from '../state.js';
import type { BuiltinCall } from './types.js';

const LONG_NAMES: Record<string, keyof ShellFlags> = {
  errexit: 'errexit', nounset: 'nounset', pipefail: 'pipefail', xtrace: 'xtrace', noglob: 'noglob',
  noclobber: 'noclobber', allexport: 'allexport', verbose: 'verbose',
};

function quoteValue(v: string, bash: boolean): string {
  if (bash && /^[A-Za-z0-9_@%+=:,./-]*$/.test(v)) return v;
  return `'${v.replace(/'/g, bash ? "'\\''" : `'"'"'`)}'`;
}

/** `set [-+euxfCav] [-+o NAME] [--] [ARG...]`; with no arguments, lists variables. */
export function set(call: BuiltinCall): number {
  const { f, argv } = call;
  const bash = f.rt.dialect === 'bash';
  if (argv.length === 1) {
    for (const name of [...f.state.vars.keys()].sort()) {
      const v = f.state.vars.get(name)?.value;
      if (v !== undefined) call.stdout.write(`${name}=${quoteValue(v, bash)}\n`);
    }
    return 0;
  }
  let i = 1;
  for (; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--') {
      f.state.positional = argv.slice(i + 1);
      return 0;
    }
    if (a === '-' || a === '+') {
      i++;
      break;
    }
    if (!/^[-+]/.test(a)) break;
    const on = a[0] === '-';
    if (a === '-o' || a === '+o') {
      const name = argv[i + 1];
      if (name === undefined) {
        printOptions(call, on);
        return 0;
      }
      const flag = LONG_NAMES[name];
      if (flag === undefined) {
        reportBuiltin(f, 'set', bash ? `${name}: invalid option name` : `illegal option -o ${name}`);
        return bash ? 1 : 2;
      }
      f.state.flags[flag] = on;
      i++;
      continue;
    }
    for (const letter of a.slice(1)) {
      const flag = FLAG_LETTERS[letter];
      if (flag === undefined) {
        if (bash) {
          reportBuiltin(f, 'set', `${a[0]}${letter}: invalid option`);
          call.stderr.write('set: usage: set [-abefhkmnptuvxBCEHPT] [-o option-name] [--] [-] [arg ...]\n');
        } else {
          reportBuiltin(f, 'set', `illegal option -${letter}`);
        }
        return 2;
      }
      f.state.flags[flag] = on;
    }
  }
  if (i < argv.length) f.state.positional = argv.slice(i);
  return 0;
}

function printOptions(call: BuiltinCall, on: boolean): void {
  const flags = call.f.state.flags;
  for (const name of Object.keys(LONG_NAMES).sort()) {
    const value = flags[LONG_NAMES[name] as keyof ShellFlags];
    if (on) call.stdout.write(`${name.padEnd(15)}\t${value ? 'on' : 'off'}\n`);
    else call.stdout.write(`set ${value ? '-o' : '+o'} ${name}\n`);
  }
}

/** `shift [N]`. */
export function shift(call: BuiltinCall): number {
  const { f, argv } = call;
  const n = argv[1] === undefined ? 1 : Number(argv[1]);
  if (!Number.isInteger(n) || n < 0) {
    if (f.rt.dialect === 'bash') {
      reportBuiltin(f, 'shift', `${argv[1]}: numeric argument required`);
      return 1;
    }
    reportBuiltin(f, 'shift', `Illegal number: ${argv[1]}`);
    throw new ExitSignal(2);
  }
  if (n > f.state.positional.length) {
    if (f.rt.dialect === 'bash') return 1;
    reportBuiltin(f, 'shift', "can't shift that many");
    throw new ExitSignal(2);
  }
  f.state.positional = f.state.positional.slice(n);
  return 0;
}
