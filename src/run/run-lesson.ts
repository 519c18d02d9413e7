// Runs one lesson on one backend: one session, the blocks in document order, the session always
// closed. The first failure stops the lesson; the blocks after it are skipped.
import type { Backend, Session } from '../backends/types.js';
import { hasErrors, type Diagnostic, type Lesson } from '../lesson/types.js';
import { runCodes } from './codes.js';
import { lessonTimeline, noTimeline } from './lesson-timeline.js';
import type { SessionTimeline } from './timeline-types.js';
import { runBlock, skippedBlock } from './run-block.js';
import { runFailure } from './run-failure.js';
import { sessionOpenFailure } from './session-open-failure.js';
import type { BlockRun, LessonRun, RunFailure } from './types.js';

export interface RunLessonOptions {
  /** Per-command timeout below the lesson's own (`timeout=`, front matter); default 60s. */
  defaultTimeoutMs?: number;
}

/** Runs `lesson` on `backend`. Never throws for problems in the lesson or its commands. */
export async function runLesson(lesson: Lesson, backend: Backend, options: RunLessonOptions = {}): Promise<LessonRun> {
  const started = performance.now();
  let warnings: Diagnostic[] = [];
  let recorded: SessionTimeline | undefined;
  const finish = (blocks: BlockRun[], failure: RunFailure | undefined): LessonRun => {
    const timeline = recorded ? lessonTimeline(backend.name, recorded, blocks) : noTimeline(backend.name);
    const run: LessonRun = { lesson, backend: backend.name, blocks, durationMs: performance.now() - started, environment: backend.describe(), warnings, timeline };
    if (failure) run.failure = failure;
    return run;
  };
  if (hasErrors(lesson.diagnostics)) {
    const message = 'the lesson has errors, so none of it ran; fix the errors reported for it first';
    return finish(lesson.blocks.map(skippedBlock), runFailure(runCodes.lessonNotRunnable, message, { file: lesson.file, line: 1, column: 1 }));
  }
  let session: Session;
  try {
    session = await backend.open(lesson);
  } catch (error) {
    return finish(lesson.blocks.map(skippedBlock), sessionOpenFailure(lesson, backend.name, error));
  }
  const context = { lesson, session, defaultTimeoutMs: options.defaultTimeoutMs };
  const blocks: BlockRun[] = [];
  let failure: RunFailure | undefined;
  try {
    for (const block of lesson.blocks) {
      const run = failure ? skippedBlock(block) : await runBlock(context, block);
      blocks.push(run);
      failure ??= run.failure;
    }
    warnings = session.diagnostics?.() ?? [];
    recorded = session.timeline?.();
  } finally {
    await session.close().catch(() => {});
  }
  return finish(blocks, failure);
}
