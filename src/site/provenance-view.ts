// The provenance line: where, when and by what a lesson was verified.
import type { LessonRun } from '../run/types.js';
import type { SiteOptions } from './types.js';

export interface ProvenanceView {
  backend: string;
  date: string;
  version: string;
  /** What the backend said about itself, e.g. `sim (kindling simulator, Kubernetes v1.32)`. */
  environment: string;
}

/** The facts behind "Verified on <backend>, <date>, kindling <version>". */
export function provenanceView(run: LessonRun, options: SiteOptions): ProvenanceView {
  return { backend: options.backend, date: options.date, version: options.version, environment: run.environment };
}
