// The standard cron parser of github.com/robfig/cron/v3 (parser.go), as kube-apiserver validates
// CronJob schedules and the CronJob controller reads them (cron.ParseStandard): five fields
// (minute hour day-of-month month day-of-week) with `*`, `?`, ranges, steps, lists and month/day
// names, the descriptors @yearly/@annually/@monthly/@weekly/@daily/@midnight/@hourly and
// `@every <duration>`, and a leading `TZ=`/`CRON_TZ=` zone. Errors are robfig's own words.
import { isKnownZone } from './zone-clock.js';

/** One field: the values it allows, and whether it was written as `*` or `?` (robfig's starBit). */
export interface CronField {
  values: ReadonlySet<number>;
  star: boolean;
}

export type CronSchedule =
  | { kind: 'spec'; second: CronField; minute: CronField; hour: CronField; dom: CronField; month: CronField; dow: CronField; zone: string | undefined }
  | { kind: 'every'; delayMs: number };

interface Bounds {
  min: number;
  max: number;
  names?: Record<string, number>;
}

const MINUTES: Bounds = { min: 0, max: 59 };
const HOURS: Bounds = { min: 0, max: 23 };
const DOM: Bounds = { min: 1, max: 31 };
const MONTHS: Bounds = { min: 1, max: 12, names: { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 } };
const DOW: Bounds = { min: 0, max: 6, names: { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 } };

class CronError extends Error {}

function bits(start: number, end: number, step: number): Set<number> {
  const out = new Set<number>();
  for (let i = start; i <= end; i += step) out.add(i);
  return out;
}

const all = (b: Bounds): CronField => ({ values: bits(b.min, b.max, 1), star: true });
const only = (...v: number[]): CronField => ({ values: new Set(v), star: false });

/** strconv.Atoi's acceptance and its error text. */
function atoi(expr: string): number {
  if (!/^[+-]?\d+$/.test(expr)) throw new CronError(`failed to parse int from ${expr}: strconv.Atoi: parsing ${JSON.stringify(expr)}: invalid syntax`);
  const n = Number(expr);
  if (!Number.isSafeInteger(n) || Math.abs(n) > 9223372036854775807) throw new CronError(`failed to parse int from ${expr}: strconv.Atoi: parsing ${JSON.stringify(expr)}: value out of range`);
  return n;
}

function mustParseInt(expr: string): number {
  const n = atoi(expr);
  if (n < 0) throw new CronError(`negative number (${n}) not allowed: ${expr}`);
  return n;
}

function parseIntOrName(expr: string, names: Bounds['names']): number {
  const named = names?.[expr.toLowerCase()];
  return named !== undefined ? named : mustParseInt(expr);
}

/** getRange: `*`, `?`, `N`, `N-M`, each optionally `/step`. */
function getRange(expr: string, r: Bounds): CronField {
  const rangeAndStep = expr.split('/');
  const lowAndHigh = rangeAndStep[0]!.split('-');
  const singleDigit = lowAndHigh.length === 1;
  let start: number;
  let end: number;
  let star = false;
  if (lowAndHigh[0] === '*' || lowAndHigh[0] === '?') {
    start = r.min;
    end = r.max;
    star = true;
  } else {
    start = parseIntOrName(lowAndHigh[0]!, r.names);
    if (lowAndHigh.length === 1) end = start;
    else if (lowAndHigh.length === 2) end = parseIntOrName(lowAndHigh[1]!, r.names);
    else throw new CronError(`too many hyphens: ${expr}`);
  }
  let step: number;
  if (rangeAndStep.length === 1) step = 1;
  else if (rangeAndStep.length === 2) {
    step = mustParseInt(rangeAndStep[1]!);
    // "N/step" means "N-max/step".
    if (singleDigit) end = r.max;
    if (step > 1) star = false;
  } else throw new CronError(`too many slashes: ${expr}`);
  if (start < r.min) throw new CronError(`beginning of range (${start}) below minimum (${r.min}): ${expr}`);
  if (end > r.max) throw new CronError(`end of range (${end}) above maximum (${r.max}): ${expr}`);
  if (start > end) throw new CronError(`beginning of range (${start}) beyond end of range (${end}): ${expr}`);
  if (step === 0) throw new CronError(`step of range should be a positive number: ${expr}`);
  return { values: bits(start, end, step), star };
}

/** getField: a comma-separated list of ranges (empty items are skipped, as strings.FieldsFunc does). */
function getField(field: string, r: Bounds): CronField {
  const values = new Set<number>();
  let star = false;
  for (const expr of field.split(',').filter((e) => e !== '')) {
    const f = getRange(expr, r);
    for (const v of f.values) values.add(v);
    star ||= f.star;
  }
  return { values, star };
}

/** Go's time.ParseDuration for `@every` (h, m, s, ms, us, ns units, decimals allowed). */
function parseEvery(text: string, descriptor: string): number {
  const units: Record<string, number> = { h: 3_600_000, m: 60_000, s: 1000, ms: 1, us: 1e-3, 'µs': 1e-3, ns: 1e-6 };
  let rest = text.startsWith('+') || text.startsWith('-') ? text.slice(1) : text;
  const negative = text.startsWith('-');
  if (rest === '0') return 0;
  let total = 0;
  const bad = () => new CronError(`failed to parse duration ${descriptor}: time: invalid duration ${JSON.stringify(text)}`);
  if (rest === '') throw bad();
  while (rest !== '') {
    const m = /^(\d+(?:\.\d*)?|\.\d+)(h|ms|m|s|us|\u00b5s|ns)/.exec(rest);
    if (!m) {
      if (/^(\d+(?:\.\d*)?|\.\d+)$/.test(rest)) throw new CronError(`failed to parse duration ${descriptor}: time: missing unit in duration ${JSON.stringify(text)}`);
      throw bad();
    }
    total += Number(m[1]) * units[m[2]!]!;
    rest = rest.slice(m[0].length);
  }
  return negative ? -total : total;
}

function parseDescriptor(descriptor: string, zone: string | undefined): CronSchedule {
  const z = { second: only(0), minute: only(0), zone };
  switch (descriptor) {
    case '@yearly':
    case '@annually':
      return { kind: 'spec', ...z, hour: only(0), dom: only(1), month: only(1), dow: all(DOW) };
    case '@monthly':
      return { kind: 'spec', ...z, hour: only(0), dom: only(1), month: all(MONTHS), dow: all(DOW) };
    case '@weekly':
      return { kind: 'spec', ...z, hour: only(0), dom: all(DOM), month: all(MONTHS), dow: only(0) };
    case '@daily':
    case '@midnight':
      return { kind: 'spec', ...z, hour: only(0), dom: all(DOM), month: all(MONTHS), dow: all(DOW) };
    case '@hourly':
      return { kind: 'spec', ...z, hour: all(HOURS), dom: all(DOM), month: all(MONTHS), dow: all(DOW) };
  }
  if (descriptor.startsWith('@every ')) {
    // Every(): at least a second, whole seconds.
    const ms = parseEvery(descriptor.slice('@every '.length), descriptor);
    return { kind: 'every', delayMs: ms < 1000 ? 1000 : Math.floor(ms / 1000) * 1000 };
  }
  throw new CronError(`unrecognized descriptor: ${descriptor}`);
}

/** Go's %s of a []string: `[a b c]`. */
const goStrings = (fields: string[]) => `[${fields.join(' ')}]`;

/** cron.ParseStandard: the schedule, or robfig's error text. */
export function parseStandardSchedule(spec: string): { schedule: CronSchedule } | { error: string } {
  try {
    if (spec.length === 0) throw new CronError('empty spec string');
    let zone: string | undefined;
    if (spec.startsWith('TZ=') || spec.startsWith('CRON_TZ=')) {
      const i = spec.indexOf(' ');
      const eq = spec.indexOf('=');
      const name = i < 0 ? spec.slice(eq + 1) : spec.slice(eq + 1, i);
      if (i < 0) throw new CronError(`provided bad location ${name}: unknown time zone ${name}`);
      if (!isKnownZone(name) || name === 'Local') throw new CronError(`provided bad location ${name}: unknown time zone ${name}`);
      zone = name;
      spec = spec.slice(i).trim();
    }
    if (spec.startsWith('@')) return { schedule: parseDescriptor(spec, zone) };
    const fields = spec.split(/\s+/).filter((f) => f !== '');
    if (fields.length !== 5) throw new CronError(`expected exactly 5 fields, found ${fields.length}: ${goStrings(fields)}`);
    return {
      schedule: {
        kind: 'spec',
        second: only(0),
        minute: getField(fields[0]!, MINUTES),
        hour: getField(fields[1]!, HOURS),
        dom: getField(fields[2]!, DOM),
        month: getField(fields[3]!, MONTHS),
        dow: getField(fields[4]!, DOW),
        zone,
      },
    };
  } catch (e) {
    if (e instanceof CronError) return { error: e.message };
    throw e;
  }
}

