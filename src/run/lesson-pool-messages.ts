// The messages between the lesson pool (main thread) and its worker threads.
import type { BackendOptions } from '../backends/registry.js';
import type { Lesson } from '../lesson/types.js';
import type { Verdict } from '../verify/types.js';
import type { VerifyOptions } from '../verify/verify-lesson.js';

export interface PoolTask {
  id: number;
  lesson: Lesson;
  backend: string;
  backendOptions: BackendOptions;
  verify: VerifyOptions;
}

/** A verdict without its lesson (and its run without the lesson), or the crash that stopped the worker's run. */
export type PoolReply =
  | { id: number; verdict: Omit<Verdict, 'lesson' | 'run'> & { lesson: undefined; run: (Omit<NonNullable<Verdict['run']>, 'lesson'> & { lesson: undefined }) | undefined } }
  | { id: number; error: string };
