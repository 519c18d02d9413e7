// describe.go's multi-value fields: labels, annotations, taints and tolerations, the first value
// after `Title:\t` and each further one on its own line under it.
import type { Toleration } from '../../api/types.js';
import { sortGoStrings, utf8Length, utf8Prefix } from '../../core/text/go-strings.js';
import { goSortSlice } from '../go-sort.js';
import { compareGoStrings } from '../../core/text/go-strings.js';
import { LEVEL_0, type PrefixWriter } from './prefix-writer.js';

const MAX_ANNOTATION_LEN = 140;
const SKIP_ANNOTATIONS = new Set(['kubectl.kubernetes.io/last-applied-configuration']);

/** printLabelsMultilineWithIndent: sorted `k=v` lines, or `<none>`. */
export function printLabelsMultilineWithIndent(
  w: PrefixWriter,
  initialIndent: string,
  title: string,
  innerIndent: string,
  labels: Record<string, string> | undefined | null,
  skip: ReadonlySet<string> = new Set(),
): void {
  w.write(LEVEL_0, `${initialIndent}${title}:${innerIndent}`);
  const keys = sortGoStrings(Object.keys(labels ?? {}).filter((k) => !skip.has(k)));
  if (keys.length === 0) {
    w.writeLine('<none>');
    return;
  }
  keys.forEach((key, i) => {
    if (i !== 0) {
      w.write(LEVEL_0, initialIndent);
      w.write(LEVEL_0, innerIndent);
    }
    w.write(LEVEL_0, `${key}=${labels?.[key] ?? ''}\n`);
  });
}

/** printLabelsMultiline: `Title:\t` then the labels. */
export function printLabelsMultiline(w: PrefixWriter, title: string, labels: Record<string, string> | undefined | null): void {
  printLabelsMultilineWithIndent(w, '', title, '\t', labels);
}

function shorten(s: string, maxLength: number): string {
  return utf8Length(s) > maxLength ? `${utf8Prefix(s, maxLength)}...` : s;
}

/** printAnnotationsMultiline: `key: value`, long or multi-line values on indented lines. */
export function printAnnotationsMultiline(w: PrefixWriter, title: string, annotations: Record<string, string> | undefined | null): void {
  w.write(LEVEL_0, `${title}:\t`);
  const keys = sortGoStrings(Object.keys(annotations ?? {}).filter((k) => !SKIP_ANNOTATIONS.has(k)));
  if (keys.length === 0) {
    w.writeLine('<none>');
    return;
  }
  const indent = '\t';
  keys.forEach((key, i) => {
    if (i !== 0) w.write(LEVEL_0, indent);
    const raw = annotations?.[key] ?? '';
    const value = raw.endsWith('\n') ? raw.slice(0, -1) : raw;
    if (utf8Length(value) + utf8Length(key) + 2 > MAX_ANNOTATION_LEN || value.includes('\n')) {
      w.write(LEVEL_0, `${key}:\n`);
      for (const s of value.split('\n')) w.write(LEVEL_0, `${indent}  ${shorten(s, MAX_ANNOTATION_LEN - 2)}\n`);
    } else {
      w.write(LEVEL_0, `${key}: ${value}\n`);
    }
  });
}

export interface Taint {
  key: string;
  value?: string;
  effect: string;
  timeAdded?: string;
}

/** Taint.ToString: `key[=value]:effect`. */
export function taintToString(t: Taint): string {
  return t.value ? `${t.key}=${t.value}:${t.effect}` : `${t.key}:${t.effect}`;
}

/** printNodeTaintsMultiline: taints sorted by `effect,key` (with Go's unstable sort). */
export function printNodeTaintsMultiline(w: PrefixWriter, title: string, taints: Taint[] | undefined): void {
  w.write(LEVEL_0, `${title}:\t`);
  if (!taints || taints.length === 0) {
    w.writeLine('<none>');
    return;
  }
  const key = (t: Taint): string => `${t.effect},${t.key}`;
  const sorted = goSortSlice(taints, (a, b) => compareGoStrings(key(a), key(b)) < 0);
  sorted.forEach((taint, i) => {
    if (i !== 0) {
      w.write(LEVEL_0, '');
      w.write(LEVEL_0, '\t');
    }
    w.write(LEVEL_0, `${taintToString(taint)}\n`);
  });
}

/** printTolerationsMultilineWithIndent: `key[=value][:effect][ op=Exists][ for Ns]`, sorted by key. */
export function printTolerationsMultilineWithIndent(
  w: PrefixWriter,
  initialIndent: string,
  title: string,
  innerIndent: string,
  tolerations: Toleration[] | undefined,
): void {
  w.write(LEVEL_0, `${initialIndent}${title}:${innerIndent}`);
  if (!tolerations || tolerations.length === 0) {
    w.writeLine('<none>');
    return;
  }
  const sorted = goSortSlice(tolerations, (a, b) => compareGoStrings(a.key ?? '', b.key ?? '') < 0);
  sorted.forEach((t, i) => {
    if (i !== 0) {
      w.write(LEVEL_0, initialIndent);
      w.write(LEVEL_0, innerIndent);
    }
    const key = t.key ?? '';
    const value = t.value ?? '';
    const effect = t.effect ?? '';
    w.write(LEVEL_0, key);
    if (value.length !== 0) w.write(LEVEL_0, `=${value}`);
    if (effect.length !== 0) w.write(LEVEL_0, `:${effect}`);
    if (t.operator === 'Exists' && value.length === 0) {
      w.write(LEVEL_0, key.length !== 0 || effect.length !== 0 ? ' op=Exists' : 'op=Exists');
    }
    if (t.tolerationSeconds !== undefined && t.tolerationSeconds !== null) w.write(LEVEL_0, ` for ${t.tolerationSeconds}s`);
    w.write(LEVEL_0, '\n');
  });
}

/** printPodTolerationsMultiline: `Title:\t` then the tolerations. */
export function printPodTolerationsMultiline(w: PrefixWriter, title: string, tolerations: Toleration[] | undefined): void {
  printTolerationsMultilineWithIndent(w, '', title, '\t', tolerations);
}
