// The functions a kubectl go-template can call: text/template's builtins (funcs.go, Go 1.23) and
// the two kubectl adds (cli-runtime printers/template.go: exists, base64decode), each with the
// parameter types Go checks arguments against and Go's error texts.
import { goSprint, goSprintf, goSprintln } from '../go-sprintf.js';
import { concreteTypeName, fromJson, goLen, INVALID, isTrue, NIL, unwrap, type GoValue } from '../go-value.js';
import { base64Bytes, compareUtf8Bytes, decodeUtf8Lenient, encodeUtf8, utf8ByteLength } from '../../core/text/utf8.js';

/** reflect.Value (the value as it is), interface{} (any value), or string. */
export type ParamType = 'value' | 'any' | 'string';

/** An error a function returns: exec wraps it as `error calling NAME: ...`. */
export class FuncError extends Error {
  override readonly name = 'FuncError';
}

export interface TemplateFunc {
  params: ParamType[];
  variadic?: ParamType;
  builtin: boolean;
  call: (argv: GoValue[], calleeName: string) => GoValue;
}

export type FuncTable = ReadonlyMap<string, TemplateFunc>;

const errBadComparisonType = 'invalid type for comparison';
const errBadComparison = 'incompatible types for comparison';
const errNoComparison = 'missing argument for comparison';

type BasicKind = 'invalid' | 'bool' | 'complex' | 'int' | 'float' | 'string' | 'uint';

function basicKind(v: GoValue): BasicKind {
  switch (v.k) {
    case 'bool':
      return 'bool';
    case 'int':
    case 'int64':
      return 'int';
    case 'uint8':
      return 'uint';
    case 'float64':
      return 'float';
    case 'complex128':
      return 'complex';
    case 'string':
      return 'string';
    default:
      return 'invalid';
  }
}

function num(v: GoValue): number {
  return v.v as number;
}

function sameBasic(k: BasicKind, a: GoValue, b: GoValue): boolean {
  if (k === 'complex') return (a.v as number[])[0] === (b.v as number[])[0] && (a.v as number[])[1] === (b.v as number[])[1];
  return a.v === b.v;
}

/** A reflect.Type as a value to print: its name. */
function typeValue(v: GoValue): GoValue {
  return { k: 'string', v: concreteTypeName(v) };
}

function eq(argv: GoValue[]): GoValue {
  const arg1 = unwrap(argv[0]!);
  const rest = argv.slice(1);
  if (rest.length === 0) throw new FuncError(errNoComparison);
  const k1 = basicKind(arg1);
  for (const raw of rest) {
    const arg = unwrap(raw);
    const k2 = basicKind(arg);
    let truth = false;
    if (k1 !== k2) {
      if (k1 === 'int' && k2 === 'uint') truth = num(arg1) >= 0 && num(arg1) === num(arg);
      else if (k1 === 'uint' && k2 === 'int') truth = num(arg) >= 0 && num(arg1) === num(arg);
      else if (arg1.k !== 'invalid' && arg.k !== 'invalid') throw new FuncError(errBadComparison);
    } else if (k1 !== 'invalid') truth = sameBasic(k1, arg1, arg);
    else {
      // Neither is a basic kind: nil compares with nil; maps and slices are not comparable.
      const nil1 = arg1.k === 'invalid';
      const nil2 = arg.k === 'invalid';
      if (nil1 || nil2) truth = nil1 === nil2;
      else if (arg1.k !== arg.k) throw new FuncError(goSprintf('non-comparable types %s: %v, %s: %v', [arg1, typeValue(arg1), typeValue(arg), arg]));
      else throw new FuncError(goSprintf('non-comparable type %s: %v', [arg, typeValue(arg)]));
    }
    if (truth) return { k: 'bool', v: true };
  }
  return { k: 'bool', v: false };
}

function lt(a: GoValue, b: GoValue): boolean {
  const arg1 = unwrap(a);
  const k1 = basicKind(arg1);
  if (k1 === 'invalid') throw new FuncError(errBadComparisonType);
  const arg2 = unwrap(b);
  const k2 = basicKind(arg2);
  if (k2 === 'invalid') throw new FuncError(errBadComparisonType);
  if (k1 !== k2) {
    if (k1 === 'int' && k2 === 'uint') return num(arg1) < 0 || num(arg1) < num(arg2);
    if (k1 === 'uint' && k2 === 'int') return num(arg2) >= 0 && num(arg1) < num(arg2);
    throw new FuncError(errBadComparison);
  }
  if (k1 === 'bool' || k1 === 'complex') throw new FuncError(errBadComparisonType);
  if (k1 === 'string') return compareUtf8Bytes(arg1.v as string, arg2.v as string) < 0;
  return num(arg1) < num(arg2);
}

function le(a: GoValue, b: GoValue): boolean {
  if (lt(a, b)) return true;
  return eq([a, b]).v === true;
}

function bool(b: boolean): GoValue {
  return { k: 'bool', v: b };
}

/** indexArg: an integer index within cap. */
function indexArg(index: GoValue, cap: number): number {
  let x: number;
  switch (index.k) {
    case 'int':
    case 'int64':
    case 'uint8':
      x = num(index);
      break;
    case 'invalid':
      throw new FuncError('cannot index slice/array with nil');
    default:
      throw new FuncError(`cannot index slice/array with type ${concreteTypeName(index)}`);
  }
  if (x < 0 || x > cap) throw new FuncError(`index out of range: ${x}`);
  return x;
}

function index(argv: GoValue[]): GoValue {
  let item = unwrap(argv[0]!);
  if (item.k === 'invalid') throw new FuncError('index of untyped nil');
  for (const raw of argv.slice(1)) {
    const idx = unwrap(raw);
    item = unwrap(item);
    if (item.k === 'invalid') throw new FuncError('index of nil pointer');
    switch (item.k) {
      case 'slice':
      case 'string': {
        const len = item.k === 'string' ? utf8ByteLength(item.v as string) : (item.v as unknown[]).length;
        const x = indexArg(idx, len);
        // x == len passes indexArg; reflect's Index then panics.
        if (x === len) throw new FuncError(`reflect: ${item.k} index out of range`);
        item = item.k === 'string' ? { k: 'uint8', v: encodeUtf8(item.v as string)[x]! } : fromJson((item.v as unknown[])[x]);
        break;
      }
      case 'map': {
        if (idx.k === 'invalid') throw new FuncError('value is nil; should be of type string');
        if (idx.k !== 'string') throw new FuncError(`value has type ${concreteTypeName(idx)}; should be string`);
        const m = item.v as Record<string, unknown>;
        item = Object.prototype.hasOwnProperty.call(m, idx.v as string) ? fromJson(m[idx.v as string]) : NIL;
        break;
      }
      default:
        throw new FuncError(`can't index item of type ${concreteTypeName(item)}`);
    }
  }
  return item;
}

/** Go's append growth: the capacity encoding/json leaves on a decoded array of n elements. */
function jsonSliceCap(n: number): number {
  let cap = 0;
  for (let len = 0; len < n; len++) {
    if (len === cap) {
      // growslice for 16-byte elements (interface{}): double below 256, then grow by ~1.25x + 192.
      const need = len + 1;
      let next = cap === 0 ? 1 : cap < 256 ? cap * 2 : cap + Math.floor((cap + 3 * 256) / 4);
      if (next < need) next = need;
      cap = roundToSizeClass(next * 16) / 16;
    }
  }
  return cap;
}

/** runtime's malloc size classes (the small ones), which round a slice's capacity up. */
const SIZE_CLASSES = [0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768];
function roundToSizeClass(bytes: number): number {
  for (const c of SIZE_CLASSES) if (c >= bytes) return c;
  return Math.ceil(bytes / 8192) * 8192;
}

function slice(argv: GoValue[]): GoValue {
  const item = unwrap(argv[0]!);
  const indexes = argv.slice(1).map(unwrap);
  if (item.k === 'invalid') throw new FuncError('slice of untyped nil');
  if (indexes.length > 3) throw new FuncError(`too many slice indexes: ${indexes.length}`);
  let cap: number;
  let len: number;
  if (item.k === 'string') {
    if (indexes.length === 3) throw new FuncError('cannot 3-index slice a string');
    len = cap = utf8ByteLength(item.v as string);
  } else if (item.k === 'slice') {
    len = (item.v as unknown[]).length;
    cap = jsonSliceCap(len);
  } else throw new FuncError(`can't slice item of type ${concreteTypeName(item)}`);
  const idx = [0, len, 0];
  indexes.forEach((x, i) => {
    idx[i] = indexArg(x, cap);
  });
  if (idx[0]! > idx[1]!) throw new FuncError(`invalid slice index: ${idx[0]} > ${idx[1]}`);
  if (indexes.length === 3 && idx[1]! > idx[2]!) throw new FuncError(`invalid slice index: ${idx[1]} > ${idx[2]}`);
  if (item.k === 'string') return { k: 'string', v: decodeUtf8Lenient(encodeUtf8(item.v as string).subarray(idx[0], idx[1])) };
  const arr = item.v as unknown[];
  // Elements between len and cap are the zero interface{} (nil) in Go's backing array.
  const out: unknown[] = [];
  for (let i = idx[0]!; i < idx[1]!; i++) out.push(i < arr.length ? arr[i] : null);
  return { k: 'slice', v: out };
}

function length(argv: GoValue[]): GoValue {
  const item = argv[0]!;
  if (item.k === 'nil') throw new FuncError('len of nil pointer');
  if (item.k === 'invalid') throw new FuncError('reflect: call of reflect.Value.Type on zero Value');
  const v = unwrap(item);
  if (v.k === 'map' || v.k === 'slice' || v.k === 'string') return { k: 'int', v: goLen(v) };
  throw new FuncError(`len of type ${concreteTypeName(v)}`);
}

/** evalArgs: one string as it is, anything else as fmt.Sprint. */
function evalArgs(argv: GoValue[]): string {
  if (argv.length === 1 && argv[0]!.k === 'string') return argv[0]!.v as string;
  // printableValue: a nil argument is `<no value>`.
  return goSprint(argv.map((a) => (a.k === 'nil' || a.k === 'invalid' ? { k: 'string', v: '<no value>' } : a)));
}

function htmlEscape(s: string): string {
  return s.replace(/["'&<>\0]/g, (c) => ({ '"': '&#34;', "'": '&#39;', '&': '&amp;', '<': '&lt;', '>': '&gt;', '\0': '\uFFFD' })[c]!);
}

function jsEscape(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    switch (ch) {
      case '\\':
        out += '\\\\';
        continue;
      case "'":
        out += "\\'";
        continue;
      case '"':
        out += '\\"';
        continue;
      case '<':
        out += '\\u003C';
        continue;
      case '>':
        out += '\\u003E';
        continue;
      case '&':
        out += '\\u0026';
        continue;
      case '=':
        out += '\\u003D';
        continue;
    }
    if (cp < 0x20) out += `\\u00${cp.toString(16).toUpperCase().padStart(2, '0')}`;
    else if (cp >= 0x80 && !/^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u.test(ch)) out += `\\u${cp.toString(16).toUpperCase().padStart(4, '0')}`;
    else out += ch;
  }
  return out;
}

/** url.QueryEscape. */
function queryEscape(s: string): string {
  let out = '';
  for (const b of encodeUtf8(s)) {
    const c = String.fromCharCode(b);
    if (/[A-Za-z0-9\-_.~]/.test(c)) out += c;
    else if (c === ' ') out += '+';
    else out += `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** kubectl's exists: whether indexing item by each index in turn reaches a non-nil value. */
function exists(argv: GoValue[]): GoValue {
  // The item arrives as an interface{}: a nil one is no value at all.
  let v = argv[0]!.k === 'nil' ? INVALID : unwrap(argv[0]!);
  for (const index of argv.slice(1)) {
    v = unwrap(v);
    if (v.k === 'invalid') return bool(false);
    if (v.k === 'slice' || v.k === 'string') {
      if (index.k !== 'int' && index.k !== 'int64' && index.k !== 'uint8') return bool(false);
      const len = v.k === 'string' ? utf8ByteLength(v.v as string) : (v.v as unknown[]).length;
      const x = num(index);
      if (x < 0 || x >= len) return bool(false);
      v = v.k === 'string' ? { k: 'uint8', v: encodeUtf8(v.v as string)[x]! } : fromJson((v.v as unknown[])[x]);
    } else if (v.k === 'map') {
      const key = index.k === 'nil' || index.k === 'invalid' ? '' : index;
      if (typeof key !== 'string' && key.k !== 'string') return bool(false);
      const k = typeof key === 'string' ? key : (key.v as string);
      const m = v.v as Record<string, unknown>;
      v = Object.prototype.hasOwnProperty.call(m, k) ? fromJson(m[k]) : NIL;
    } else return bool(false);
  }
  // Only a nil reached through a map or slice counts as missing.
  return bool(v.k !== 'nil');
}

/** base64.StdEncoding.DecodeString with Go's CorruptInputError offset. */
function base64decode(argv: GoValue[]): GoValue {
  const s = (argv[0]!.v as string).replace(/[\r\n]/g, '');
  const raw = argv[0]!.v as string;
  const m = /[^A-Za-z0-9+/=\r\n]/.exec(raw);
  let bad = -1;
  if (m) bad = m.index;
  else if (s.length % 4 !== 0) bad = raw.length - ((raw.length % 4) || 4) + 0;
  else {
    const eqAt = s.indexOf('=');
    if (eqAt >= 0 && (eqAt < s.length - 2 || !/^=*$/.test(s.slice(eqAt)))) bad = eqAt;
  }
  if (bad >= 0) throw new FuncError(`base64 decode failed: illegal base64 data at input byte ${bad}`);
  return { k: 'string', v: decodeUtf8Lenient(base64Bytes(s)) };
}

function builtin(params: ParamType[], variadic: ParamType | undefined, call: (argv: GoValue[], callee: string) => GoValue): TemplateFunc {
  return variadic ? { params, variadic, builtin: true, call } : { params, builtin: true, call };
}

/** text/template's builtins plus kubectl's functions, as GoTemplatePrinter installs them. */
export function kubectlTemplateFuncs(): FuncTable {
  const s = (v: string): GoValue => ({ k: 'string', v });
  return new Map<string, TemplateFunc>([
    ['and', builtin(['value'], 'value', () => INVALID)],
    ['or', builtin(['value'], 'value', () => INVALID)],
    [
      'call',
      builtin(['value'], 'value', (argv, callee) => {
        const fn = unwrap(argv[0]!);
        if (fn.k === 'invalid') throw new FuncError('call of nil');
        throw new FuncError(`non-function ${callee} of type ${concreteTypeName(fn)}`);
      }),
    ],
    ['html', builtin([], 'any', (argv) => s(htmlEscape(evalArgs(argv))))],
    ['index', builtin(['value'], 'value', index)],
    ['slice', builtin(['value'], 'value', slice)],
    ['js', builtin([], 'any', (argv) => s(jsEscape(evalArgs(argv))))],
    ['len', builtin(['value'], undefined, length)],
    ['not', builtin(['value'], undefined, (argv) => bool(!isTrue(unwrap(argv[0]!))))],
    ['print', builtin([], 'any', (argv) => s(goSprint(argv)))],
    ['printf', builtin(['string'], 'any', (argv) => s(goSprintf(argv[0]!.v as string, argv.slice(1))))],
    ['println', builtin([], 'any', (argv) => s(goSprintln(argv)))],
    ['urlquery', builtin([], 'any', (argv) => s(queryEscape(evalArgs(argv))))],
    ['eq', builtin(['value'], 'value', eq)],
    ['ge', builtin(['value', 'value'], undefined, (a) => bool(!lt(a[0]!, a[1]!)))],
    ['gt', builtin(['value', 'value'], undefined, (a) => bool(!le(a[0]!, a[1]!)))],
    ['le', builtin(['value', 'value'], undefined, (a) => bool(le(a[0]!, a[1]!)))],
    ['lt', builtin(['value', 'value'], undefined, (a) => bool(lt(a[0]!, a[1]!)))],
    ['ne', builtin(['value', 'value'], undefined, (a) => bool(!(eq(a).v as boolean)))],
    ['exists', { params: ['any'], variadic: 'any', builtin: false, call: exists }],
    ['base64decode', { params: ['string'], builtin: false, call: base64decode }],
  ]);
}
