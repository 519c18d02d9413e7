// Field splitting: turns expansion segments into fields, splitting only what came from unquoted
// expansions, and keeping for each field the glob pattern its unquoted parts make.
import { escapePattern, hasGlob } from './pattern.js';

/** A piece of an expanded word and how it was quoted. */
export type Seg =
  /** Unquoted text written in the source: not split, but globbed. */
  | { kind: 'lit'; text: string }
  /** Quoted text: neither split nor globbed. */
  | { kind: 'quoted'; text: string }
  /** The result of an unquoted expansion: split on IFS, then globbed. */
  | { kind: 'split'; text: string }
  /** A field boundary between the elements of `"$@"`. */
  | { kind: 'break' };

export interface Field {
  text: string;
  /** The text as a glob pattern (quoted characters escaped). */
  pattern: string;
  glob: boolean;
  /** Has quoted or literal content, so it stays even when empty (`""`). */
  keep: boolean;
}

const DEFAULT_IFS = ' \t\n';

/** Splits segments into fields using `ifs` (undefined: the default, space tab newline). */
export function splitFields(segs: Seg[], ifs: string | undefined): Field[] {
  const sep = ifs ?? DEFAULT_IFS;
  const fields: Field[] = [];
  let cur: Field | undefined;
  const open = (): Field => (cur ??= { text: '', pattern: '', glob: false, keep: false });
  const close = (keep: boolean): void => {
    if (cur === undefined && keep) open();
    if (cur !== undefined) {
      if (keep) cur.keep = true;
      if (cur.keep || cur.text !== '') fields.push(cur);
    }
    cur = undefined;
  };
  for (const seg of segs) {
    if (seg.kind === 'break') {
      close(false);
      continue;
    }
    if (seg.kind === 'lit') {
      const f = open();
      f.text += seg.text;
      f.pattern += seg.text;
      if (seg.text !== '') f.keep = true;
      if (hasGlob(seg.text)) f.glob = true;
    } else if (seg.kind === 'quoted') {
      const f = open();
      f.text += seg.text;
      f.pattern += escapePattern(seg.text);
      f.keep = true;
    } else {
      splitInto(seg.text, sep, open, close);
    }
  }
  close(false);
  return fields;
}

function splitInto(text: string, sep: string, open: () => Field, close: (keep: boolean) => void): void {
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (!sep.includes(c)) {
      const f = open();
      let j = i;
      while (j < text.length && !sep.includes(text[j] as string)) j++;
      const chunk = text.slice(i, j);
      f.text += chunk;
      f.pattern += chunk;
      if (hasGlob(chunk)) f.glob = true;
      i = j;
      continue;
    }
    // A run of IFS whitespace with at most one other IFS character is one separator.
    let j = i;
    while (j < text.length && isIfsSpace(text[j] as string, sep)) j++;
    let hard = false;
    if (j < text.length && sep.includes(text[j] as string) && !isIfsSpace(text[j] as string, sep)) {
      hard = true;
      j++;
      while (j < text.length && isIfsSpace(text[j] as string, sep)) j++;
    }
    close(hard);
    i = j;
  }
}

function isIfsSpace(c: string, sep: string): boolean {
  return (c === ' ' || c === '\t' || c === '\n') && sep.includes(c);
}
