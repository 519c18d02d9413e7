// go-cmp's printing of a single value (cmp/report_reflect.go, v0.6): Go-like literals with zero
// struct fields left out, `s"..."` for types with a String method, `&` for pointers, and a
// verbosity level that shrinks at every nesting level (structs, slices and maps show 4 records at
// level 1, then `...`; strings are cut at 32 << level bytes). Not ported: cycle references and
// pointer addresses (API objects have neither), and fully qualified type names (only used when
// every other verbosity still prints two different values the same).
import { goQuote } from '../../schema/go-quote.js';
import { asList, asMap, elemOf, fieldsOf, isZero, keyOf, sortedKeys, typeString, type GoKind, type GoType, type GoValue } from '../go-types/go-type.js';
import { DiffStats } from './diff-stats.js';
import {
  appendEllipsis,
  byteLength,
  DIFF_IDENTICAL,
  DIFF_INSERTED,
  DIFF_REMOVED,
  DIFF_UNKNOWN,
  TEXT_ELLIPSIS,
  TEXT_NIL,
  textEqual,
  TextLine,
  TextList,
  TextWrap,
  type TextNode,
} from './text-node.js';

export const EMIT_TYPE = 0;
export const ELIDE_TYPE = 1;
/** Print the type only for composite kinds (structs, slices, maps), and not for identical values. */
export const AUTO_TYPE = 2;

export interface FormatOptions {
  readonly diffMode: number;
  readonly typeMode: number;
  readonly avoidStringer: boolean;
  readonly verbosityLevel: number;
  readonly limitVerbosity: boolean;
}

/** formatOptions{}: what cmp.Diff starts from. */
export const ZERO_OPTIONS: FormatOptions = {
  diffMode: DIFF_UNKNOWN,
  typeMode: EMIT_TYPE,
  avoidStringer: false,
  verbosityLevel: 0,
  limitVerbosity: false,
};

// Copies of the options with one setting changed (Go's value-receiver With* methods).
export const withDiffMode = (o: FormatOptions, diffMode: number): FormatOptions => ({ ...o, diffMode });
export const withTypeMode = (o: FormatOptions, typeMode: number): FormatOptions => ({ ...o, typeMode });
export const withVerbosity = (o: FormatOptions, level: number): FormatOptions => ({ ...o, verbosityLevel: level, limitVerbosity: true });
export const verbosity = (o: FormatOptions): number => Math.min(Math.max(o.verbosityLevel, 0), 16);
const lessVerbose = (o: FormatOptions): FormatOptions => ({ ...o, verbosityLevel: o.verbosityLevel - 1 });

const COMPOSITE: ReadonlySet<GoKind> = new Set(['struct', 'slice', 'map']);

/** FormatType: wraps s with the type's name where the type mode asks for it. */
export function formatType(o: FormatOptions, t: GoType, s: TextNode): TextNode {
  if (o.typeMode === ELIDE_TYPE) return s;
  if (o.typeMode === AUTO_TYPE) {
    if (!COMPOSITE.has(t.kind) || textEqual(s, TEXT_NIL) || o.diffMode === DIFF_IDENTICAL) return s;
  }
  let name = typeString(t);
  if (t.name === '' && t.kind === 'ptr') name = `(${name})`;
  return new TextWrap(name, wrapParens(s), '');
}

function wrapParens(s: TextNode): TextNode {
  if (s instanceof TextWrap) {
    const parens = s.prefix.startsWith('(') && s.suffix.endsWith(')');
    const braces = s.prefix.startsWith('{') && s.suffix.endsWith('}');
    if (parens || braces) return s;
  }
  return new TextWrap('(', s, ')');
}

const limit = (o: FormatOptions, all: number): number => (o.limitVerbosity ? ((1 << verbosity(o)) >> 1) << 2 : all);

/** FormatValue: the value v of type t; undefined (Go's nil textNode) when there is no value. */
export function formatValue(o: FormatOptions, t: GoType, v: GoValue | undefined, parent?: GoKind): TextNode | undefined {
  if (v === undefined) return undefined;
  if (!o.avoidStringer && t.stringer && (t.kind !== 'ptr' || v !== null)) return formatString(o, 's', t.stringer(v));
  let skipType = false;
  let out: TextNode;
  switch (t.kind) {
    case 'bool':
    case 'int':
    case 'float':
      out = new TextLine(String(v));
      break;
    case 'uint':
      out = new TextLine(t.name === 'uint8' && parent === 'slice' ? formatHex(v as number) : String(v));
      break;
    case 'string':
      out = formatString(o, '', v as string);
      break;
    case 'struct': {
      const list = new TextList();
      const values = asList(v);
      const fields = fieldsOf(t);
      const maxLen = limit(o, fields.length);
      const inner = withTypeMode(o.limitVerbosity ? lessVerbose(o) : o, AUTO_TYPE);
      for (const [i, f] of fields.entries()) {
        const fv = values[i] ?? null;
        if (isZero(f.type, fv)) continue;
        if (list.records.length === maxLen) {
          appendEllipsis(list, new DiffStats(''));
          break;
        }
        list.records.push({ diff: DIFF_UNKNOWN, key: f.name, value: formatValue(inner, f.type, fv, 'struct')! });
      }
      out = new TextWrap('{', list, '}');
      break;
    }
    case 'slice': {
      if (v === null) {
        out = TEXT_NIL;
        break;
      }
      const values = asList(v);
      const maxLen = limit(o, values.length);
      const inner = withTypeMode(o.limitVerbosity ? lessVerbose(o) : o, ELIDE_TYPE);
      const list = new TextList();
      for (const item of values) {
        if (list.records.length === maxLen) {
          appendEllipsis(list, new DiffStats(''));
          break;
        }
        list.records.push({ diff: DIFF_UNKNOWN, key: '', value: formatValue(inner, elemOf(t), item, 'slice')! });
      }
      out = new TextWrap('{', list, '}');
      break;
    }
    case 'map': {
      if (v === null) {
        out = TEXT_NIL;
        break;
      }
      const entries = asMap(v);
      const maxLen = limit(o, entries.size);
      const inner = withTypeMode(o.limitVerbosity ? lessVerbose(o) : o, ELIDE_TYPE);
      const list = new TextList();
      for (const k of sortedKeys(entries.keys())) {
        if (list.records.length === maxLen) {
          appendEllipsis(list, new DiffStats(''));
          break;
        }
        const value = formatValue(inner, elemOf(t), entries.get(k) ?? null, 'map')!;
        list.records.push({ diff: DIFF_UNKNOWN, key: formatMapKey(keyOf(t), k), value });
      }
      out = new TextWrap('{', list, '}');
      break;
    }
    case 'ptr':
      if (v === null) {
        out = TEXT_NIL;
        break;
      }
      // An unnamed pointer type lets the target print its own type.
      skipType = t.name === '';
      out = new TextWrap('&', formatValue(o, elemOf(t), v, 'ptr')!, '');
      break;
  }
  return skipType ? out : formatType(o, t, out);
}

/** formatMapKey: a key as a single line, at a generous verbosity. */
export function formatMapKey(t: GoType, k: string): string {
  const o: FormatOptions = { diffMode: DIFF_IDENTICAL, typeMode: ELIDE_TYPE, avoidStringer: false, verbosityLevel: 6, limitVerbosity: true };
  const text = formatValue(o, t, k, 'map');
  return text instanceof TextLine ? text.text.trim() : k;
}

const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;
const isPrint = (ch: string): boolean => PRINTABLE.test(ch);

// The first n bytes of s, not splitting a character.
function bytePrefix(s: string, n: number): string {
  let out = '';
  for (const ch of s) {
    if (byteLength(out) + byteLength(ch) > n) break;
    out += ch;
  }
  return out;
}

/** formatString (method): a string value, cut to the verbosity's length, or a `"""` block for a long removed/inserted text. */
export function formatString(o: FormatOptions, prefix: string, s: string): TextNode {
  let maxLen = byteLength(s);
  let maxLines = s.split('\n').length;
  if (o.limitVerbosity) {
    maxLen = (1 << verbosity(o)) << 5;
    maxLines = (1 << verbosity(o)) << 2;
  }
  const lines = s.replace(/\n$/, '').split('\n');
  let tripleQuoted = lines.length >= 4 && (o.diffMode === DIFF_REMOVED || o.diffMode === DIFF_INSERTED);
  for (let i = 0; i < lines.length && tripleQuoted; i++) {
    const line = lines[i]!.replace(/\r$/, '').replace(/^\r/, '');
    lines[i] = line;
    const printable = [...line].every((ch) => isPrint(ch) || ch === '\t');
    const body = line.startsWith(prefix) ? line.slice(prefix.length) : line;
    tripleQuoted = !body.startsWith('"""') && !line.startsWith('...') && printable && byteLength(line) <= maxLen;
  }
  if (tripleQuoted) {
    const list = new TextList([{ diff: o.diffMode, key: '', value: new TextLine(`${prefix}"""`), elideComma: true }]);
    for (const [i, line] of lines.entries()) {
      const elided = lines.length - i;
      if (i === maxLines - 1 && elided > 1) {
        list.records.push({ diff: o.diffMode, key: '', value: TEXT_ELLIPSIS, elideComma: true, comment: `${elided} elided lines` });
        break;
      }
      list.records.push({ diff: o.diffMode, key: '', value: new TextLine(line), elideComma: true });
    }
    list.records.push({ diff: o.diffMode, key: '', value: new TextLine(`${prefix}"""`), elideComma: true });
    return new TextWrap('(', list, ')');
  }
  if (byteLength(s) > maxLen + 3) return new TextLine(`${prefix}${quoteGoString(bytePrefix(s, maxLen))}...`);
  return new TextLine(`${prefix}${quoteGoString(s)}`);
}

/** formatString (function): strconv.Quote, or a raw `...` literal where quoting would escape something printable. */
export function quoteGoString(s: string): string {
  const quoted = goQuote(s);
  if (byteLength(quoted) === byteLength(s) + 2) return quoted;
  const rawInvalid = [...s].some((ch) => ch === '`' || ch === '\n' || !(isPrint(ch) || ch === '\t'));
  return rawInvalid ? quoted : `\`${s}\``;
}

function formatHex(u: number): string {
  const widths = [2, 4, 6, 8, 10, 12, 14, 16];
  const width = widths.find((w) => u < 2 ** (w * 4)) ?? 16;
  return `0x${u.toString(16).padStart(width, '0')}`;
}

/** The verbosity presets FormatDiff tries when two different values print the same. */
export function verbosityPreset(o: FormatOptions, i: number): FormatOptions {
  return { ...o, verbosityLevel: verbosity(o) + 2 * i, avoidStringer: i > 0 ? true : o.avoidStringer };
}
