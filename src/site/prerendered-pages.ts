// Lesson pages rendered while the other lessons still run. A page shows its own lesson's run and
// only the front matter of the others (the navigation), so once the lessons are parsed, the site
// they will make if every one passes is known, and a lesson's page can be rendered as soon as its
// verdict is: the main thread does it while the worker threads run the next lessons, one page per
// turn of the event loop (a worker's reply is handled between two pages). When the site is then
// rendered, a page made this way is used if its lesson's run and the navigation are still the ones
// it was made from; otherwise it is rendered there, as without this. The pages' bytes are not kept
// in memory while the other lessons run (a page carries the whole navigation: 120 KB at 1,000
// lessons): each file is written at once into a staging directory beside the output
// (`dist.tmp-<pid>-XXXXXX`, like the one the site is assembled in), then moved into the site.
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Lesson } from '../lesson/types.js';
import type { LessonRun } from '../run/types.js';
import type { Verdict } from '../verify/types.js';
import { loadTemplates } from './load-templates.js';
import { KEPT_FILE, navigationKey, renderLessonFiles, STAGED_FILE, type LessonPages, type RenderedLesson } from './render-site-files.js';
import { fileHash, type StagedFiles } from './render-site.js';
import { lessonPath } from './order-entries.js';
import { playgroundLessonPath } from './playground-files.js';
import { timelinePath } from './timeline/timeline-pages.js';
import { holdTemp, releaseTemp } from '../temp-files.js';
import { prepareSite, type SiteContext } from './site-pages.js';
import type { SiteEntry, SiteOptions } from './types.js';

export class PrerenderedPages implements LessonPages, StagedFiles {
  readonly #site: SiteContext;
  readonly #outDir: string;
  #stage: string | undefined;
  /** Staged files by path, with their hashes. */
  readonly #staged = new Map<string, string>();
  readonly #navigation: string;
  readonly #inner: LessonPages | undefined;
  /** Each expected lesson's place in `#site.ordered`. */
  readonly #at = new Map<Lesson, number>();
  readonly #pages = new Map<Lesson, { run: LessonRun; page: RenderedLesson }>();
  readonly #queue: Verdict[] = [];
  #draining: Promise<void> | undefined;

  private constructor(site: SiteContext, inner: LessonPages | undefined) {
    this.#site = site;
    this.#outDir = resolve(site.options.outDir);
    this.#navigation = navigationKey(site);
    this.#inner = inner;
    for (const [at, entry] of site.ordered.entries()) this.#at.set(entry.lesson, at);
  }

  /** Pages for a site of `lessons` (those expected to pass), rendered through `inner` when given (the page cache). */
  static async start(lessons: readonly Lesson[], options: SiteOptions, inner?: LessonPages): Promise<PrerenderedPages> {
    // Runs and verdicts are filled in as they come; nothing reads them before.
    const entries = lessons.map((lesson) => ({ lesson }) as SiteEntry);
    const site = await prepareSite(entries, options, await loadTemplates(options.templatesDir));
    return new PrerenderedPages(site, inner);
  }

  /** A lesson's verdict: a passed lesson's page is rendered soon, between other work. */
  add(verdict: Verdict): void {
    if (verdict.status !== 'passed' || verdict.run === undefined || !this.#at.has(verdict.lesson)) return;
    this.#queue.push(verdict);
    this.#draining ??= this.#drain();
  }

  /** Renders no more pages (the site will not be published). */
  stop(): void {
    this.#queue.length = 0;
  }

  /** The staging directory (once a file was staged). */
  get dir(): string {
    return this.#stage ?? '';
  }

  hashOf(path: string): string | undefined {
    return this.#staged.get(path);
  }

  /** Removes the staging directory (after the site was put in place, or was not). */
  async dispose(): Promise<void> {
    this.stop();
    await this.settled();
    const stage = this.#stage;
    if (stage === undefined) return;
    this.#stage = undefined;
    this.#staged.clear();
    await rm(stage, { recursive: true, force: true });
    releaseTemp(stage);
  }

  /** Writes `bytes` into the staging directory at `path`: STAGED_FILE from then on (KEPT_FILE and null stay as they are). */
  async #put(path: string, bytes: Uint8Array | null): Promise<Uint8Array | null> {
    if (bytes === null || bytes === KEPT_FILE) return bytes;
    if (this.#stage === undefined) {
      this.#stage = await mkdtemp(`${this.#outDir}.tmp-${process.pid}-`);
      holdTemp(this.#stage);
    }
    const file = join(this.#stage, path);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, bytes, { mode: 0o644 });
    await chmod(file, 0o644);
    this.#staged.set(path, fileHash(bytes));
    return STAGED_FILE;
  }

  /** A rendered page with its files staged. */
  async #stageFiles(slug: string, page: RenderedLesson): Promise<RenderedLesson> {
    return {
      html: (await this.#put(lessonPath(slug), page.html))!,
      timeline: await this.#put(timelinePath(slug), page.timeline),
      playground: await this.#put(playgroundLessonPath(slug), page.playground),
      documents: page.documents,
    };
  }

  /** Waits for the pages queued so far. */
  async settled(): Promise<void> {
    while (this.#draining !== undefined) await this.#draining;
  }

  async #drain(): Promise<void> {
    try {
      while (this.#queue.length > 0) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        const verdict = this.#queue.shift();
        if (verdict === undefined) break;
        const at = this.#at.get(verdict.lesson)!;
        const entry = this.#site.ordered[at]!;
        entry.run = verdict.run!;
        entry.verdict = verdict;
        try {
          const render = (): RenderedLesson => renderLessonFiles(this.#site, at);
          const page = this.#inner ? this.#inner.page(entry, this.#navigation, render) : render();
          this.#pages.set(verdict.lesson, { run: entry.run, page: await this.#stageFiles(verdict.lesson.slug, page) });
        } catch {
          // Rendered again with the site, where the error is reported.
        }
      }
    } finally {
      this.#draining = undefined;
    }
  }

  page(entry: SiteEntry, navigation: string, render: () => RenderedLesson): RenderedLesson {
    const made = this.#pages.get(entry.lesson);
    if (made !== undefined && made.run === entry.run && navigation === this.#navigation) return made.page;
    return this.#inner ? this.#inner.page(entry, navigation, render) : render();
  }

  derived(path: string, inputs: string, make: () => Uint8Array): Uint8Array {
    return this.#inner?.derived ? this.#inner.derived(path, inputs, make) : make();
  }
}
