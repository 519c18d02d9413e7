// Flag parsing with pflag's rules and error texts, as cobra does for kubectl: flags anywhere
// among the arguments, `--name=value`, `--name value`, `-n value`, `-nvalue`, grouped boolean
// shorthands (`-it`), and `--` ending the flags.

export type FlagType = 'bool' | 'string' | 'int' | 'strings';

export interface FlagSpec {
  name: string;
  short?: string;
  type: FlagType;
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
  { name: 'server', short: 's', type: 'string' },
  { name: 'request-timeout', type: 'string' },
  { name: 'v', short: 'v', type: 'string' },
  { name: 'insecure-skip-tls-verify', type: 'bool' },
  { name: 'token', type: 'string' },
  { name: 'cache-dir', type: 'string' },
  { name: 'help', short: 'h', type: 'bool' },
];

function setValue(values: ParsedFlags['values'], spec: FlagSpec, raw: string, shown: string): void {
  switch (spec.type) {
    case 'bool': {
      if (raw !== 'true' && raw !== 'false' && raw !== '1' && raw !== '0' && raw !== 't' && raw !== 'f' && raw !== 'TRUE' && raw !== 'FALSE' && raw !== 'True' && raw !== 'False') {
        throw new FlagError(`invalid argument "${raw}" for "${shown}" flag: strconv.ParseBool: parsing "${raw}": invalid syntax`);
      }
      values.set(spec.name, raw === 'true' || raw === '1' || raw === 't' || raw === 'TRUE' || raw === 'True');
      return;
    }
    case 'int': {
      if (!/^[+-]?\d+$/.test(raw)) throw new FlagError(`invalid argument "${raw}" for "${shown}" flag: strconv.ParseInt: parsing "${raw}": invalid syntax`);
      values.set(spec.name, Number(raw));
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

/** Parses `argv` against `specs` (plus the global flags). Throws FlagError with pflag's message. */
export function parseFlags(argv: readonly string[], specs: readonly FlagSpec[]): ParsedFlags {
  const all = [...GLOBAL_FLAGS, ...specs];
  const byName = new Map(all.map((s) => [s.name, s]));
  const byShort = new Map(all.filter((s) => s.short).map((s) => [s.short!, s]));
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
      const spec = byName.get(name);
      if (!spec) throw new FlagError(`unknown flag: --${name}`);
      if (eq >= 0) setValue(values, spec, a.slice(eq + 1), `--${name}`);
      else if (spec.type === 'bool') values.set(spec.name, true);
      else {
        const v = argv[i + 1];
        if (v === undefined) throw new FlagError(`flag needs an argument: --${name}`);
        setValue(values, spec, v, `--${name}`);
        i++;
      }
      continue;
    }
    if (a.startsWith('-') && a.length > 1 && a !== '-') {
      for (let j = 1; j < a.length; j++) {
        const c = a[j]!;
        const spec = byShort.get(c);
        if (!spec) throw new FlagError(`unknown shorthand flag: '${c}' in ${a}`);
        const rest = a.slice(j + 1);
        if (spec.type === 'bool') {
          if (rest.startsWith('=')) {
            setValue(values, spec, rest.slice(1), `-${c}, --${spec.name}`);
            break;
          }
          values.set(spec.name, true);
          continue;
        }
        if (rest !== '') {
          setValue(values, spec, rest.startsWith('=') ? rest.slice(1) : rest, `-${c}, --${spec.name}`);
        } else {
          const v = argv[i + 1];
          if (v === undefined) throw new FlagError(`flag needs an argument: '${c}' in -${c}`);
          setValue(values, spec, v, `-${c}, --${spec.name}`);
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

export function flagStrings(f: ParsedFlags, name: string): string[] {
  const v = f.values.get(name);
  return Array.isArray(v) ? v : [];
}
