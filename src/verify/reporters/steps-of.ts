// The steps a lesson ran, flattened, with the file line each one belongs to.
import type { BlockRun, CommandRun, LessonRun } from '../../run/types.js';

export interface LocatedStep {
  /** File line of the `$ ` line, or of a script block's first line. */
  line: number;
  step: CommandRun;
  block: BlockRun;
}

/** The file line a block starts its code at (for steps without a console command). */
export function blockLine(block: BlockRun): number {
  return block.block.kind === 'script' ? block.block.line : block.block.span.start.line;
}

/** Every step of the run, in order. */
export function stepsOf(run: LessonRun | undefined): LocatedStep[] {
  if (!run) return [];
  return run.blocks.flatMap((block) =>
    block.steps.map((step) => ({ line: step.command?.line ?? blockLine(block), step, block })),
  );
}
