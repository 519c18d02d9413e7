// What every block of one lesson run needs to know, and the timeouts derived from it.
import type { Block, Lesson } from '../lesson/types.js';
import type { Session } from '../backends/types.js';

/** Per-command timeout, and `until=` deadline, when nothing else says otherwise. */
export const DEFAULT_TIMEOUT_MS = 60_000;
/** Interval between `until=` attempts when `every=` is absent. */
export const DEFAULT_EVERY_MS = 1_000;

export interface RunContext {
  lesson: Lesson;
  session: Session;
  /** The caller's default per-command timeout (`--timeout`), below the lesson's own settings. */
  defaultTimeoutMs: number | undefined;
}

/** A command's timeout: the block's `timeout=`, then the lesson's, then the caller's, then 60s. */
export function commandTimeoutMs(context: RunContext, block: Block): number {
  // With `until=`, the block's `timeout=` is the deadline of the retry loop, not a per-command limit.
  const own = block.attrs.until === undefined ? block.attrs.timeoutMs : undefined;
  return own ?? context.lesson.meta.timeoutMs ?? context.defaultTimeoutMs ?? DEFAULT_TIMEOUT_MS;
}
