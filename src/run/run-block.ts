// One block of a lesson, dispatched on its kind.
import type { Block } from '../lesson/types.js';
import { runCodes } from './codes.js';
import { runCommandBlock } from './run-command-block.js';
import type { RunContext } from './run-context.js';
import { blockPlace, runFailure } from './run-failure.js';
import { runFileBlock } from './run-file-block.js';
import type { BlockRun } from './types.js';

type BlockRunners = { [K in Block['kind']]: (context: RunContext, block: Extract<Block, { kind: K }>) => Promise<BlockRun> };

const runners: BlockRunners = {
  file: runFileBlock,
  console: runCommandBlock,
  script: runCommandBlock,
};

/** A block that did not run (`norun`, or after the lesson stopped). */
export function skippedBlock(block: Block): BlockRun {
  return { block, status: 'skipped', steps: [], attempts: 0 };
}

/** Runs one block; a `norun` block is skipped. Never throws: a crash becomes the block's failure. */
export async function runBlock(context: RunContext, block: Block): Promise<BlockRun> {
  if (block.attrs.norun) return skippedBlock(block);
  const run = runners[block.kind] as (context: RunContext, block: Block) => Promise<BlockRun>;
  try {
    return await run(context, block);
  } catch (error) {
    const message = `kindling failed while running this block: ${(error as Error).stack ?? String(error)}`;
    return { block, status: 'failed', steps: [], attempts: 1, failure: runFailure(runCodes.runnerCrashed, message, blockPlace(context.lesson, block)) };
  }
}
