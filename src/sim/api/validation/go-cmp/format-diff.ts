// go-cmp's reporter (cmp/report_compare.go, v0.6): turns the compared value tree into text.
// Differing records are printed in full (`-`/`+` lines, or recursively where both sides have
// children); runs of equal records are coalesced into `... // N identical fields`, keeping
// numContextRecords (2) on each side of a change, none before the first group or after the last.
// Equal values print compactly at verbosity 1; differing ones at verbosity 3.
import { isZero } from '../go-types/go-type.js';
import { DiffStats } from './diff-stats.js';
import { canFormatDiffSlice, formatDiffSlice } from './format-slice.js';
import {
  AUTO_TYPE,
  ELIDE_TYPE,
  EMIT_TYPE,
  formatMapKey,
  formatType,
  formatValue,
  verbosity,
  verbosityPreset,
  withDiffMode,
  withTypeMode,
  withVerbosity,
  type FormatOptions,
} from './format-value.js';
import {
  appendEllipsis,
  DIFF_IDENTICAL,
  DIFF_INSERTED,
  DIFF_REMOVED,
  DIFF_UNKNOWN,
  textEqual,
  textLen,
  TextList,
  TextWrap,
  type TextNode,
} from './text-node.js';
import { parentKind, type ValueNode, type ValueRecord } from './value-node.js';

const NUM_CONTEXT_RECORDS = 2;
const MAX_VERBOSITY_PRESET = 6;

/** FormatDiff: the text of one node of the value tree; undefined for the missing side of an inserted or removed leaf. */
export function formatDiff(opts: FormatOptions, v: ValueNode): TextNode | undefined {
  let o = opts;
  if (o.diffMode === DIFF_IDENTICAL) o = withVerbosity(o, 1);
  else if (verbosity(o) < 3) o = withVerbosity(o, 3);
  if (canFormatDiffSlice(o, v)) return formatDiffSlice(o, v);
  const parent = parentKind(v);
  if (v.maxDepth === 0) return formatLeaf(o, v, parent);
  switch (v.type.kind) {
    case 'struct':
    case 'slice':
    case 'map':
      return formatType(o, v.type, formatDiffList(o, v));
    case 'ptr':
      return new TextWrap('&', formatDiff(o, v.value!)!, '');
    default:
      throw new Error(`${v.type.kind} cannot have children`);
  }
}

function formatLeaf(o: FormatOptions, v: ValueNode, parent: ValueNode['type']['kind'] | undefined): TextNode | undefined {
  switch (o.diffMode) {
    case DIFF_REMOVED:
      return formatValue(o, v.type, v.x, parent);
    case DIFF_INSERTED:
      return formatValue(o, v.type, v.y, parent);
  }
  if (v.numDiff === 0) {
    const outx = formatValue(o, v.type, v.x, parent)!;
    const outy = formatValue(o, v.type, v.y, parent)!;
    return textLen(outx) < textLen(outy) ? outx : outy;
  }
  // Unequal: both values, raising the verbosity until they print differently.
  let elided = withTypeMode(o, ELIDE_TYPE);
  let outx = formatValue(elided, v.type, v.x, parent);
  let outy = formatValue(elided, v.type, v.y, parent);
  for (let i = 0; i <= MAX_VERBOSITY_PRESET && outx && outy && textEqual(outx, outy); i++) {
    elided = withTypeMode(verbosityPreset(o, i), ELIDE_TYPE);
    outx = formatValue(elided, v.type, v.x, parent);
    outy = formatValue(elided, v.type, v.y, parent);
  }
  const list = new TextList();
  if (outx) list.records.push({ diff: DIFF_REMOVED, key: '', value: outx });
  if (outy) list.records.push({ diff: DIFF_INSERTED, key: '', value: outy });
  return formatType(withTypeMode(o, EMIT_TYPE), v.type, list);
}

const NAMES = { struct: 'field', slice: 'element', map: 'entry' } as const;

function formatDiffList(opts: FormatOptions, v: ValueNode): TextNode {
  const kind = v.type.kind as keyof typeof NAMES;
  const name = NAMES[kind];
  let o = withTypeMode(opts, kind === 'struct' ? AUTO_TYPE : ELIDE_TYPE);
  const formatKey = (r: ValueRecord): string =>
    kind === 'struct' ? (r.key ?? '') : kind === 'map' ? formatMapKey(v.type.key!, r.key ?? '') : '';
  let maxLen = -1;
  if (o.limitVerbosity) {
    maxLen = o.diffMode === DIFF_IDENTICAL ? ((1 << verbosity(o)) >> 1) << 2 : (1 << verbosity(o)) << 1;
    o = { ...o, verbosityLevel: o.verbosityLevel - 1 };
  }
  const list = new TextList();
  if (o.diffMode !== DIFF_UNKNOWN) {
    // One side only (or both, equal): the records' values, zero struct fields left out.
    let deferredEllipsis = false;
    for (const r of v.records) {
      if (list.records.length === maxLen) {
        deferredEllipsis = true;
        break;
      }
      if (kind === 'struct') {
        const t = r.value.type;
        const zero =
          o.diffMode === DIFF_IDENTICAL
            ? isZero(t, r.value.x ?? null) || isZero(t, r.value.y ?? null)
            : isZero(t, (o.diffMode === DIFF_REMOVED ? r.value.x : r.value.y) ?? null);
        if (zero) continue;
      }
      const out = formatDiff(o, r.value);
      if (out) list.records.push({ diff: DIFF_UNKNOWN, key: formatKey(r), value: out });
    }
    if (deferredEllipsis) appendEllipsis(list, new DiffStats(''));
    return new TextWrap('{', list, '}');
  }
  let recs = v.records;
  const groups = coalesceAdjacentRecords(name, recs);
  let maxGroup = new DiffStats(name);
  let numDiffs = 0;
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
      while (numLo < NUM_CONTEXT_RECORDS && numLo + numHi < numEqual && i !== 0) numLo++;
      while (numHi < NUM_CONTEXT_RECORDS && numLo + numHi < numEqual && i !== groups.length - 1) numHi++;
      if (numEqual - (numLo + numHi) === 1 && ds.counts.ignored === 0) numHi++; // no "... // 1 identical field"
      const identical = withDiffMode(o, DIFF_IDENTICAL);
      for (const r of recs.slice(0, numLo)) list.records.push({ diff: DIFF_UNKNOWN, key: formatKey(r), value: formatDiff(identical, r.value)! });
      if (numEqual > numLo + numHi) {
        ds = ds.with({ identical: ds.counts.identical - (numLo + numHi) });
        appendEllipsis(list, ds);
      }
      for (const r of recs.slice(numEqual - numHi, numEqual)) {
        list.records.push({ diff: DIFF_UNKNOWN, key: formatKey(r), value: formatDiff(identical, r.value)! });
      }
      recs = recs.slice(numEqual);
      return;
    }
    for (const r of recs.slice(0, ds.numDiff())) formatUnequal(o, r, formatKey(r), list);
    recs = recs.slice(ds.numDiff());
    numDiffs += ds.numDiff();
  });
  if (!maxGroup.isZero()) appendEllipsis(list, maxGroup);
  return new TextWrap('{', list, '}');
}

// A differing record: a specialised slice diff, both sides in full where the node is a chain
// (a leaf, or a pointer to a leaf), else a recursive diff.
function formatUnequal(o: FormatOptions, r: ValueRecord, key: string, list: TextList): void {
  if (canFormatDiffSlice(o, r.value)) {
    list.records.push({ diff: DIFF_UNKNOWN, key, value: formatDiffSlice(o, r.value) });
    return;
  }
  if (r.value.numChildren !== r.value.maxDepth) {
    list.records.push({ diff: DIFF_UNKNOWN, key, value: formatDiff(o, r.value)! });
    return;
  }
  let outx = formatDiff(withDiffMode(o, DIFF_REMOVED), r.value);
  let outy = formatDiff(withDiffMode(o, DIFF_INSERTED), r.value);
  for (let i = 0; i <= MAX_VERBOSITY_PRESET && outx && outy && textEqual(outx, outy); i++) {
    const preset = verbosityPreset(o, i);
    outx = formatDiff(withDiffMode(preset, DIFF_REMOVED), r.value);
    outy = formatDiff(withDiffMode(preset, DIFF_INSERTED), r.value);
  }
  if (outx) list.records.push({ diff: DIFF_REMOVED, key, value: outx });
  if (outy) list.records.push({ diff: DIFF_INSERTED, key, value: outy });
}

// coalesceAdjacentRecords: runs of equal records and runs of differing ones.
function coalesceAdjacentRecords(name: string, recs: readonly ValueRecord[]): DiffStats[] {
  const groups: DiffStats[] = [];
  let prevCase = 0;
  for (const { value: rv } of recs) {
    const kase = rv.numDiff === 0 ? 1 : 2;
    if (prevCase !== kase) {
      groups.push(new DiffStats(name));
      prevCase = kase;
    }
    const field = rv.numDiff === 0 ? 'identical' : rv.y === undefined ? 'removed' : rv.x === undefined ? 'inserted' : 'modified';
    const last = groups[groups.length - 1]!;
    groups[groups.length - 1] = last.with({ [field]: last.counts[field] + 1 });
  }
  return groups;
}
