// Flag parsing with pflag's rules and error texts, as cobra does for kubectl: flags anywhere
// among the arguments, `--name=value`, `--name value`, `-n value`, `-nvalue`, grouped boolean
// shorthands (`-it`), and `--` ending the flags.
import { parseGoDuration } from '../core/time/go-duration.js';

export type FlagType = 'bool' | 'string' | 'int' | 'strings' | 'duration';

export interface FlagSpec {
  name: string;
  short?: string;
  type: FlagType;
  /** pflag's NoOptDefVal: the value a bare `--name` takes (`--validate` means `strict`). */
  noOptDefault?: string;
}

export interface ParsedFlags {
  values: Map<string, string | boolean | number | string[]>;
  args: string[];
  /** Arguments after `--`, when there was one. */
  dashArgs?: string[];
}

export class FlagError extends Error {
  override readonly name = 'FlagError';
}

/** Flags every kubectl command accepts (the kubeconfig/connection ones). */
export const GLOBAL_FLAGS: FlagSpec[] = [
  { name: 'namespace', short: 'n', type: 'string' },
  { name: 'kubeconfig', type: 'string' },
  { name: 'context', type: 'string' },
  { name: 'cluster', type: 'string' },
  { name: 'user', type: 'string' },
  { name: 'as', type: 'string' },
  { name: 'as-group', type: 'strings' },
  { name: 'server', short: 's', type: 'string' },
  { name: 'request-timeout', type: 'string' },
  { name: 'v', short: 'v', type: 'string' },
  { name: 'insecure-skip-tls-verify', type: 'bool' },
  { name: 'token', type: 'string' },
  { name: 'cache-dir', type: 'string' },
  { name: 'help', short: 'h', type: 'bool' },
];

/** strconv.ParseBool's spellings. */
const BOOLS: Record<string, boolean> = { '1': true, t: true, T: true, TRUE: true, true: true, True: true, '0': false, f: false, F: false, FALSE: false, false: false, False: false };

/** How pflag names a flag in `invalid argument` errors: `-o, --output`, or `--tail`. */
function shownName(spec: FlagSpec): string {
  return spec.short ? `-${spec.short}, --${spec.name}` : `--${spec.name}`;
}

function setValue(values: ParsedFlags['values'], spec: FlagSpec, raw: string): void {
  const shown = shownName(spec);
  switch (spec.type) {
    case 'bool': {
      const b = BOOLS[raw];
      if (b === undefined) throw new FlagError(`invalid argument "${raw}" for "${shown}" flag: strconv.ParseBool: parsing "${raw}": invalid syntax`);
      values.set(spec.name, b);
      return;
    }
    case 'int': {
      if (!/^[+-]?\d+$/.test(raw)) throw new FlagError(`invalid argument "${raw}" for "${shown}" flag: strconv.ParseInt: parsing "${raw}": invalid syntax`);
      values.set(spec.name, Number(raw));
      return;
    }
    case 'duration': {
      const d = parseGoDuration(raw);
      if ('error' in d) throw new FlagError(`invalid argument "${raw}" for "${shown}" flag: ${d.error}`);
      values.set(spec.name, d.ms);
      return;
    }
    case 'strings': {
      const prev = values.get(spec.name);
      values.set(spec.name, [...(Array.isArray(prev) ? prev : []), raw]);
      return;
    }
    default:
      values.set(spec.name, raw);
  }
}

interface FlagTables {
  byName: Map<string, FlagSpec>;
  byShort: Map<string, FlagSpec>;
}

/** A verb's flags with the global ones, by name and by shorthand (a verb's own win): made once per verb's list. */
const tables = new WeakMap<readonly FlagSpec[], FlagTables>();

function flagTables(specs: readonly FlagSpec[]): FlagTables {
  let found = tables.get(specs);
  if (!found) {
    const all = [...GLOBAL_FLAGS, ...specs];
    found = { byName: new Map(all.map((s) => [s.name, s])), byShort: new Map(all.filter((s) => s.short).map((s) => [s.short!, s])) };
    tables.set(specs, found);
  }
  return found;
}

/** Parses `argv` against `specs` (plus the global flags). Throws FlagError with pflag's message. */
export function parseFlags(argv: readonly string[], specs: readonly FlagSpec[]): ParsedFlags {
  const { byName, byShort } = flagTables(specs);
  const values: ParsedFlags['values'] = new Map();
  const args: string[] = [];
  let dashArgs: string[] | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      dashArgs = argv.slice(i + 1);
      args.push(...dashArgs);
      break;
    }
    if (a.startsWith('--') && a.length > 2) {
      const eq = a.indexOf('=');
      const name = eq < 0 ? a.slice(2) : a.slice(2, eq);
      if (name.startsWith('-') || name === '') throw new FlagError(`bad flag syntax: ${a}`);
      // kubectl's WordSepNormalizeFunc: `--all_namespaces` is `--all-namespaces`.
      const spec = byName.get(name.replace(/_/g, '-'));
      if (!spec) throw new FlagError(`unknown flag: --${name}`);
      if (eq >= 0) setValue(values, spec, a.slice(eq + 1));
      else if (spec.type === 'bool') values.set(spec.name, true);
      else if (spec.noOptDefault !== undefined) setValue(values, spec, spec.noOptDefault);
      else {
        const v = argv[i + 1];
        if (v === undefined) throw new FlagError(`flag needs an argument: ${a}`);
        setValue(values, spec, v);
        i++;
      }
      continue;
    }
    if (a.startsWith('-') && a.length > 1 && a !== '-') {
      for (let j = 1; j < a.length; j++) {
        const c = a[j]!;
        const spec = byShort.get(c);
        // pflag names the rest of the group from the failing letter on: `-itx` fails `in -x`.
        if (!spec) throw new FlagError(`unknown shorthand flag: '${c}' in -${a.slice(j)}`);
        const rest = a.slice(j + 1);
        if (rest.length > 1 && rest.startsWith('=')) {
          setValue(values, spec, rest.slice(1));
          break;
        }
        if (spec.type === 'bool') {
          values.set(spec.name, true);
          continue;
        }
        if (spec.noOptDefault !== undefined) {
          setValue(values, spec, spec.noOptDefault);
          continue;
        }
        if (rest !== '') {
          setValue(values, spec, rest);
        } else {
          const v = argv[i + 1];
          if (v === undefined) throw new FlagError(`flag needs an argument: '${c}' in -${a.slice(j)}`);
          setValue(values, spec, v);
          i++;
        }
        break;
      }
      continue;
    }
    args.push(a);
  }
  return { values, args, ...(dashArgs ? { dashArgs } : {}) };
}

export function flagString(f: ParsedFlags, name: string): string | undefined {
  const v = f.values.get(name);
  return typeof v === 'string' ? v : undefined;
}

export function flagBool(f: ParsedFlags, name: string, fallback = false): boolean {
  const v = f.values.get(name);
  return typeof v === 'boolean' ? v : fallback;
}

export function flagInt(f: ParsedFlags, name: string, fallback: number): number {
  const v = f.values.get(name);
  return typeof v === 'number' ? v : fallback;
}

/** A duration flag's value in milliseconds, or the fallback when it was not given. */
export function flagDuration(f: ParsedFlags, name: string, fallback: number): number {
  const v = f.values.get(name);
  return typeof v === 'number' ? v : fallback;
}

export function flagStrings(f: ParsedFlags, name: string): string[] {
  const v = f.values.get(name);
  return Array.isArray(v) ? v : [];
}
