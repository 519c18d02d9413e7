// Go's time.Parse for the two layouts the API decodes (metav1.Time: RFC3339; metav1.MicroTime:
// RFC3339 with exactly six fraction digits), reduced to its verdict and its error text:
// `parsing time "x" as "2006-01-02T15:04:05Z07:00": cannot parse "x" as "2006"`,
// `parsing time "2024-13-01T00:00:00Z": month out of range`, `...: extra text: "x"`.
import { goTimeQuote } from './go-quote.js';

export const RFC3339 = '2006-01-02T15:04:05Z07:00';
export const RFC3339_MICRO = '2006-01-02T15:04:05.000000Z07:00';

type Std = 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second' | 'micro' | 'zone';
/** Each layout as time.nextStdChunk splits it: literal prefix, then a standard element. */
type Chunk = readonly [prefix: string, std: Std, text: string];

const CHUNKS: Readonly<Record<string, readonly Chunk[]>> = {
  [RFC3339]: [
    ['', 'year', '2006'], ['-', 'month', '01'], ['-', 'day', '02'], ['T', 'hour', '15'],
    [':', 'minute', '04'], [':', 'second', '05'], ['', 'zone', 'Z07:00'],
  ],
  [RFC3339_MICRO]: [
    ['', 'year', '2006'], ['-', 'month', '01'], ['-', 'day', '02'], ['T', 'hour', '15'],
    [':', 'minute', '04'], [':', 'second', '05'], ['', 'micro', '.000000'], ['', 'zone', 'Z07:00'],
  ],
};

const isDigit = (s: string, i: number): boolean => i < s.length && s[i]! >= '0' && s[i]! <= '9';

/** time.getnum: one or two digits (exactly two when fixed). */
function getnum(s: string, fixed: boolean): [number, string] | undefined {
  if (!isDigit(s, 0)) return undefined;
  if (!isDigit(s, 1)) return fixed ? undefined : [Number(s[0]), s.slice(1)];
  return [Number(s.slice(0, 2)), s.slice(2)];
}

function daysIn(month: number, year: number): number {
  if (month === 2) return (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

interface Parsed {
  rest: string;
  range?: string;
  fields?: { year?: number; month?: number; day?: number };
}

/** One standard element; undefined where Go's parse sets err = errBad. */
function parseStd(std: Std, value: string, nextIsFraction: boolean): Parsed | undefined {
  switch (std) {
    case 'year': {
      if (value.length < 4 || !/^\d{4}$/.test(value.slice(0, 4))) return undefined;
      return { rest: value.slice(4), fields: { year: Number(value.slice(0, 4)) } };
    }
    case 'month': {
      const r = getnum(value, true);
      if (!r) return undefined;
      return { rest: r[1], fields: { month: r[0] }, ...(r[0] < 1 || r[0] > 12 ? { range: 'month' } : {}) };
    }
    case 'day': {
      const r = getnum(value, true);
      return r && { rest: r[1], fields: { day: r[0] } };
    }
    case 'hour':
    case 'minute': {
      const r = getnum(value, std === 'minute');
      if (!r) return undefined;
      const limit = std === 'hour' ? 24 : 60;
      return { rest: r[1], ...(r[0] >= limit ? { range: std } : {}) };
    }
    case 'second': {
      const r = getnum(value, true);
      if (!r) return undefined;
      if (r[0] >= 60) return { rest: r[1], range: 'second' };
      let rest = r[1];
      // A fraction the layout does not ask for is still accepted after the seconds.
      if (!nextIsFraction && rest.length >= 2 && (rest[0] === '.' || rest[0] === ',') && isDigit(rest, 1)) {
        let n = 2;
        while (isDigit(rest, n)) n++;
        rest = rest.slice(n);
      }
      return { rest };
    }
    case 'micro': {
      if (value.length < 7 || (value[0] !== '.' && value[0] !== ',') || !/^\d{6}$/.test(value.slice(1, 7))) return undefined;
      return { rest: value.slice(7) };
    }
    case 'zone': {
      if (value[0] === 'Z') return { rest: value.slice(1) };
      if (value.length < 6 || value[3] !== ':') return undefined;
      const hr = getnum(value.slice(1, 3), true);
      const mm = getnum(value.slice(4, 6), true);
      if (!hr || !mm || (value[0] !== '+' && value[0] !== '-')) return undefined;
      const range = hr[0] > 24 ? 'time zone offset hour' : mm[0] > 60 ? 'time zone offset minute' : undefined;
      return { rest: value.slice(6), ...(range ? { range } : {}) };
    }
  }
}

/** Why time.Parse(layout, value) fails, in Go's words, or undefined when it parses. */
export function timeParseError(layout: string, value: string): string | undefined {
  const chunks = CHUNKS[layout];
  if (!chunks) throw new Error(`unsupported time layout ${layout}`);
  const whole = goTimeQuote(value);
  const cannot = (valueElem: string, layoutElem: string) =>
    `parsing time ${whole} as ${goTimeQuote(layout)}: cannot parse ${goTimeQuote(valueElem)} as ${goTimeQuote(layoutElem)}`;
  let rest = value;
  const date = { year: 0, month: 0, day: 0 };
  for (const [i, [prefix, std, text]] of chunks.entries()) {
    if (!rest.startsWith(prefix)) return cannot(rest, prefix);
    rest = rest.slice(prefix.length);
    const parsed = parseStd(std, rest, chunks[i + 1]?.[1] === 'micro');
    if (parsed?.range) return `parsing time ${whole}: ${parsed.range} out of range`;
    if (!parsed) return cannot(rest, text);
    Object.assign(date, parsed.fields);
    rest = parsed.rest;
  }
  if (rest.length > 0) return `parsing time ${whole}: extra text: ${goTimeQuote(rest)}`;
  if (date.day < 1 || date.day > daysIn(date.month, date.year)) return `parsing time ${whole}: day out of range`;
  return undefined;
}
