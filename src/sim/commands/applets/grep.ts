// `grep [-qvicnEFwxoHhls] [-e PATTERN]... PATTERN [FILE...]`: BRE/ERE through JS RegExp.
import { escapeEre, RegexError, translateRegex } from '../../shell/expand/regex.js';
import type { CommandContext } from '../../shell/types.js';
import { optionValues, parseOptions, readInput, splitLines, warn } from './support.js';

const SPEC = 'qvicnEFwxoHhlLsre:f:m:A:B:C:';

/** Prints the lines that match; status 0 on a match, 1 on none, 2 on error. */
export function grep(ctx: CommandContext): number {
  const parsed = parseOptions(ctx, SPEC, {
    usage: 'Usage: grep [OPTION]... PATTERNS [FILE]...',
    long: { quiet: 'q', silent: 'q', 'invert-match': 'v', 'ignore-case': 'i', count: 'c', 'line-number': 'n', 'extended-regexp': 'E', 'fixed-strings': 'F', 'word-regexp': 'w', 'line-regexp': 'x', 'only-matching': 'o', regexp: 'e', 'files-with-matches': 'l' },
  });
  if (!parsed) return 2;
  const o = parsed.opts;
  const operands = [...parsed.operands];
  const patterns = collectPatterns(ctx, operands);
  if (patterns === undefined) {
    warn(ctx, 'no pattern');
    return 2;
  }
  let re: RegExp;
  try {
    re = buildRegex(patterns, o);
  } catch (e) {
    if (!(e instanceof RegexError) && !(e instanceof SyntaxError)) throw e;
    warn(ctx, e instanceof RegexError ? e.message : 'Invalid regular expression');
    return 2;
  }
  const files = operands.length > 0 ? operands : ['-'];
  const showName = (files.length > 1 || o.has('H')) && !o.has('h');
  let matchedAny = false;
  let status = 0;
  let out = '';
  const num = (k: string) => (typeof o.get(k) === 'string' ? Number(o.get(k)) : 0);
  const after = o.has('A') ? num('A') : num('C');
  const before = o.has('B') ? num('B') : num('C');
  const context = (after > 0 || before > 0) && !o.has('o') && !o.has('c') && !o.has('l') && !o.has('L');
  let lastPrinted = -1;
  let printedAny = false;
  for (const file of files) {
    const text = readInput(ctx, file, { busybox: (p, e) => `${p}: ${e.text}` });
    if (text === undefined) {
      status = 2;
      continue;
    }
    const name = file === '-' ? '(standard input)' : file;
    let count = 0;
    const lines = splitLines(text);
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] as string;
      re.lastIndex = 0;
      const hit = re.test(line) !== o.has('v');
      if (!hit) continue;
      count++;
      matchedAny = true;
      if (o.has('q')) return 0;
      if (o.has('c') || o.has('l') || o.has('L')) continue;
      const prefix = `${showName ? `${name}:` : ''}${o.has('n') ? `${i + 1}:` : ''}`;
      if (context) {
        // GNU grep's context: -- between groups that do not touch, `-` after context line numbers.
        const from = Math.max(0, i - before, lastPrinted + 1);
        if (printedAny && from > lastPrinted + 1) out += '--\n';
        for (let j = from; j < i; j++) out += `${showName ? `${name}-` : ''}${o.has('n') ? `${j + 1}-` : ''}${lines[j]}\n`;
        out += `${prefix}${line}\n`;
        let j = i + 1;
        for (; j < Math.min(lines.length, i + 1 + after); j++) {
          re.lastIndex = 0;
          if ((re.test(lines[j] as string) !== o.has('v'))) break;
          out += `${showName ? `${name}-` : ''}${o.has('n') ? `${j + 1}-` : ''}${lines[j]}\n`;
        }
        lastPrinted = j - 1;
        printedAny = true;
        continue;
      }
      if (o.has('o') && !o.has('v')) {
        re.lastIndex = 0;
        for (const m of line.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`))) {
          if (m[0] !== '') out += `${prefix}${m[0]}\n`;
        }
      } else out += `${prefix}${line}\n`;
    }
    if (o.has('c')) out += `${showName ? `${name}:` : ''}${count}\n`;
    if (o.has('l') && count > 0) out += `${name}\n`;
    if (o.has('L') && count === 0) out += `${name}\n`;
  }
  ctx.stdout.write(out);
  if (status === 2 && !(matchedAny && o.has('s'))) return 2;
  return matchedAny ? 0 : 1;
}

function collectPatterns(ctx: CommandContext, operands: string[]): string[] | undefined {
  const fromArgs = optionValues(ctx.argv, SPEC, 'e');
  // With -e, every operand is a file (parseOptions already took the -e values out).
  if (fromArgs.length > 0) return fromArgs.flatMap((p) => p.split('\n'));
  const first = operands.shift();
  return first === undefined ? undefined : first.split('\n');
}

function buildRegex(patterns: string[], o: Map<string, string | true>): RegExp {
  const sources = patterns.map((p) => (o.has('F') ? escapeEre(p) : translateRegex(p, o.has('E'))));
  let body = sources.length === 1 ? (sources[0] as string) : sources.map((s) => `(?:${s})`).join('|');
  if (o.has('x')) body = `^(?:${body})$`;
  else if (o.has('w')) body = `(?<![A-Za-z0-9_])(?:${body})(?![A-Za-z0-9_])`;
  return new RegExp(body, o.has('i') ? 'i' : '');
}
