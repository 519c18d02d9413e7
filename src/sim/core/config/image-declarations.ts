// `sim.images`: what a lesson declares about images the simulator's catalog does not know (or
// knows differently): their OCI config, what their process does, and whether the registry serves
// them at all. Validated here, shape only; the registry checks `like` against its catalog.
import { parseQuantity, quantityValue } from '../quantity.js';
import type { ConfigProblem } from './config-problem.js';
import { parseDuration } from '../time/parse-duration.js';

/** What a declared image's default process does, composed from a few modelled behaviours. */
export interface DeclaredBehaviour {
  /** Printed to the container log when the process starts. */
  log?: string;
  /** HTTP answers: `body` (with `$VAR` from the container's environment) on `port`. */
  serve?: Array<{ port: number; status: number; body: string }>;
  /** Ports it accepts connections on without answering HTTP (the image's exposed ports). */
  listen?: number[];
  /** Ends by itself: `afterMs` after start, with `code`. */
  exit?: { afterMs: number; code: number };
  /** Grows its memory to `totalBytes`, `stepBytes` every `everyMs`, then holds it. */
  memory?: { totalBytes: number; stepBytes: number; everyMs: number };
  /** Keeps this many millicores busy. */
  cpuMillicores?: number;
}

export type DeclaredUserland = 'busybox' | 'debian' | 'none';

export interface DeclaredImage {
  /** The reference as the lesson wrote it (a key of `sim.images`). */
  reference: string;
  /** A catalog image whose programs, files and tools this one has. */
  like?: string;
  entrypoint?: string[];
  cmd?: string[];
  env?: string[];
  workingDir?: string;
  user?: string;
  ports?: number[];
  sizeBytes?: number;
  userland?: DeclaredUserland;
  behaviour?: DeclaredBehaviour;
  /** The registry does not have it: pulls fail as for a repository that does not exist. */
  missing?: boolean;
  /** The registry refuses anonymous pulls: a pull needs an image pull secret for its host. */
  private?: boolean;
}

export const IMAGE_KEYS = ['like', 'entrypoint', 'cmd', 'env', 'workingDir', 'user', 'ports', 'size', 'userland', 'behaviour', 'missing', 'private'];
export const BEHAVIOUR_KEYS = ['log', 'serve', 'exit', 'memory', 'cpu'];
const SERVE_KEYS = ['port', 'status', 'body'];
const EXIT_KEYS = ['after', 'code'];
const MEMORY_KEYS = ['total', 'step', 'every'];

type Report = (at: (string | number)[], message: string) => void;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function stringList(v: unknown): string[] | undefined {
  return Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : undefined;
}

function unknownKeys(o: Record<string, unknown>, known: string[], at: (string | number)[], report: Report, what: string): void {
  for (const k of Object.keys(o)) if (!known.includes(k)) report([...at, k], `unknown ${what} key "${k}", expected one of: ${known.join(', ')}`);
}

/** A non-negative byte count from a quantity (`150Mi`, `1G`) or a number. */
function bytes(v: unknown, at: (string | number)[], report: Report): number | undefined {
  const q = typeof v === 'number' ? parseQuantity(String(v)) : typeof v === 'string' ? parseQuantity(v) : undefined;
  if (!q || q.nano < 0n) {
    report(at, `expected a non-negative quantity of bytes such as "150Mi" or "1G", got ${JSON.stringify(v)}`);
    return undefined;
  }
  return quantityValue(q);
}

function duration(v: unknown, at: (string | number)[], report: Report): number | undefined {
  const ms = parseDuration(v);
  if (ms === undefined) report(at, `expected a duration such as "10s" or "500ms", got ${JSON.stringify(v)}`);
  return ms;
}

function port(v: unknown, at: (string | number)[], report: Report): number | undefined {
  if (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 65535) return v;
  report(at, `expected a port number between 1 and 65535, got ${JSON.stringify(v)}`);
  return undefined;
}

function parseBehaviour(raw: unknown, at: (string | number)[], report: Report): DeclaredBehaviour | undefined {
  if (!isRecord(raw)) {
    report(at, `expected a mapping of behaviours (${BEHAVIOUR_KEYS.join(', ')}), got ${JSON.stringify(raw)}`);
    return undefined;
  }
  unknownKeys(raw, BEHAVIOUR_KEYS, at, report, 'behaviour');
  const out: DeclaredBehaviour = {};
  if (raw['log'] !== undefined) {
    if (typeof raw['log'] === 'string') out.log = raw['log'];
    else report([...at, 'log'], 'expected the text to print when the process starts');
  }
  if (raw['serve'] !== undefined) {
    const list = Array.isArray(raw['serve']) ? raw['serve'] : [raw['serve']];
    const serve: NonNullable<DeclaredBehaviour['serve']> = [];
    list.forEach((item: unknown, i) => {
      const here = Array.isArray(raw['serve']) ? [...at, 'serve', i] : [...at, 'serve'];
      if (!isRecord(item)) return report(here, 'expected {port, status, body}');
      unknownKeys(item, SERVE_KEYS, here, report, 'serve');
      const p = port(item['port'], [...here, 'port'], report);
      const status = item['status'] ?? 200;
      if (typeof status !== 'number' || !Number.isInteger(status) || status < 100 || status > 599) report([...here, 'status'], `expected an HTTP status between 100 and 599, got ${JSON.stringify(status)}`);
      const body = item['body'] ?? '';
      if (typeof body !== 'string') report([...here, 'body'], 'expected the response body as text');
      if (p !== undefined && typeof status === 'number' && typeof body === 'string') serve.push({ port: p, status, body });
    });
    out.serve = serve;
  }
  const exit = raw['exit'];
  if (exit !== undefined) {
    if (!isRecord(exit)) report([...at, 'exit'], 'expected {after, code}');
    else {
      unknownKeys(exit, EXIT_KEYS, [...at, 'exit'], report, 'exit');
      const afterMs = exit['after'] === undefined ? 0 : duration(exit['after'], [...at, 'exit', 'after'], report);
      const code = exit['code'] ?? 0;
      if (typeof code !== 'number' || !Number.isInteger(code) || code < 0 || code > 255) report([...at, 'exit', 'code'], `expected an exit code between 0 and 255, got ${JSON.stringify(code)}`);
      else if (afterMs !== undefined) out.exit = { afterMs, code };
    }
  }
  const memory = raw['memory'];
  if (memory !== undefined) {
    const m = isRecord(memory) ? memory : { total: memory };
    unknownKeys(m, MEMORY_KEYS, [...at, 'memory'], report, 'memory');
    const totalBytes = bytes(m['total'], [...at, 'memory', ...(isRecord(memory) ? ['total'] : [])], report);
    const stepBytes = m['step'] === undefined ? totalBytes : bytes(m['step'], [...at, 'memory', 'step'], report);
    const everyMs = m['every'] === undefined ? 1000 : duration(m['every'], [...at, 'memory', 'every'], report);
    if (totalBytes !== undefined && stepBytes !== undefined && everyMs !== undefined) out.memory = { totalBytes, stepBytes: Math.max(1, stepBytes), everyMs };
  }
  if (raw['cpu'] !== undefined) {
    const q = typeof raw['cpu'] === 'number' || typeof raw['cpu'] === 'string' ? parseQuantity(String(raw['cpu'])) : undefined;
    if (!q || q.nano < 0n) report([...at, 'cpu'], `expected a non-negative CPU quantity such as "500m" or 2, got ${JSON.stringify(raw['cpu'])}`);
    else out.cpuMillicores = Number(q.nano / 1_000_000n);
  }
  return out;
}

/** Validates `sim.images` (a mapping from image reference to its declaration). */
export function parseImageDeclarations(raw: unknown, problems: ConfigProblem[]): DeclaredImage[] {
  const report: Report = (at, message) => problems.push({ path: formatPath(at), message, at: ['images', ...at] });
  if (!isRecord(raw)) {
    problems.push({ path: 'images', message: 'expected a mapping from image references to what they are (see the lesson-format reference)', at: ['images'] });
    return [];
  }
  const out: DeclaredImage[] = [];
  for (const [reference, value] of Object.entries(raw)) {
    const at = [reference];
    if (value === null) {
      out.push({ reference });
      continue;
    }
    if (!isRecord(value)) {
      report(at, `expected a mapping of image settings (${IMAGE_KEYS.join(', ')})`);
      continue;
    }
    unknownKeys(value, IMAGE_KEYS, at, report, 'image');
    const image: DeclaredImage = { reference };
    for (const key of ['entrypoint', 'cmd', 'env'] as const) {
      if (value[key] === undefined) continue;
      const list = stringList(value[key]);
      if (list) image[key] = list;
      else report([...at, key], `expected a list of strings`);
    }
    if (image.env?.some((e) => !e.includes('='))) report([...at, 'env'], 'expected NAME=value entries');
    for (const key of ['like', 'workingDir', 'user'] as const) {
      if (value[key] === undefined) continue;
      if (typeof value[key] === 'string' && value[key] !== '') image[key] = value[key];
      else if (key === 'user' && typeof value[key] === 'number') image.user = String(value[key]);
      else report([...at, key], 'expected a non-empty string');
    }
    if (value['ports'] !== undefined) {
      const list = Array.isArray(value['ports']) ? value['ports'] : undefined;
      if (!list) report([...at, 'ports'], 'expected a list of port numbers');
      else image.ports = list.map((p: unknown, i) => port(p, [...at, 'ports', i], report)).filter((p): p is number => p !== undefined);
    }
    if (value['size'] !== undefined) {
      const size = bytes(value['size'], [...at, 'size'], report);
      if (size !== undefined) image.sizeBytes = size;
    }
    if (value['userland'] !== undefined) {
      const u = value['userland'];
      if (u === 'busybox' || u === 'debian' || u === 'none') image.userland = u;
      else report([...at, 'userland'], `expected one of: busybox, debian, none, got ${JSON.stringify(u)}`);
    }
    for (const key of ['missing', 'private'] as const) {
      if (value[key] === undefined) continue;
      if (typeof value[key] === 'boolean') image[key] = value[key];
      else report([...at, key], 'expected true or false');
    }
    if (value['behaviour'] !== undefined) {
      const b = parseBehaviour(value['behaviour'], [...at, 'behaviour'], report);
      if (b) image.behaviour = b;
    }
    out.push(image);
  }
  return out;
}

/** `images["nginx:1.0"].behaviour.exit`: a readable path for messages. */
function formatPath(at: (string | number)[]): string {
  const [first, ...rest] = at;
  return `images[${JSON.stringify(first)}]${rest.map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`)).join('')}`;
}

/** `registryDate`: the day the simulated registry answers as of (`YYYY-MM-DD`). */
export function parseRegistryDate(raw: unknown, problems: ConfigProblem[]): string | undefined {
  const text = raw instanceof Date ? raw.toISOString().slice(0, 10) : typeof raw === 'string' ? raw : undefined;
  if (text !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`))) return text;
  problems.push({ path: 'registryDate', message: `expected a date such as "2019-12-15", got ${JSON.stringify(raw)}`, at: ['registryDate'] });
  return undefined;
}
