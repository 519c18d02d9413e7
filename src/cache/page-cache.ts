// The site's side of the result cache: lesson pages that need not be rendered or written again.
// A page depends on its lesson's run (the result key), on what every page shows of the other
// lessons and of the site (the navigation key: titles, sections, tags, the date, the
// configuration), on the templates and on kindling's code. For each such page key the cache keeps
// the hashes of the page and its timeline page and the page's search documents
// (`pages/ab/<key>.json`), and for each output directory what the last build wrote there
// (`outputs/<hash of its path>.json`: path -> hash, size, mtime). A page whose key is known and
// whose file is still in the output as written is KEPT_FILE: not rendered, and linked, not written.
// A page's record also covers its playground data script (made from the lesson alone).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { lessonPath } from '../site/order-entries.js';
import { playgroundLessonPath } from '../site/playground-files.js';
import { fileHash, type PreviousOutput } from '../site/render-site.js';
import { KEPT_FILE, type LessonPages, type RenderedLesson } from '../site/render-site-files.js';
import type { SearchDocument } from '../site/search-index.js';
import { timelinePath } from '../site/timeline/timeline-pages.js';
import type { SiteEntry } from '../site/types.js';
import { codeVersion } from './code-version.js';
import type { ResultCache } from './result-cache.js';

const sha256 = (text: string | Uint8Array): string => createHash('sha256').update(text).digest('hex');

interface PageRecord {
  html: string;
  timeline: string | null;
  playground: string | null;
  documents: SearchDocument[];
}

interface OutputFile {
  hash: string;
  size: number;
  mtimeMs: number;
}

/** Every file under the templates directory, hashed: pages change when any of them does. */
export async function templatesHash(dir: string): Promise<string> {
  const hash = createHash('sha256');
  const walk = async (at: string): Promise<void> => {
    for (const entry of (await readdir(at, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile()) hash.update(`${relative(dir, path).split(sep).join('/')}\n`).update(await readFile(path));
    }
  };
  await walk(dir);
  return hash.digest('hex');
}

/** What the last build wrote into an output directory, checked against the files by size and mtime. */
export class OutputRecord implements PreviousOutput {
  readonly #outDir: string;
  readonly #path: string;
  readonly #files: Map<string, OutputFile>;

  private constructor(outDir: string, path: string, files: Map<string, OutputFile>) {
    this.#outDir = outDir;
    this.#path = path;
    this.#files = files;
  }

  /** The record of `outDir` in `cacheDir` (keyed by the directory's path relative to the working directory). */
  static async load(cacheDir: string, outDir: string): Promise<OutputRecord> {
    const name = relative(process.cwd(), outDir).split(sep).join('/') || '.';
    const path = join(cacheDir, 'outputs', `${sha256(name).slice(0, 32)}.json`);
    let files = new Map<string, OutputFile>();
    try {
      files = new Map(Object.entries(JSON.parse(await readFile(path, 'utf8')) as Record<string, OutputFile>));
    } catch {
      // none yet, or unreadable: every file is written
    }
    return new OutputRecord(outDir, path, files);
  }

  hashOf(path: string): string | undefined {
    let hash = this.#checked.get(path);
    if (hash === undefined && !this.#checked.has(path)) {
      hash = this.#check(path);
      this.#checked.set(path, hash);
    }
    return hash;
  }

  /** Answers of hashOf, so that a file asked about twice (by the page cache, then by the writer) is looked at once. */
  readonly #checked = new Map<string, string | undefined>();

  #check(path: string): string | undefined {
    const known = this.#files.get(path);
    if (known === undefined) return undefined;
    try {
      const info = statSync(join(this.#outDir, path));
      return info.size === known.size && info.mtimeMs === known.mtimeMs ? known.hash : undefined;
    } catch {
      return undefined;
    }
  }

  paths(): ReadonlySet<string> {
    return new Set(this.#files.keys());
  }

  async record(hashes: ReadonlyMap<string, string>, written: ReadonlySet<string>): Promise<void> {
    const files: Record<string, OutputFile> = {};
    for (const [path, hash] of hashes) {
      // A file linked from the old output is the same file: its size and mtime are as recorded.
      const old = this.#files.get(path);
      if (!written.has(path) && old !== undefined && old.hash === hash) {
        files[path] = old;
        continue;
      }
      const info = await stat(join(this.#outDir, path)).catch(() => undefined);
      if (info !== undefined) files[path] = { hash, size: info.size, mtimeMs: info.mtimeMs };
    }
    await mkdir(join(this.#path, '..'), { recursive: true });
    await writeFile(`${this.#path}.tmp${process.pid}`, JSON.stringify(files));
    await rename(`${this.#path}.tmp${process.pid}`, this.#path);
  }
}

/** Lesson pages through the cache: kept when the output still holds them, else rendered and recorded. */
export class PageCache implements LessonPages {
  readonly #results: ResultCache;
  readonly #templates: string;
  readonly #previous: PreviousOutput;
  #navigation: { text: string; hash: string } | undefined;
  /** The record directories made in this build (one mkdir per shard, not per page). */
  readonly #made = new Set<string>();
  /** Pages rendered (not kept) in this build. */
  rendered = 0;

  constructor(results: ResultCache, templates: string, previous: PreviousOutput) {
    this.#results = results;
    this.#templates = templates;
    this.#previous = previous;
  }

  #file(key: string): string {
    return join(this.#results.dir, 'pages', key.slice(0, 2), `${key}.json`);
  }

  derived(path: string, inputs: string, make: () => Uint8Array): Uint8Array {
    const key = sha256(JSON.stringify([path, sha256(inputs), this.#templates, codeVersion()]));
    try {
      const known = JSON.parse(readFileSync(this.#file(key), 'utf8')) as { hash?: string };
      if (known.hash !== undefined && this.#previous.hashOf(path) === known.hash) return KEPT_FILE;
    } catch {
      // not made from these inputs before
    }
    const bytes = make();
    this.#record(key, { hash: fileHash(bytes) });
    return bytes;
  }

  #record(key: string, record: object): void {
    try {
      const dir = join(this.#file(key), '..');
      if (!this.#made.has(dir)) {
        mkdirSync(dir, { recursive: true });
        this.#made.add(dir);
      }
      const text = JSON.stringify(record);
      writeFileSync(this.#file(key), text);
      this.#results.grew(text.length);
    } catch {
      // a cache that cannot be written only costs the next build a render
    }
  }

  page(entry: SiteEntry, navigation: string, render: () => RenderedLesson): RenderedLesson {
    const result = this.#results.keyOf(entry.lesson);
    if (result === undefined) return render();
    if (this.#navigation?.text !== navigation) this.#navigation = { text: navigation, hash: sha256(navigation) };
    const key = sha256(JSON.stringify([result, this.#navigation.hash, this.#templates, codeVersion()]));
    const slug = entry.lesson.slug;
    let known: PageRecord | undefined;
    try {
      known = JSON.parse(readFileSync(this.#file(key), 'utf8')) as PageRecord;
    } catch {
      known = undefined;
    }
    if (
      known !== undefined &&
      Array.isArray(known.documents) &&
      known.playground !== undefined &&
      this.#previous.hashOf(lessonPath(slug)) === known.html &&
      (known.timeline === null || this.#previous.hashOf(timelinePath(slug)) === known.timeline) &&
      (known.playground === null || this.#previous.hashOf(playgroundLessonPath(slug)) === known.playground)
    ) {
      const kept = (hash: string | null): Uint8Array | null => (hash === null ? null : KEPT_FILE);
      return { html: KEPT_FILE, timeline: kept(known.timeline), playground: kept(known.playground), documents: known.documents };
    }
    const page = render();
    this.rendered++;
    const hashOrNull = (bytes: Uint8Array | null): string | null => (bytes === null ? null : fileHash(bytes));
    const record: PageRecord = { html: fileHash(page.html), timeline: hashOrNull(page.timeline), playground: hashOrNull(page.playground), documents: page.documents };
    this.#record(key, record);
    return page;
  }
}
