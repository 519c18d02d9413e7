// A small argument parser: each command declares its options; anything else is a usage error
// (exit 2) that names the option and suggests the closest known one.
import { closestName } from '../lesson/closest-name.js';

export interface OptionSpec {
  /** Long name without dashes: `backend`. */
  name: string;
  short?: string;
  /** Takes a value (`--jobs 4`, `--jobs=4`), or is a flag. */
  value?: string;
  description: string;
}

export interface ParsedArgs {
  options: Record<string, string | boolean>;
  positionals: string[];
}

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export function parseArgs(argv: readonly string[], specs: readonly OptionSpec[]): ParsedArgs {
  const options: Record<string, string | boolean> = {};
  const positionals: string[] = [];
  const byName = new Map(specs.map((s) => [s.name, s]));
  const byShort = new Map(specs.filter((s) => s.short).map((s) => [s.short!, s]));
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    let spec: OptionSpec | undefined;
    let inline: string | undefined;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
      inline = eq < 0 ? undefined : arg.slice(eq + 1);
      spec = byName.get(name);
      if (!spec && name.startsWith('no-') && byName.get(name.slice(3)) && !byName.get(name.slice(3))!.value) {
        options[name.slice(3)] = false;
        continue;
      }
      if (!spec) {
        const guess = closestName(name, [...byName.keys()]);
        throw new UsageError(`unknown option --${name}${guess ? `; did you mean --${guess}?` : ''}`);
      }
    } else if (arg.startsWith('-') && arg.length > 1) {
      spec = byShort.get(arg.slice(1, 2));
      if (!spec) throw new UsageError(`unknown option ${arg}`);
      if (arg.length > 2) inline = arg.slice(2);
    } else {
      positionals.push(arg);
      continue;
    }
    if (spec.value) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new UsageError(`option --${spec.name} needs a value (${spec.value})`);
      options[spec.name] = value;
    } else {
      if (inline !== undefined) throw new UsageError(`option --${spec.name} takes no value`);
      options[spec.name] = true;
    }
  }
  return { options, positionals };
}

/** `--jobs` as a positive integer. */
export function intOption(options: ParsedArgs['options'], name: string, fallback: number): number {
  const raw = options[name];
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (typeof raw !== 'string' || !Number.isInteger(n) || n < 1) throw new UsageError(`option --${name} expects a positive integer, got "${String(raw)}"`);
  return n;
}
