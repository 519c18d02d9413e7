// Label and field selectors, as the API server parses them for `?labelSelector=` and
// `?fieldSelector=` (and kubectl's `-l`, `--field-selector`).
import type { LabelSelector } from './types.js';

export type Requirement =
  | { key: string; op: '=' | '!='; value: string }
  | { key: string; op: 'in' | 'notin'; values: string[] }
  | { key: string; op: 'exists' | '!' };

export interface ParsedSelector {
  requirements: Requirement[];
}

export class SelectorParseError extends Error {
  override readonly name = 'SelectorParseError';
}

/** Splits on commas that are not inside parentheses. */
function splitTerms(text: string): string[] {
  const terms: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      terms.push(cur);
      cur = '';
    } else cur += ch;
  }
  terms.push(cur);
  return terms.map((t) => t.trim()).filter((t) => t !== '');
}

/** Parses `app=web,tier!=db,env in (a,b),!legacy,has`. Throws SelectorParseError. */
export function parseLabelSelector(text: string): ParsedSelector {
  const requirements: Requirement[] = [];
  for (const term of splitTerms(text)) {
    let m: RegExpMatchArray | null;
    if ((m = term.match(/^([^\s!=()]+)\s+(in|notin)\s+\(([^)]*)\)$/))) {
      const values = m[3]!.split(',').map((v) => v.trim()).filter((v) => v !== '');
      requirements.push({ key: m[1]!, op: m[2] as 'in' | 'notin', values });
    } else if ((m = term.match(/^([^\s!=]+)\s*(==|=|!=)\s*([^\s=!,]*)$/))) {
      requirements.push({ key: m[1]!, op: m[2] === '!=' ? '!=' : '=', value: m[3]! });
    } else if ((m = term.match(/^!\s*([^\s!=]+)$/))) {
      requirements.push({ key: m[1]!, op: '!' });
    } else if ((m = term.match(/^([^\s!=()]+)$/))) {
      requirements.push({ key: m[1]!, op: 'exists' });
    } else {
      throw new SelectorParseError(`unable to parse requirement: found '${term}', expected: key, operator and value`);
    }
  }
  return { requirements };
}

/** Whether a label set satisfies every requirement (a loop: controllers ask it of every pod at every sync). */
export function labelsMatch(labels: Record<string, string> | undefined, selector: ParsedSelector): boolean {
  const l = labels ?? {};
  for (const r of selector.requirements) {
    const has = Object.prototype.hasOwnProperty.call(l, r.key);
    const v = l[r.key];
    switch (r.op) {
      case '=':
        if (!(has && v === r.value)) return false;
        break;
      case '!=':
        if (has && v === r.value) return false;
        break;
      case 'in':
        if (!(has && r.values.includes(v!))) return false;
        break;
      case 'notin':
        if (has && r.values.includes(v!)) return false;
        break;
      case 'exists':
        if (!has) return false;
        break;
      case '!':
        if (has) return false;
        break;
    }
  }
  return true;
}

/** Selectors parsed from stored (frozen, so unchanging) label selectors: a controller asks at every sync. */
const parsedSelectors = new WeakMap<LabelSelector, ParsedSelector>();

/** A workload's `spec.selector` (matchLabels + matchExpressions) as requirements. Read-only: it may be shared. */
export function fromLabelSelector(selector: LabelSelector | undefined): ParsedSelector {
  if (selector === undefined || !Object.isFrozen(selector)) return parseLabelSelectorObject(selector);
  let parsed = parsedSelectors.get(selector);
  if (parsed === undefined) {
    parsed = parseLabelSelectorObject(selector);
    parsedSelectors.set(selector, parsed);
  }
  return parsed;
}

function parseLabelSelectorObject(selector: LabelSelector | undefined): ParsedSelector {
  const requirements: Requirement[] = [];
  for (const [key, value] of Object.entries(selector?.matchLabels ?? {})) requirements.push({ key, op: '=', value });
  for (const e of selector?.matchExpressions ?? []) {
    if (e.operator === 'In') requirements.push({ key: e.key, op: 'in', values: e.values ?? [] });
    else if (e.operator === 'NotIn') requirements.push({ key: e.key, op: 'notin', values: e.values ?? [] });
    else if (e.operator === 'Exists') requirements.push({ key: e.key, op: 'exists' });
    else if (e.operator === 'DoesNotExist') requirements.push({ key: e.key, op: '!' });
  }
  return { requirements };
}

/** `app=web,tier=db`, sorted by key: labels.FormatLabels / Selector.String() for a map. */
export function formatLabels(labels: Record<string, string> | undefined, empty = '<none>'): string {
  const keys = Object.keys(labels ?? {}).sort();
  if (keys.length === 0) return empty;
  return keys.map((k) => `${k}=${labels![k]}`).join(',');
}

export interface FieldRequirement {
  field: string;
  op: '=' | '!=';
  value: string;
}

/** Parses `metadata.name=x,involvedObject.uid!=y` (terms in any order). */
export function parseFieldSelector(text: string): FieldRequirement[] {
  const out: FieldRequirement[] = [];
  for (const term of splitTerms(text)) {
    const m = term.match(/^([^=!]+?)\s*(==|=|!=)\s*(.*)$/);
    if (!m) throw new SelectorParseError(`invalid selector: '${text}'; can't understand '${term}'`);
    out.push({ field: m[1]!, op: m[2] === '!=' ? '!=' : '=', value: m[3]! });
  }
  return out;
}
