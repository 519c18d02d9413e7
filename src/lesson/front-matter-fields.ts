// The front-matter keys kindling knows, as a table of validators: each checks its value's
// type and stores it in LessonMeta, reporting problems at the value's position.
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { CodeInfo } from '../diagnostics.js';
import { describeChoices } from './closest-name.js';
import { lessonCodes } from './codes.js';
import { MAX_DURATION_MS } from './input-limits.js';
import { DURATION_FORM, parseDuration } from './parse-duration.js';
import type { LessonMeta, MatchMode, SourcePoint } from './types.js';
import { validateFilePath } from './validate-file-path.js';
import { MATCH_MODES } from './match-modes.js';

export const KNOWN_BACKENDS = ['sim', 'cluster', 'kind'];

export interface FieldInput {
  key: string;
  /** The value as JavaScript (null for an empty value). */
  value: unknown;
  /** The YAML node of the value, for positions; null for an empty value. */
  node: Node | null;
  meta: LessonMeta;
  /** Reports a problem at `node` (default: the value, or the key when the value is empty). */
  report(code: CodeInfo, message: string, node?: Node | null): void;
  /** Where a node of the value starts in the file. */
  placeOf(node: Node): SourcePoint;
}

type FieldCheck = (input: FieldInput) => void;

/** `a string ("x")`, `a list`, ...: what a value is, for "got ..." in messages. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `a string (${JSON.stringify(value)})`;
  return `a ${typeof value} (${String(value)})`;
}

function wrongType(input: FieldInput, expected: string): void {
  input.report(lessonCodes.wrongFrontMatterType, `Front-matter key "${input.key}" must be ${expected}, got ${describeValue(input.value)}`);
}

/** Checks a list whose items must pass `check`; reports each bad item at its own position. */
function eachItem(input: FieldInput, check: (item: unknown, node: Node | null) => boolean): unknown[] | undefined {
  if (!Array.isArray(input.value)) return undefined;
  const nodes = isSeq(input.node) ? input.node.items : [];
  const good: unknown[] = [];
  input.value.forEach((item: unknown, i) => {
    const node = nodes[i];
    if (check(item, node && typeof node === 'object' && 'range' in node ? (node as Node) : null)) good.push(item);
  });
  return good;
}

const title: FieldCheck = (input) => {
  if (typeof input.value !== 'string') return wrongType(input, 'a string');
  if (input.value.trim() === '') {
    return input.report(lessonCodes.missingTitle, 'Front-matter key "title" is empty, expected a non-empty string');
  }
  input.meta.title = input.value;
};

const description: FieldCheck = (input) => {
  if (typeof input.value !== 'string') return wrongType(input, 'a string');
  input.meta.description = input.value;
};

const section: FieldCheck = (input) => {
  if (typeof input.value !== 'string' || input.value.trim() === '') return wrongType(input, 'a non-empty string');
  input.meta.section = input.value.trim();
};

const order: FieldCheck = (input) => {
  if (typeof input.value !== 'number' || !Number.isFinite(input.value)) return wrongType(input, 'a number');
  input.meta.order = input.value;
};

const tags: FieldCheck = (input) => {
  const good = eachItem(input, (item, node) => {
    if (typeof item === 'string') return true;
    input.report(lessonCodes.wrongFrontMatterType, `Front-matter key "tags" must be a list of strings, got ${describeValue(item)} in the list`, node);
    return false;
  });
  if (!good) return wrongType(input, 'a list of strings');
  input.meta.tags = good as string[];
};

const backends: FieldCheck = (input) => {
  const good = eachItem(input, (item, node) => {
    if (typeof item === 'string' && KNOWN_BACKENDS.includes(item)) return true;
    const name = typeof item === 'string' ? item : String(item);
    input.report(lessonCodes.unknownBackend, `Unknown backend "${name}" in backends, ${describeChoices(name, KNOWN_BACKENDS)}`, node);
    return false;
  });
  if (!good) return wrongType(input, `a list of backends (${KNOWN_BACKENDS.join(', ')})`);
  input.meta.backends = [...new Set(good as string[])];
};

const timeout: FieldCheck = (input) => {
  const ms = typeof input.value === 'number' ? parseDuration(String(input.value)) : typeof input.value === 'string' ? parseDuration(input.value) : undefined;
  if (ms === undefined) {
    const got = typeof input.value === 'string' || typeof input.value === 'number' ? JSON.stringify(input.value) : describeValue(input.value);
    return input.report(lessonCodes.invalidFrontMatterDuration, `Front-matter key "timeout" must be ${DURATION_FORM}, got ${got}`);
  }
  if (ms > MAX_DURATION_MS) {
    return input.report(lessonCodes.frontMatterDurationTooLong, `Front-matter key "timeout" is ${JSON.stringify(input.value)}, longer than kindling allows, expected at most 24h`);
  }
  input.meta.timeoutMs = ms;
};

/**
 * Where every key and list item under `node` starts, by its path of segments (JSON of
 * `['nodes', 1, 'role']`), so that a later stage can place a problem on the exact key.
 */
function nestedPositions(node: Node | null, at: (string | number)[], placeOf: (n: Node) => SourcePoint, out: Record<string, SourcePoint>): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = pair.key as Node | null;
      if (!isScalar(key)) continue;
      const path = [...at, String(key.value)];
      out[JSON.stringify(path)] = placeOf(key);
      nestedPositions(pair.value as Node | null, path, placeOf, out);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => {
      const path = [...at, i];
      if (item && typeof item === 'object' && 'range' in item) {
        out[JSON.stringify(path)] = placeOf(item as Node);
        nestedPositions(item as Node, path, placeOf, out);
      }
    });
  }
}

const sim: FieldCheck = (input) => {
  const value = input.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return wrongType(input, 'a mapping');
  input.meta.sim = value as Record<string, unknown>;
  const positions: Record<string, SourcePoint> = {};
  nestedPositions(input.node, [], input.placeOf, positions);
  input.meta.simPositions = positions;
};

const urls: FieldCheck = (input) => {
  const value = input.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return wrongType(input, 'a mapping of URLs to workspace files');
  const good: Record<string, string> = {};
  const pairs = isMap(input.node) ? input.node.items : [];
  for (const [url, file] of Object.entries(value as Record<string, unknown>)) {
    const pair = pairs.find((p) => isScalar(p.key) && String(p.key.value) === url);
    const at = (pair?.value as Node | null | undefined) ?? (pair?.key as Node | null | undefined) ?? null;
    if (!/^https?:\/\/[^/\s]+/.test(url)) {
      input.report(lessonCodes.wrongFrontMatterType, `Front-matter key "urls" maps URLs, got ${JSON.stringify(url)}, expected a URL such as https://k8s.io/examples/pods/simple-pod.yaml`, (pair?.key as Node | null | undefined) ?? null);
      continue;
    }
    const check = typeof file === 'string' ? validateFilePath(file) : undefined;
    if (!check) {
      input.report(lessonCodes.wrongFrontMatterType, `Front-matter key "urls" must map ${url} to a workspace file, got ${describeValue(file)}`, at);
      continue;
    }
    if (!check.ok) {
      input.report(check.code, `${check.message.replace(/^file=/, 'urls: ')}`, at);
      continue;
    }
    good[url] = check.path;
  }
  input.meta.urls = good;
};

export { MATCH_MODES };

const match: FieldCheck = (input) => {
  if (typeof input.value !== 'string') return wrongType(input, `one of: ${MATCH_MODES.join(', ')}`);
  if (!(MATCH_MODES as readonly string[]).includes(input.value)) {
    return input.report(lessonCodes.unknownMatchMode, `Unknown match mode "${input.value}", ${describeChoices(input.value, [...MATCH_MODES])}`);
  }
  input.meta.match = input.value as MatchMode;
};

const CLUSTER_KEYS = ['exclusive', 'images'];

const cluster: FieldCheck = (input) => {
  const value = input.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return wrongType(input, 'a mapping (exclusive, images)');
  const meta = { exclusive: false, images: [] as string[] };
  const pairs = isMap(input.node) ? input.node.items : [];
  for (const pair of pairs) {
    const keyNode = pair.key as Node | null;
    const key = isScalar(keyNode) ? String(keyNode.value) : '';
    const valueNode = (pair.value as Node | null) ?? keyNode;
    const item = (value as Record<string, unknown>)[key];
    if (key === 'exclusive') {
      if (typeof item === 'boolean') meta.exclusive = item;
      else input.report(lessonCodes.wrongFrontMatterType, `Front-matter key "cluster.exclusive" must be true or false, got ${describeValue(item)}`, valueNode);
    } else if (key === 'images') {
      if (Array.isArray(item) && item.every((i) => typeof i === 'string' && i.trim() !== '')) meta.images = item as string[];
      else input.report(lessonCodes.wrongFrontMatterType, `Front-matter key "cluster.images" must be a list of image references, got ${describeValue(item)}`, valueNode);
    } else {
      input.report(lessonCodes.unknownFrontMatterKey, `Unknown front-matter key "cluster.${key}", ${describeChoices(key, CLUSTER_KEYS)}`, keyNode);
    }
  }
  input.meta.cluster = meta;
};

const playground: FieldCheck = (input) => {
  if (typeof input.value !== 'boolean') return wrongType(input, 'true or false');
  input.meta.playground = input.value;
};

export const frontMatterFields: Record<string, FieldCheck> = { title, description, section, order, tags, backends, timeout, match, sim, urls, cluster, playground };

export const frontMatterKeys = Object.keys(frontMatterFields);
