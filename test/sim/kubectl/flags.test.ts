// pflag's parsing rules and error texts, as kubectl's commands meet them.
import { describe, expect, test } from 'vitest';
import { FlagError, parseFlags, type FlagSpec } from '../../../src/sim/kubectl/flags.js';

const SPECS: FlagSpec[] = [
  { name: 'output', short: 'o', type: 'string' },
  { name: 'stdin', short: 'i', type: 'bool' },
  { name: 'tty', short: 't', type: 'bool' },
  { name: 'tail', type: 'int' },
  { name: 'all-namespaces', short: 'A', type: 'bool' },
  { name: 'filename', short: 'f', type: 'strings' },
  { name: 'validate', type: 'string', noOptDefault: 'strict' },
  { name: 'timeout', type: 'duration' },
];

function errorOf(argv: string[]): string {
  try {
    parseFlags(argv, SPECS);
  } catch (e) {
    if (e instanceof FlagError) return e.message;
    throw e;
  }
  throw new Error('expected a FlagError');
}

describe('parseFlags', () => {
  test('flags may come anywhere among the arguments, in every spelling pflag accepts', () => {
    const f = parseFlags(['pods', '-n', 'kube-system', '-owide', 'x', '--tail=3', '-A'], SPECS);
    expect(f.args).toEqual(['pods', 'x']);
    expect(Object.fromEntries(f.values)).toEqual({ namespace: 'kube-system', output: 'wide', tail: 3, 'all-namespaces': true });
  });

  test('-n=value, --namespace value and -nvalue all set the namespace', () => {
    for (const argv of [['-n=a'], ['--namespace', 'a'], ['-na'], ['--namespace=a']]) {
      expect(parseFlags(argv, SPECS).values.get('namespace')).toBe('a');
    }
  });

  test('grouped boolean shorthands set each flag', () => {
    const f = parseFlags(['-it', 'pod'], SPECS);
    expect(f.values.get('stdin')).toBe(true);
    expect(f.values.get('tty')).toBe(true);
  });

  test('-- ends the flags: what follows is kept apart as the command', () => {
    const f = parseFlags(['pod', '-i', '--', 'sh', '-c', 'echo -n hi'], SPECS);
    expect(f.args).toEqual(['pod', 'sh', '-c', 'echo -n hi']);
    expect(f.dashArgs).toEqual(['sh', '-c', 'echo -n hi']);
  });

  test('repeated string-slice flags accumulate', () => {
    expect(parseFlags(['-f', 'a.yaml', '--filename=b.yaml'], SPECS).values.get('filename')).toEqual(['a.yaml', 'b.yaml']);
  });

  test('underscores in long flag names are read as dashes (kubectl normalizes word separators)', () => {
    expect(parseFlags(['--all_namespaces'], SPECS).values.get('all-namespaces')).toBe(true);
  });

  test('a flag with an optional value takes its default when bare, and does not eat the next argument', () => {
    const f = parseFlags(['--validate', 'x.yaml'], SPECS);
    expect(f.values.get('validate')).toBe('strict');
    expect(f.args).toEqual(['x.yaml']);
    expect(parseFlags(['--validate=false'], SPECS).values.get('validate')).toBe('false');
  });

  test('booleans take strconv.ParseBool spellings after =', () => {
    expect(parseFlags(['--stdin=F'], SPECS).values.get('stdin')).toBe(false);
    expect(parseFlags(['-i=1'], SPECS).values.get('stdin')).toBe(true);
  });

  test('durations are Go durations, in milliseconds', () => {
    expect(parseFlags(['--timeout=1m30s'], SPECS).values.get('timeout')).toBe(90_000);
    expect(parseFlags(['--timeout=0'], SPECS).values.get('timeout')).toBe(0);
  });

  test('an unknown long flag names itself', () => {
    expect(errorOf(['--foo'])).toBe('unknown flag: --foo');
    expect(errorOf(['--foo=bar'])).toBe('unknown flag: --foo');
  });

  test('an unknown shorthand names the rest of its group from the failing letter on', () => {
    expect(errorOf(['-x'])).toBe("unknown shorthand flag: 'x' in -x");
    expect(errorOf(['-itx'])).toBe("unknown shorthand flag: 'x' in -x");
  });

  test('a missing value names the flag as typed', () => {
    expect(errorOf(['--output'])).toBe('flag needs an argument: --output');
    expect(errorOf(['-o'])).toBe("flag needs an argument: 'o' in -o");
    expect(errorOf(['-io'])).toBe("flag needs an argument: 'o' in -o");
  });

  test('a bad value names the flag with its shorthand when it has one', () => {
    expect(errorOf(['--tail=abc'])).toBe('invalid argument "abc" for "--tail" flag: strconv.ParseInt: parsing "abc": invalid syntax');
    expect(errorOf(['--stdin=maybe'])).toBe('invalid argument "maybe" for "-i, --stdin" flag: strconv.ParseBool: parsing "maybe": invalid syntax');
    expect(errorOf(['--timeout=30'])).toBe('invalid argument "30" for "--timeout" flag: time: missing unit in duration "30"');
  });

  test('--=x and ---x are bad flag syntax', () => {
    expect(errorOf(['---x'])).toBe('bad flag syntax: ---x');
  });
});
