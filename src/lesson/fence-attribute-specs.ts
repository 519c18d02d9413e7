// The fence attributes kindling knows, as data: what form each value takes and where it goes.
import type { CodeInfo } from '../diagnostics.js';
import { lessonCodes } from './codes.js';
import { MAX_DURATION_MS } from './input-limits.js';
import { DURATION_FORM, parseDuration } from './parse-duration.js';
import { closestName } from './closest-name.js';
import { isNorunReason, NORUN_REASON_NAMES } from './norun-reasons.js';
import { costlyRegexConstruct } from './regex-cost.js';
import type { ValueStyle } from './tokenize-info-string.js';
import { STALE_CLASSES, type FenceAttributes, type StaleClass, type StaleMark } from './types.js';

export type AttributeName = 'file' | 'hidden' | 'norun' | 'exit' | 'until' | 'timeout' | 'every' | 'id' | 'interrupt' | 'background' | 'stale';

/** A problem with one attribute's value. */
export interface ValueProblem {
  code: CodeInfo;
  message: string;
  hint?: string;
}

export interface AttributeSpec {
  /** Flags take no value. */
  flag: boolean;
  /** A value that may be left out (`norun` or `norun=REASON`); `apply` then gets ''. */
  optionalValue?: boolean;
  /** How the attribute is written, for messages (`exit=N`). */
  example: string;
  /** Checks `value` and stores it in `attrs`; returns the problem when it has the wrong form. */
  apply(attrs: FenceAttributes, value: string, style: ValueStyle): ValueProblem | undefined;
}

const invalid = (name: string, value: string, expected: string): ValueProblem => ({
  code: lessonCodes.invalidAttributeValue,
  message: `Invalid value "${value}" for ${name}=, expected ${expected}`,
});

function duration(name: 'timeout' | 'every' | 'interrupt', store: (attrs: FenceAttributes, ms: number) => void): AttributeSpec {
  return {
    flag: false,
    example: `${name}=30s`,
    apply(attrs, value) {
      const ms = parseDuration(value);
      if (ms === undefined) return invalid(name, value, DURATION_FORM);
      if (ms > MAX_DURATION_MS) {
        return {
          code: lessonCodes.durationTooLong,
          message: `${name}=${value} is longer than kindling allows, expected at most 24h`,
          hint: 'A lesson step that waits a day is not one a reader can follow; use a shorter duration.',
        };
      }
      store(attrs, ms);
      return undefined;
    },
  };
}

function applyUntil(attrs: FenceAttributes, value: string, style: ValueStyle): ValueProblem | undefined {
  if (style !== 'slashes') {
    if (value === '') return invalid('until', value, 'non-empty text (until="Running") or a /regex/');
    attrs.until = { kind: 'text', text: value };
    return undefined;
  }
  const last = value.lastIndexOf('/');
  const source = value.slice(1, last);
  const flags = value.slice(last + 1);
  const bad = (reason: string): ValueProblem => ({
    code: lessonCodes.invalidUntilRegex,
    message: `Invalid regular expression in until=${value}: ${reason}`,
    hint: 'Write until=/regex/flags; escape a "/" inside it as "\\/", or quote plain text: until="text".',
  });
  if (source === '') return bad('the pattern is empty');
  if (/[gy]/.test(flags)) return bad('flags g and y make repeated matching stateful; leave them out');
  try {
    new RegExp(source, flags);
  } catch (error) {
    return bad(String((error as Error).message).replace(/^Invalid regular expression: \/.*\/[a-z]*: /, ''));
  }
  const costly = costlyRegexConstruct(source);
  if (costly) {
    return {
      code: lessonCodes.untilRegexTooCostly,
      message: `until=${value} has ${costly}, which can take exponential time to match, expected a pattern without it`,
      hint: 'Write the pattern without repeating a group that itself repeats: until=/(ab)+/ rather than /(a+)+/.',
    };
  }
  attrs.until = { kind: 'regex', source, flags };
  return undefined;
}

const STALE_FORM = 'space-separated LINE:CLASS entries (stale="3:format 5-6:behaviour"), LINE a block line or range, CLASS one of: format, behaviour, error';

/** `stale="3:format 5-6:behaviour"`: which lines are marked, and why (checked against the block's lines later). */
function applyStale(attrs: FenceAttributes, value: string): ValueProblem | undefined {
  const marks: StaleMark[] = [];
  for (const entry of value.trim().split(/\s+/)) {
    const m = /^(\d+)(?:-(\d+))?:([a-z]+)$/.exec(entry);
    const from = Number(m?.[1]);
    const to = m?.[2] === undefined ? from : Number(m[2]);
    if (!m || from < 1 || to < from || !(STALE_CLASSES as readonly string[]).includes(m[3] ?? '')) {
      return { code: lessonCodes.invalidAttributeValue, message: `Invalid entry "${entry}" in stale=, expected ${STALE_FORM}` };
    }
    marks.push({ from, to, class: m[3] as StaleClass });
  }
  attrs.stale = marks;
  return undefined;
}

/** `norun`, or `norun=REASON` with one of the reasons tools count (src/lesson/norun-reasons.ts). */
function applyNorun(attrs: FenceAttributes, value: string): ValueProblem | undefined {
  attrs.norun = true;
  if (value === '') return undefined;
  if (!isNorunReason(value)) {
    const near = closestName(value, NORUN_REASON_NAMES);
    return {
      code: lessonCodes.unknownNorunReason,
      message: `Unknown reason "${value}" in norun=, ${near === undefined ? '' : `did you mean "${near}"? `}expected one of: ${NORUN_REASON_NAMES.join(', ')}`,
      hint: 'Write norun=REASON with a reason from the lesson format (docs/lesson-format.md), or a bare norun.',
    };
  }
  attrs.norunReason = value;
  return undefined;
}

export const attributeSpecs: Record<AttributeName, AttributeSpec> = {
  file: {
    flag: false,
    example: 'file=init.yaml',
    apply(attrs, value) {
      // Path problems (empty, absolute, `..`) are KL4xx, checked once the block is known to be a file block.
      attrs.file = value;
      return undefined;
    },
  },
  hidden: { flag: true, example: 'hidden', apply: (attrs) => void (attrs.hidden = true) },
  norun: { flag: false, optionalValue: true, example: 'norun=REASON', apply: applyNorun },
  exit: {
    flag: false,
    example: 'exit=1',
    apply(attrs, value) {
      if (!/^\d{1,3}$/.test(value) || Number(value) > 255) return invalid('exit', value, 'an integer from 0 to 255');
      attrs.exit = Number(value);
      return undefined;
    },
  },
  until: { flag: false, example: 'until="text" or until=/regex/', apply: applyUntil },
  timeout: duration('timeout', (attrs, ms) => (attrs.timeoutMs = ms)),
  every: duration('every', (attrs, ms) => (attrs.everyMs = ms)),
  interrupt: duration('interrupt', (attrs, ms) => (attrs.interruptMs = ms)),
  background: { flag: true, example: 'background', apply: (attrs) => void (attrs.background = true) },
  id: {
    flag: false,
    example: 'id=NAME',
    apply(attrs, value) {
      if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(value)) {
        return invalid('id', value, 'a name of letters, digits, "-", "_" and ".", starting with a letter or digit');
      }
      attrs.id = value;
      return undefined;
    },
  },  stale: { flag: false, example: 'stale="3:format"', apply: (attrs, value) => applyStale(attrs, value) },

};

export const attributeNames = Object.keys(attributeSpecs) as AttributeName[];

export function isAttributeName(key: string): key is AttributeName {
  return Object.hasOwn(attributeSpecs, key);
}
