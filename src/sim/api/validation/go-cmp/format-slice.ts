// go-cmp's specialised diff of long strings and of slices of numbers (cmp/report_slices.go, v0.6):
// two strings of 64 bytes or more are diffed by line (a `"""` block, or strings.Join(..., "\n"))
// when they have 4 lines or more, else by 64-byte chunks (strings.Join({...}, "")); bytes that
// are not text are dumped in hex. A []string is not specialised: its elements are records.
import { goQuote } from '../../schema/go-quote.js';
import type { GoType } from '../go-types/go-type.js';
import { asList, elemOf } from '../go-types/go-type.js';
import { DiffStats } from './diff-stats.js';
import { boolResult, difference, IDENTITY, UNIQUE_X, UNIQUE_Y, type EditType } from './edit-script.js';
import { EMIT_TYPE, formatType, quoteGoString, verbosity, withTypeMode, type FormatOptions } from './format-value.js';
import {
  appendEllipsis,
  byteLength,
  DIFF_IDENTICAL,
  DIFF_INSERTED,
  DIFF_REMOVED,
  DIFF_UNKNOWN,
  TEXT_ELLIPSIS,
  textEqual,
  TextLine,
  TextList,
  TextWrap,
  type TextNode,
  type TextRecord,
} from './text-node.js';
import type { ValueNode } from './value-node.js';
import { decodeUtf8Lenient, encodeUtf8 } from '../../../core/text/utf8.js';

const NUMERIC = new Set(['int', 'uint', 'float', 'bool']);

/** CanFormatDiffSlice: whether v is a long string or a slice of numbers that differs. */
export function canFormatDiffSlice(o: FormatOptions, v: ValueNode): boolean {
  if (o.diffMode !== DIFF_UNKNOWN || v.numDiff === 0 || v.x === undefined || v.y === undefined) return false;
  if (v.numCompared > 1 || (v.numCompared === 1 && v.type.name !== '')) return false;
  if (v.type.kind === 'string') return byteLength(v.x as string) >= 64 && byteLength(v.y as string) >= 64;
  if (v.type.kind !== 'slice' || !NUMERIC.has(elemOf(v.type).kind) || v.x === null || v.y === null) return false;
  const xs = asList(v.x);
  const ys = asList(v.y);
  if (xs.length === 0 || ys.length === 0) return false;
  return v.numDiff > v.numSame || (xs.length >= 64 && ys.length >= 64);
}

const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;
const SPACE = /^[\s\u0085]$/u;
const utf8 = (s: string): number[] => [...encodeUtf8(s)];
const fromUtf8 = (bytes: readonly number[]): string => decodeUtf8Lenient(bytes);

/** FormatDiffSlice. */
export function formatDiffSlice(o: FormatOptions, v: ValueNode): TextNode {
  const t = v.type;
  if (t.kind === 'slice') {
    const elem = elemOf(t);
    const chunk = elem.kind === 'bool' ? 16 : /8$/.test(elem.name) ? 16 : /16$/.test(elem.name) ? 12 : 8;
    const list = formatChunks(o, asList(v.x!), asList(v.y!), chunk, elem.name, (c, d) => rec(d, c.map(String).join(', ')));
    return formatType(o, t, new TextWrap('{', list, '}'));
  }
  const sx = v.x as string;
  const sy = v.y as string;
  let binary = false;
  let numLines = 0;
  let lastLineIdx = 0;
  let maxLineLen = 0;
  let i = 0;
  for (const ch of sx + sy) {
    if (!(PRINTABLE.test(ch) || SPACE.test(ch)) || ch === '\ufffd') {
      binary = true;
      break;
    }
    if (ch === '\n') {
      maxLineLen = Math.max(maxLineLen, i - lastLineIdx);
      lastLineIdx = i + 1;
      numLines++;
    }
    i += byteLength(ch);
  }
  if (!binary && numLines >= 4 && maxLineLen <= 1024) {
    const raw = new WeakMap<TextRecord, string>();
    const list = formatChunks(o, sx.split('\n'), sy.split('\n'), 1, 'line', (c, d) => {
      const r = rec(d, quoteGoString(c[0] ?? ''));
      raw.set(r, c[0] ?? '');
      return r;
    });
    const block = tripleQuoted(list, raw);
    if (block) return t.name === 'string' ? block : formatType(o, t, block);
    return joined(o, t, list, '\n');
  }
  if (!binary) {
    const list = formatChunks(o, utf8(sx), utf8(sy), 64, 'byte', (c, d) => rec(d, quoteGoString(fromUtf8(c))));
    return joined(o, t, list, '');
  }
  const list = formatChunks(o, utf8(sx), utf8(sy), 16, 'byte', (c, d) => ({
    ...rec(d, c.map((b) => `0x${b.toString(16).padStart(2, '0')}`).join(', ')),
    comment: `${String.fromCharCode(d)}|${c.map((b) => (b >= 0x20 && b <= 0x7e ? String.fromCharCode(b) : '.')).join('')}|`,
  }));
  return formatType(withTypeMode(o, EMIT_TYPE), t, new TextWrap('{', list, '}'));
}

const rec = (diff: number, text: string): TextRecord => ({ diff, key: '', value: new TextLine(text) });

function joined(o: FormatOptions, t: GoType, list: TextList, delim: string): TextNode {
  const out = new TextWrap('strings.Join(', new TextWrap('{', list, '}'), `, ${goQuote(delim)})`);
  return t.name === 'string' ? out : formatType(o, t, out);
}

// The `"""` form, unless a line starts with `"""` or `...`, is not printable, or a removed and an
// inserted line of one group differ only in white space.
function tripleQuoted(list: TextList, raw: WeakMap<TextRecord, string>): TextNode | undefined {
  const out: TextRecord[] = [{ diff: DIFF_UNKNOWN, key: '', value: new TextLine('"""'), elideComma: true }];
  let removed = new Set<string>();
  let inserted = new Set<string>();
  for (const original of list.records) {
    const r = { ...original };
    if (!textEqual(r.value, TEXT_ELLIPSIS)) {
      const line = (raw.get(original) ?? '').replace(/\r$/, '').replace(/^\r/, '');
      const norm = line.replace(/\s/gu, '');
      let ok = !line.startsWith('"""') && !line.startsWith('...') && [...line].every((ch) => PRINTABLE.test(ch) || ch === '\t');
      if (r.diff === DIFF_REMOVED) {
        ok &&= !inserted.has(norm);
        removed.add(norm);
      } else if (r.diff === DIFF_INSERTED) {
        ok &&= !removed.has(norm);
        inserted.add(norm);
      }
      if (!ok) return undefined;
      r.value = new TextLine(line);
      r.elideComma = true;
    }
    if (r.diff !== DIFF_REMOVED && r.diff !== DIFF_INSERTED) {
      removed = new Set();
      inserted = new Set();
    }
    out.push(r);
  }
  const last = out[out.length - 1]!;
  if (last.diff === DIFF_IDENTICAL && last.value instanceof TextLine && last.value.text === '') out.pop();
  out.push({ diff: DIFF_UNKNOWN, key: '', value: new TextLine('"""'), elideComma: true });
  return new TextWrap('(', new TextList(out), ')');
}

// formatDiffSlice: records of up to chunkSize elements, with context around each changed group.
function formatChunks<T>(
  o: FormatOptions,
  xs: readonly T[],
  ys: readonly T[],
  chunkSize: number,
  name: string,
  makeRec: (chunk: readonly T[], d: number) => TextRecord,
): TextList {
  const es = difference(xs.length, ys.length, (ix, iy) => boolResult(xs[ix] === ys[iy]));
  const list = new TextList();
  const appendChunks = (values: readonly T[], d: number): number => {
    for (let i = 0; i < values.length; i += chunkSize) list.records.push(makeRec(values.slice(i, i + chunkSize), d));
    return values.length;
  };
  const maxLen = o.limitVerbosity ? (1 << verbosity(o)) << 2 : -1;
  const groups = coalesceIntervening(coalesceEdits(name, es), Math.trunc(chunkSize / 4));
  let maxGroup = new DiffStats(name);
  let numDiffs = 0;
  let vx = xs;
  let vy = ys;
  groups.forEach((group, i) => {
    let ds = group;
    if (maxLen >= 0 && numDiffs >= maxLen) {
      maxGroup = maxGroup.append(ds);
      return;
    }
    if (ds.numDiff() === 0) {
      const numEqual = ds.counts.ignored + ds.counts.identical;
      let numLo = 0;
      let numHi = 0;
      while (numLo < chunkSize * 2 && numLo + numHi < numEqual && i !== 0) numLo++;
      while (numHi < chunkSize * 2 && numLo + numHi < numEqual && i !== groups.length - 1) numHi++;
      if (numEqual - (numLo + numHi) <= chunkSize && ds.counts.ignored === 0) numHi = numEqual - numLo;
      appendChunks(vx.slice(0, numLo), DIFF_IDENTICAL);
      if (numEqual > numLo + numHi) {
        ds = ds.with({ identical: ds.counts.identical - (numLo + numHi) });
        appendEllipsis(list, ds);
      }
      appendChunks(vx.slice(numEqual - numHi, numEqual), DIFF_IDENTICAL);
      vx = vx.slice(numEqual);
      vy = vy.slice(numEqual);
      return;
    }
    const len0 = list.records.length;
    const { identical, removed, inserted, modified } = ds.counts;
    vx = vx.slice(appendChunks(vx.slice(0, identical + removed + modified), DIFF_REMOVED));
    vy = vy.slice(appendChunks(vy.slice(0, identical + inserted + modified), DIFF_INSERTED));
    numDiffs += list.records.length - len0;
  });
  if (!maxGroup.isZero()) appendEllipsis(list, maxGroup);
  return list;
}

function coalesceEdits(name: string, es: readonly EditType[]): DiffStats[] {
  const groups: DiffStats[] = [];
  let prevCase = 0;
  for (const e of es) {
    const kase = e === IDENTITY ? 1 : 2;
    if (prevCase !== kase) {
      groups.push(new DiffStats(name));
      prevCase = kase;
    }
    const field = e === IDENTITY ? 'identical' : e === UNIQUE_X ? 'removed' : e === UNIQUE_Y ? 'inserted' : 'modified';
    const last = groups[groups.length - 1]!;
    groups[groups.length - 1] = last.with({ [field]: last.counts[field] + 1 });
  }
  return groups;
}

// coalesceInterveningIdentical: a short equal run between two changes joins them into one group.
function coalesceIntervening(groups: readonly DiffStats[], windowSize: number): DiffStats[] {
  const out: DiffStats[] = [];
  for (const ds of groups) {
    if (out.length >= 2 && ds.numDiff() > 0) {
      const prev = out[out.length - 2]!;
      const curr = out[out.length - 1]!;
      const hadX = prev.counts.removed > 0;
      const hadY = prev.counts.inserted > 0;
      const hasX = ds.counts.removed > 0;
      const hasY = ds.counts.inserted > 0;
      if ((hadX || hasX) && (hadY || hasY) && curr.counts.identical <= windowSize) {
        out[out.length - 2] = prev.append(curr).append(ds);
        out.pop();
        continue;
      }
    }
    out.push(ds);
  }
  return out;
}
