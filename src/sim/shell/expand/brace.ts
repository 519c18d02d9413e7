// Brace expansion (bash): `file{1,2}.txt`, `{a..e}`, `{01..10..2}`. Braces must sit inside one
// unquoted stretch of a word, which covers how lessons use them.
import type { Word } from '../syntax/ast.js';

/** The words a word expands to by brace expansion (the word itself when it has none). */
export function expandBraces(word: Word): Word[] {
  for (let i = 0; i < word.length; i++) {
    const part = word[i];
    if (part?.type !== 'lit' || !part.text.includes('{')) continue;
    const found = findBrace(part.text);
    if (found === undefined) continue;
    const out: Word[] = [];
    for (const alt of found.alternatives) {
      const text = part.text.slice(0, found.start) + alt + part.text.slice(found.end + 1);
      const next: Word = [...word.slice(0, i), ...(text === '' ? [] : [{ type: 'lit' as const, text }]), ...word.slice(i + 1)];
      out.push(...expandBraces(next));
    }
    return out;
  }
  return [word];
}

function findBrace(text: string): { start: number; end: number; alternatives: string[] } | undefined {
  for (let start = text.indexOf('{'); start >= 0; start = text.indexOf('{', start + 1)) {
    if (text[start - 1] === '$') continue;
    let depth = 0;
    for (let j = start; j < text.length; j++) {
      if (text[j] === '{') depth++;
      else if (text[j] === '}' && --depth === 0) {
        const body = text.slice(start + 1, j);
        const alternatives = sequence(body) ?? list(body);
        if (alternatives !== undefined) return { start, end: j, alternatives };
        break;
      }
    }
  }
  return undefined;
}

/** `a,b,{c,d}` split at top-level commas; undefined without a comma. */
function list(body: string): string[] | undefined {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const c of body) {
    if (c === '{') depth++;
    if (c === '}') depth--;
    if (c === ',' && depth === 0) {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out.length > 1 ? out : undefined;
}

/** `1..5`, `05..1..2`, `a..e`. */
function sequence(body: string): string[] | undefined {
  const num = /^(-?\d+)\.\.(-?\d+)(?:\.\.(-?\d+))?$/.exec(body);
  if (num) {
    const a = Number(num[1]);
    const b = Number(num[2]);
    const stepAbs = Math.abs(Number(num[3] ?? 1)) || 1;
    const width = /^-?0\d/.test(num[1] as string) || /^-?0\d/.test(num[2] as string) ? Math.max((num[1] as string).length, (num[2] as string).length) : 0;
    const out: string[] = [];
    const dir = a <= b ? 1 : -1;
    for (let v = a; dir > 0 ? v <= b : v >= b; v += dir * stepAbs) {
      const s = String(Math.abs(v)).padStart(width - (v < 0 ? 1 : 0), '0');
      out.push(v < 0 ? `-${s}` : s);
      if (out.length > 100000) break;
    }
    return out;
  }
  const chr = /^([A-Za-z])\.\.([A-Za-z])(?:\.\.(-?\d+))?$/.exec(body);
  if (chr) {
    const a = (chr[1] as string).charCodeAt(0);
    const b = (chr[2] as string).charCodeAt(0);
    const stepAbs = Math.abs(Number(chr[3] ?? 1)) || 1;
    const dir = a <= b ? 1 : -1;
    const out: string[] = [];
    for (let v = a; dir > 0 ? v <= b : v >= b; v += dir * stepAbs) out.push(String.fromCharCode(v));
    return out;
  }
  return undefined;
}
