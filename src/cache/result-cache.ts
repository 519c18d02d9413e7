// The result cache: a lesson whose inputs have not changed reuses its parsed form and its last
// verdict (with the run) instead of being parsed and run again. Inputs are content, never
// timestamps: the lesson's path and bytes (front matter, file blocks and `urls:` maps are all in
// them: a lesson reads no other file), the backend and its options, `--match`, and kindling's code
// (codeVersion). Only the simulator's runs are cached: they are deterministic, so a hit is what a
// new run would print; a real cluster is not.
//
// On disk (a directory that can move between machines, as CI caches do):
//   results/ab/<key>      one entry: the v8 serialization of { format, key, lesson, verdict }
//   lessons/<hash(file)>  the inputs of the last entry stored for that lesson file (for `why`)
//   size                  the bytes the directory held at the last scan, then a line per build
//                         that wrote: what it added (appended, so concurrent builds add up)
//   .gitignore, CACHEDIR.TAG
// Entries are written to a temp file and renamed; an entry that cannot be read or is not what its
// name says is a miss. `prune` keeps the directory under a size bound, least recently used first;
// it scans the directory only when the `size` ledger says it may be over (an unchanged build
// writes nothing and scans nothing: 2,000 stats at 1,000 lessons).
import { createHash } from 'node:crypto';
import { appendFile, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { BackendOptions } from '../backends/registry.js';
import type { Lesson, MatchMode } from '../lesson/types.js';
import type { CacheNote, Verdict } from '../verify/types.js';
import { codeVersion } from './code-version.js';

/** Bump when the entry's shape changes. */
const FORMAT = 1;

/** The default bound on the directory's size. */
export const DEFAULT_CACHE_BYTES = 512 * 1024 * 1024;

/** What, besides the lesson itself, decides its run. */
export interface RunInputs {
  backend: string;
  backendOptions: BackendOptions;
  match?: MatchMode;
}

/** The inputs a key is made from, kept per lesson file to say what changed. */
interface KeyParts {
  /** The key of the entry these parts made (in a lesson file's note). */
  key?: string;
  file: string;
  source: string;
  run: string;
  code: string;
}

interface Entry {
  format: number;
  key: string;
  lesson: Lesson;
  verdict: Verdict;
}

interface Lookup {
  key: string;
  parts: KeyParts;
  verdict?: Verdict;
  note: CacheNote;
}

const sha256 = (text: string | Uint8Array): string => createHash('sha256').update(text).digest('hex');

/** Backend options with sorted keys, so that their order does not change the key. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical((value as Record<string, unknown>)[k])]));
  return value;
}

function whatChanged(before: KeyParts | undefined, now: KeyParts): string {
  if (before === undefined) return 'new lesson';
  if (before.source !== now.source) return 'lesson changed';
  if (before.code !== now.code) return 'kindling changed';
  if (before.run !== now.run) return 'backend options changed';
  return 'entry missing or unreadable';
}

export class ResultCache {
  readonly dir: string;
  readonly #maxBytes: number;
  readonly #lookups = new WeakMap<Lesson, Lookup>();
  readonly #pending: Promise<unknown>[] = [];
  #ready: Promise<void> | undefined;
  /** Bytes written into the directory since the last flush (entries, notes, page records). */
  #grown = 0;

  /** `maxBytes`: the bound `prune` keeps the directory under (default 512 MiB). */
  constructor(dir: string, { maxBytes = DEFAULT_CACHE_BYTES }: { maxBytes?: number } = {}) {
    this.dir = dir;
    this.#maxBytes = maxBytes;
  }

  #entryPath(key: string): string {
    return join(this.dir, 'results', key.slice(0, 2), key);
  }

  #notePath(file: string): string {
    return join(this.dir, 'lessons', sha256(file).slice(0, 32));
  }

  /**
   * The lesson at `file` with `source`: from the cache when an entry for exactly these inputs is
   * there (its verdict then comes from `cachedVerdict`), else parsed with `parse`.
   */
  async load<S extends string | Uint8Array>(file: string, source: S, inputs: RunInputs, parse: (file: string, source: S) => Lesson): Promise<Lesson> {
    const parts: KeyParts = {
      file,
      source: sha256(source),
      run: JSON.stringify(canonical({ backend: inputs.backend, options: inputs.backendOptions, match: inputs.match ?? null })),
      code: codeVersion(),
    };
    const key = sha256(JSON.stringify([FORMAT, parts.file, parts.source, parts.run, parts.code]));
    const entry = await this.#read(key);
    // Bytes are read as they are (a file that is not UTF-8 must reach the parser's check, KL010):
    // the key holds their hash; a text is compared too.
    if (entry !== undefined && (typeof source !== 'string' || entry.lesson.source === source) && entry.lesson.file === file) {
      const verdict: Verdict = { ...entry.verdict, cache: { hit: true } };
      this.#lookups.set(entry.lesson, { key, parts, verdict, note: verdict.cache! });
      return entry.lesson;
    }
    const before = await readFile(this.#notePath(file), 'utf8').then((t) => JSON.parse(t) as KeyParts, () => undefined);
    const lesson = parse(file, source);
    this.#lookups.set(lesson, { key, parts, note: { hit: false, reason: whatChanged(before, parts) } });
    return lesson;
  }

  /** The verdict the cache holds for a lesson `load` returned from it. */
  cachedVerdict(lesson: Lesson): Verdict | undefined {
    return this.#lookups.get(lesson)?.verdict;
  }

  /** The key of a lesson `load` returned: what its run depends on, for the pages made from it. */
  keyOf(lesson: Lesson): string | undefined {
    return this.#lookups.get(lesson)?.key;
  }

  /** Why a lesson `load` returned did not come from the cache (undefined for a hit or an unknown lesson). */
  note(lesson: Lesson): CacheNote | undefined {
    return this.#lookups.get(lesson)?.note;
  }

  /** Keeps a new verdict of a lesson `load` returned (in the background; `flush` waits for it). */
  store(lesson: Lesson, verdict: Verdict): void {
    const lookup = this.#lookups.get(lesson);
    if (lookup === undefined || lookup.verdict !== undefined) return;
    const entry: Entry = { format: FORMAT, key: lookup.key, lesson, verdict: { ...verdict, cache: lookup.note } };
    this.#pending.push(this.#write(lookup.key, serialize(entry), lookup.parts).catch(() => undefined));
  }

  /** Counts `bytes` written into the directory by a user of the cache (the page records). */
  grew(bytes: number): void {
    this.#grown += bytes;
  }

  #ledgerPath(): string {
    return join(this.dir, 'size');
  }

  /**
   * Waits for every write, then keeps the directory under its size bound: adds what this build
   * wrote to the ledger, and prunes (a scan of the directory) only when the ledger passes the bound.
   */
  async flush(): Promise<void> {
    await Promise.all(this.#pending.splice(0));
    const grown = this.#grown;
    this.#grown = 0;
    if (grown === 0) return;
    const lines = await readFile(this.#ledgerPath(), 'utf8').then((t) => t.split('\n').filter((l) => l !== ''), () => [] as string[]);
    const known = lines.map(Number);
    const total = known.reduce((sum, n) => sum + n, 0) + grown;
    // No ledger yet (a new directory, or one of an older kindling), or one past the bound: scan.
    if (lines.length === 0 || known.some((n) => !Number.isFinite(n)) || total > this.#maxBytes) {
      await this.prune();
      return;
    }
    await appendFile(this.#ledgerPath(), `${grown}\n`).catch(() => undefined);
  }

  async #read(key: string): Promise<Entry | undefined> {
    let bytes: Buffer;
    try {
      bytes = await readFile(this.#entryPath(key));
    } catch {
      return undefined;
    }
    try {
      const entry = deserialize(bytes) as Entry;
      if (entry?.format !== FORMAT || entry.key !== key || typeof entry.lesson?.source !== 'string' || typeof entry.verdict?.status !== 'string') return undefined;
      return entry;
    } catch {
      return undefined; // a truncated or foreign file: a miss, overwritten by the next store
    }
  }

  async #prepare(): Promise<void> {
    this.#ready ??= (async () => {
      await mkdir(this.dir, { recursive: true });
      await writeFile(join(this.dir, '.gitignore'), '# kindling\'s result cache (kindling build --cache-dir): safe to delete\n*\n');
      await writeFile(join(this.dir, 'CACHEDIR.TAG'), 'Signature: 8a477f597d28d172789f06886806bc55\n# This file is a cache directory tag created by kindling.\n');
    })();
    return this.#ready;
  }

  async #write(key: string, bytes: Uint8Array, parts: KeyParts): Promise<void> {
    await this.#prepare();
    const path = this.#entryPath(key);
    await mkdir(join(path, '..'), { recursive: true });
    const temp = `${path}.${process.pid}.${Math.floor(performance.now() * 1000)}.tmp`;
    await writeFile(temp, bytes);
    await rename(temp, path);
    const note = this.#notePath(parts.file);
    await mkdir(join(note, '..'), { recursive: true });
    const text = JSON.stringify({ ...parts, key });
    await writeFile(`${note}.tmp${process.pid}`, text);
    await rename(`${note}.tmp${process.pid}`, note);
    this.#grown += bytes.length + text.length;
  }

  /**
   * Keeps the directory under its size bound: removes result entries that no lesson file's note
   * names any more (older versions of a lesson), then page records, then current entries, oldest
   * written first; also stray temp files. (Entries are not touched when read: a build that reuses
   * 1,000 lessons would pay for 1,000 writes.) Starts the ledger again from what is left.
   */
  async prune(): Promise<void> {
    const files: { path: string; name: string; kind: string; size: number; used: number }[] = [];
    for (const kind of ['results', 'pages']) {
      const root = join(this.dir, kind);
      for (const shard of await readdir(root).catch(() => [] as string[])) {
        const dir = join(root, shard);
        for (const name of await readdir(dir).catch(() => [] as string[])) {
          const path = join(dir, name);
          const info = await stat(path).catch(() => undefined);
          if (info === undefined) continue;
          if (name.endsWith('.tmp') && info.mtimeMs < Date.now() - 3_600_000) await rm(path, { force: true });
          else files.push({ path, name, kind, size: info.size, used: info.mtimeMs });
        }
      }
    }
    let total = files.reduce((sum, f) => sum + f.size, 0);
    if (total > this.#maxBytes) total = await this.#drop(files, total);
    await this.#prepare();
    await writeFile(`${this.#ledgerPath()}.tmp${process.pid}`, `${total}\n`);
    await rename(`${this.#ledgerPath()}.tmp${process.pid}`, this.#ledgerPath());
  }

  /** Removes files, least valuable first, until the directory is under its bound; returns what is left. */
  async #drop(files: { path: string; name: string; kind: string; size: number; used: number }[], total: number): Promise<number> {
    const live = new Set<string>();
    for (const name of await readdir(join(this.dir, 'lessons')).catch(() => [] as string[])) {
      const note = await readFile(join(this.dir, 'lessons', name), 'utf8').then((t) => JSON.parse(t) as KeyParts, () => undefined);
      if (note?.key !== undefined) live.add(note.key);
    }
    // Current results go last: after stale results and page records, each by age.
    const rank = (f: (typeof files)[number]): number => f.used + (f.kind === 'results' && live.has(f.name) ? 1e15 : 0);
    files.sort((a, b) => rank(a) - rank(b));
    for (const f of files) {
      if (total <= this.#maxBytes) break;
      await rm(f.path, { force: true });
      total -= f.size;
    }
    return total;
  }
}
