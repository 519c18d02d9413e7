// The preview's incremental build: on every change it re-reads the lesson files (cheap), runs
// again only the lessons whose text changed, and renders again only the pages that can differ
// (LessonPageCache); the rest of the site is reused. The result is a snapshot in memory that the
// server swaps in whole, so a page is never served half-built.
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { checkLessons } from '../build.js';
import type { MatchMode } from '../lesson/types.js';
import type { BackendOptions } from '../backends/registry.js';
import { findLessonFiles, LessonPathError } from '../lesson/load-lessons.js';
import { parseLessonBytes } from '../lesson/parse-lesson.js';
import { loadTemplates, type Templates } from '../site/load-templates.js';
import { lessonPath } from '../site/order-entries.js';
import { LessonPageCache, renderSiteFiles, type SiteFiles } from '../site/render-site-files.js';
import type { SiteOptions } from '../site/types.js';
import { DEFAULT_SITE_CONFIG, parseSiteConfig, SITE_CONFIG_FILE, type LoadedSiteConfig, type SiteConfig } from '../site/load-site-config.js';
import { formatProblem } from '../verify/reporters/format-problem.js';
import { problemFromDiagnostic, type Verdict } from '../verify/types.js';

export interface PreviewOptions {
  /** Lesson files and directories, as on the command line. */
  paths: readonly string[];
  templatesDir: string;
  backend: string;
  backendOptions: BackendOptions;
  /** Lessons run at once (the first build runs them all). */
  jobs: number;
  /** `--match`: overrides the lessons' `match:` and the backend's default. */
  match?: MatchMode;
  version: string;
  /** `YYYY-MM-DD` for the provenance line. */
  date: () => string;
  /** The directory of `kindling.config.json`, read as `build` reads it (default: no configuration). */
  configDir?: string;
}

/** What the server shows; replaced whole by each build. */
export interface PreviewSnapshot {
  /** The rendered site: every lesson that verified, the index, the assets. */
  files: SiteFiles;
  /** Every lesson found, in file order. */
  verdicts: Verdict[];
  /** Lessons that failed or are invalid, by the path their page would have. */
  broken: Map<string, Verdict>;
  /** The build as a whole failed (templates that do not load or render): why. */
  error?: string;
}

export interface BuildReport {
  /** The lessons that ran in this build, in finishing order. */
  ran: Verdict[];
  /** Lesson pages rendered (the others were reused). */
  rendered: number;
  /** Whether anything a page shows changed: open pages should reload. */
  changed: boolean;
  durationMs: number;
}

interface Known {
  source: string;
  verdict: Verdict;
}

/** The site configuration as last read: its text (undefined: no file) and what it gave. */
interface KnownConfig {
  text: string | undefined;
  config: Readonly<SiteConfig>;
  /** The configuration's problems, formatted; the site is not rendered while there are any. */
  problems: string | undefined;
}

/** Lesson files under the paths; a path that does not exist (a file being re-created) has none. */
async function lessonFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    try {
      files.push(...(await findLessonFiles([path])));
    } catch (error) {
      if (!(error instanceof LessonPathError)) throw error;
    }
  }
  return [...new Set(files)].sort();
}

/** The file's bytes as a binary string (one character a byte): compared to see a change, parsed as bytes (not UTF-8: KL010). */
async function readSource(file: string): Promise<string | undefined> {
  try {
    return (await readFile(file)).toString('latin1');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function sameBytes(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  return a !== undefined && b !== undefined && Buffer.compare(a, b) === 0;
}

function sameFiles(a: SiteFiles, b: SiteFiles): boolean {
  if (a.size !== b.size) return false;
  for (const [path, bytes] of a) if (!sameBytes(bytes, b.get(path))) return false;
  return true;
}

export class PreviewBuilder {
  readonly #options: PreviewOptions;
  readonly #known = new Map<string, Known>();
  #templates: Templates | undefined;
  #cache = new LessonPageCache();
  #config: KnownConfig | undefined;
  #stopped = false;
  snapshot: PreviewSnapshot = { files: new Map(), verdicts: [], broken: new Map() };
  /** Counts the snapshots that changed what pages show: a page knows which one it was served from. */
  generation = 0;
  /** The last page each lesson had when it verified: shown under the overlay while it is broken. */
  readonly lastGood = new Map<string, Uint8Array>();

  constructor(options: PreviewOptions) {
    this.#options = options;
  }

  /** The templates changed: load them again and render every page with them. */
  templatesChanged(): void {
    this.#templates = undefined;
  }

  /** Makes a running build stop before its next lesson (Ctrl-C). */
  stop(): void {
    this.#stopped = true;
  }

  /**
   * Brings the snapshot up to date with the files on disk. `onVerdict` sees each lesson that ran.
   * Undefined when stopped before it finished (the snapshot is then left as it was).
   */
  async build(onVerdict?: (verdict: Verdict, done: number, total: number) => void): Promise<BuildReport | undefined> {
    const started = performance.now();
    const files = await lessonFiles(this.#options.paths);
    const toRun: { file: string; source: string }[] = [];
    const next = new Map<string, Known>();
    for (const file of files) {
      const source = await readSource(file);
      if (source === undefined) continue;
      const known = this.#known.get(file);
      if (known && known.source === source) next.set(file, known);
      else toRun.push({ file, source });
    }
    const removed = [...this.#known.keys()].some((file) => !next.has(file) && !toRun.some((r) => r.file === file));
    const templatesStale = this.#templates === undefined;
    const configChanged = await this.#readConfig();
    if (toRun.length === 0 && !removed && !templatesStale && !configChanged && this.snapshot.error === undefined) {
      return { ran: [], rendered: 0, changed: false, durationMs: performance.now() - started };
    }

    const ran: Verdict[] = [];
    let at = 0;
    const worker = async (): Promise<void> => {
      for (let i = at++; i < toRun.length; i = at++) {
        // A lesson on the simulator runs without giving the event loop a turn: give it one between
        // lessons, so that requests are answered and Ctrl-C is heard during a long build.
        await new Promise((r) => setImmediate(r));
        if (this.#stopped) return;
        const { file, source } = toRun[i]!;
        const lesson = parseLessonBytes(file, Buffer.from(source, 'latin1'));
        const { verdicts } = await checkLessons([lesson], { backend: this.#options.backend, backendOptions: this.#options.backendOptions, jobs: 1, ...(this.#options.match ? { match: this.#options.match } : {}) });
        const verdict = verdicts[0]!;
        next.set(file, { source, verdict });
        ran.push(verdict);
        onVerdict?.(verdict, ran.length, toRun.length);
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(this.#options.jobs, toRun.length)) }, worker));
    if (this.#stopped) return undefined;
    this.#known.clear();
    for (const file of files) {
      const known = next.get(file);
      if (known) this.#known.set(file, known);
    }

    const verdicts = [...this.#known.values()].map((k) => k.verdict);
    const broken = new Map<string, Verdict>();
    for (const v of verdicts) if (v.status === 'failed' || v.status === 'invalid') broken.set(lessonPath(v.lesson.slug), v);
    const before = this.snapshot;
    let snapshot: PreviewSnapshot;
    try {
      if (this.#templates === undefined) {
        this.#templates = await loadTemplates(this.#options.templatesDir);
        this.#cache = new LessonPageCache();
      }
      const config = this.#config!;
      if (config.problems !== undefined) throw new Error(`${SITE_CONFIG_FILE} has problems:\n${config.problems}`);
      const entries = verdicts.filter((v) => v.status === 'passed' && v.run).map((v) => ({ lesson: v.lesson, run: v.run!, verdict: v }));
      const site: SiteOptions = { outDir: '', templatesDir: this.#options.templatesDir, version: this.#options.version, backend: this.#options.backend, date: this.#options.date(), config: config.config };
      snapshot = { files: await renderSiteFiles(entries, site, { templates: this.#templates, cache: this.#cache }), verdicts, broken };
    } catch (error) {
      this.#templates = undefined;
      snapshot = { files: before.files, verdicts, broken, error: error instanceof Error ? error.message : String(error) };
    }
    const rendered = this.#cache.rendered;
    this.#cache.rendered = 0;
    for (const v of verdicts) {
      const path = lessonPath(v.lesson.slug);
      const page = snapshot.files.get(path);
      if (page) this.lastGood.set(path, page);
    }
    this.snapshot = snapshot;
    const changed =
      !sameFiles(before.files, snapshot.files) ||
      before.error !== snapshot.error ||
      before.broken.size !== broken.size ||
      ran.some((v) => v.status === 'failed' || v.status === 'invalid') ||
      [...before.broken.keys()].some((path) => !broken.has(path));
    if (changed) this.generation++;
    return { ran, rendered, changed, durationMs: performance.now() - started };
  }

  /** Reads `kindling.config.json` again; true when its text changed (every page shows the configuration). */
  async #readConfig(): Promise<boolean> {
    const dir = this.#options.configDir;
    const text = dir === undefined ? undefined : await readSource(join(dir, SITE_CONFIG_FILE));
    if (this.#config !== undefined && this.#config.text === text) return false;
    let loaded: LoadedSiteConfig = { config: DEFAULT_SITE_CONFIG, diagnostics: [] };
    if (dir !== undefined && text !== undefined) loaded = await parseSiteConfig(relative(process.cwd(), join(dir, SITE_CONFIG_FILE)) || SITE_CONFIG_FILE, text, dir);
    const problems = loaded.diagnostics.length === 0 ? undefined : loaded.diagnostics.map((d) => formatProblem(problemFromDiagnostic(d), { color: false })).join('\n\n');
    this.#config = { text, config: loaded.config, problems };
    return true;
  }
}
