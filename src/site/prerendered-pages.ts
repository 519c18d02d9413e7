// Lesson pages rendered while the other lessons still run. A page shows its own lesson's run and
// only the front matter of the others (the navigation), so once the lessons are parsed, the site
// they will make if every one passes is known, and a lesson's page can be rendered as soon as its
// verdict is: the main thread does it while the worker threads run the next lessons, one page per
// turn of the event loop (a worker's reply is handled between two pages). When the site is then
// rendered, a page made this way is used if its lesson's run and the navigation are still the ones
// it was made from; otherwise it is rendered there, as without this.
import type { Lesson } from '../lesson/types.js';
import type { LessonRun } from '../run/types.js';
import type { Verdict } from '../verify/types.js';
import { loadTemplates } from './load-templates.js';
import { navigationKey, renderLessonFiles, type LessonPages, type RenderedLesson } from './render-site-files.js';
import { prepareSite, type SiteContext } from './site-pages.js';
import type { SiteEntry, SiteOptions } from './types.js';

export class PrerenderedPages implements LessonPages {
  readonly #site: SiteContext;
  readonly #navigation: string;
  readonly #inner: LessonPages | undefined;
  /** Each expected lesson's place in `#site.ordered`. */
  readonly #at = new Map<Lesson, number>();
  readonly #pages = new Map<Lesson, { run: LessonRun; page: RenderedLesson }>();
  readonly #queue: Verdict[] = [];
  #draining: Promise<void> | undefined;

  private constructor(site: SiteContext, inner: LessonPages | undefined) {
    this.#site = site;
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
          this.#pages.set(verdict.lesson, { run: entry.run, page: this.#inner ? this.#inner.page(entry, this.#navigation, render) : render() });
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
