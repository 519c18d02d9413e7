// go-yaml v2's resolve (resolve.go) for plain scalars: whether a string, written unquoted, would
// read back as something other than a string (bool, null, int, float, timestamp), in which case
// the encoder quotes it. Also isBase60Float, which is quoted for YAML 1.1 parsers.

export type ResolvedTag = 'str' | 'bool' | 'null' | 'int' | 'float' | 'timestamp' | 'merge';

const RESOLVE_MAP: Record<string, ResolvedTag> = {};
for (const s of ['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON']) RESOLVE_MAP[s] = 'bool';
for (const s of ['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF']) RESOLVE_MAP[s] = 'bool';
for (const s of ['', '~', 'null', 'Null', 'NULL']) RESOLVE_MAP[s] = 'null';
for (const s of ['.nan', '.NaN', '.NAN', '.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF', '-.inf', '-.Inf', '-.INF']) {
  RESOLVE_MAP[s] = 'float';
}
RESOLVE_MAP['<<'] = 'merge';

function hint(c: string | undefined): string {
  if (c === undefined) return 'N';
  if (c === '+' || c === '-') return 'S';
  if (c >= '0' && c <= '9') return 'D';
  if ('yYnNtTfFoO~'.includes(c)) return 'M';
  if (c === '.') return '.';
  if (c === '<') return 'M';
  return '';
}

const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;

/** strconv.ParseInt/ParseUint(s, 0, 64): sign, base prefixes 0x, 0o, 0b and a leading 0 for octal. */
function parseGoInt(s: string, signed: boolean): boolean {
  let body = s;
  let negative = false;
  if (body.startsWith('+') || body.startsWith('-')) {
    if (!signed) return false;
    negative = body.startsWith('-');
    body = body.slice(1);
  }
  let digits: string;
  let re: RegExp;
  let prefix = '';
  if (/^0[xX]/.test(body)) {
    digits = body.slice(2);
    re = /^[0-9a-fA-F]+$/;
    prefix = '0x';
  } else if (/^0[oO]/.test(body)) {
    digits = body.slice(2);
    re = /^[0-7]+$/;
    prefix = '0o';
  } else if (/^0[bB]/.test(body)) {
    digits = body.slice(2);
    re = /^[01]+$/;
    prefix = '0b';
  } else if (body.length > 1 && body.startsWith('0')) {
    digits = body.slice(1);
    re = /^[0-7]+$/;
    prefix = '0o';
  } else {
    digits = body;
    re = /^[0-9]+$/;
  }
  if (!re.test(digits)) return false;
  const n = BigInt(prefix ? `${prefix}${digits}` : digits);
  if (!signed) return n <= UINT64_MAX;
  return negative ? n <= INT64_MAX + 1n : n <= INT64_MAX;
}

const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;

/** strconv.ParseFloat(s, 64) acceptance: decimal and hex floats, inf/infinity/nan, with a sign. */
function parseGoFloat(s: string): boolean {
  if (/^[+-]?(inf|infinity|nan)$/i.test(s)) return true;
  if (/^[+-]?((\d+(_\d+)*)?\.?\d*(_\d+)*)([eE][+-]?\d+)?$/.test(s) && /\d/.test(s.replace(/[eE].*$/, ''))) {
    return !/(^|[^0-9])_|_($|[^0-9])/.test(s);
  }
  return /^[+-]?0[xX]([0-9a-fA-F]+\.?[0-9a-fA-F]*|\.[0-9a-fA-F]+)[pP][+-]?\d+$/.test(s);
}

function daysIn(month: number, year: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const TIMESTAMP_FORMATS: RegExp[] = [
  /^(\d{4})-(\d\d?)-(\d\d?)[Tt](\d\d?):(\d\d?):(\d\d?)(?:[.,]\d+)?(?:Z|[+-](\d\d):(\d\d))$/,
  /^(\d{4})-(\d\d?)-(\d\d?) (\d\d?):(\d\d?):(\d\d?)(?:[.,]\d+)?$/,
  /^(\d{4})-(\d\d?)-(\d\d?)$/,
];

/** parseTimestamp: the layouts go-yaml tries with time.Parse, with Go's range checks. */
export function isYamlTimestamp(s: string): boolean {
  if (!/^\d{4}-/.test(s)) return false;
  for (const re of TIMESTAMP_FORMATS) {
    const m = re.exec(s);
    if (!m) continue;
    const [year, month, day, hour = 0, minute = 0, second = 0, zh = 0, zm = 0] = m.slice(1).map((x) => Number(x ?? 0));
    if (month === undefined || day === undefined || year === undefined) continue;
    if (month < 1 || month > 12) continue;
    if (day < 1 || day > daysIn(month, year)) continue;
    if (hour >= 24 || minute >= 60 || second >= 60) continue;
    if (zh > 24 || zm > 60) continue;
    return true;
  }
  return false;
}

/** The tag a plain scalar resolves to (resolve("", s) in go-yaml v2). */
export function resolvePlain(s: string): ResolvedTag {
  const h = hint(s[0]);
  if (h === '') return 'str';
  const mapped = RESOLVE_MAP[s];
  if (mapped) return mapped;
  if (h === '.') return parseGoFloat(s) ? 'float' : 'str';
  if (h === 'D' || h === 'S') {
    if (isYamlTimestamp(s)) return 'timestamp';
    const plain = s.replace(/_/g, '');
    if (parseGoInt(plain, true) || parseGoInt(plain, false)) return 'int';
    if (YAML_STYLE_FLOAT.test(plain) && parseGoFloat(plain)) return 'float';
    if (plain.startsWith('0b') && (parseGoInt(`0b${plain.slice(2)}`, true) || /^[01]+$/.test(plain.slice(2)))) return 'int';
    if (plain.startsWith('-0b') && /^[01]+$/.test(plain.slice(3))) return 'int';
  }
  return 'str';
}

const BASE60_FLOAT = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;

/** isBase60Float: YAML 1.1 sexagesimal numbers (`1:20`), quoted on output for older parsers. */
export function isBase60Float(s: string): boolean {
  if (s === '') return false;
  const c = s[0] as string;
  if (!(c === '+' || c === '-' || (c >= '0' && c <= '9')) || !s.includes(':')) return false;
  return BASE60_FLOAT.test(s);
}
