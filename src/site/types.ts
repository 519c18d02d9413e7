// What the site stage takes in: verified lessons and the facts for the provenance line.
import type { DriftReport } from '../drift/types.js';
import type { Lesson } from '../lesson/types.js';
import type { LessonRun } from '../run/types.js';
import type { Verdict } from '../verify/types.js';
import type { SiteConfig } from './load-site-config.js';

/** One lesson to publish, with the run that verified it. */
export interface SiteEntry {
  lesson: Lesson;
  run: LessonRun;
  verdict: Verdict;
}

export interface SiteOptions {
  /** The directory to (re)place with the rendered site, e.g. `dist`. */
  outDir: string;
  /** Handlebars layouts, pages, `partials/` and `assets/`. */
  templatesDir: string;
  /** kindling's version, for the provenance line. */
  version: string;
  /** The verification date, `YYYY-MM-DD`. */
  date: string;
  /** The backend every entry was verified on, e.g. `sim`. */
  backend: string;
  /** A drift report (`kindling drift --output-file`) to publish as `drift/`, linked from the index. */
  drift?: DriftReport;
  /** `kindling.config.json`, validated; the defaults when absent. */
  config?: Readonly<SiteConfig>;
}
