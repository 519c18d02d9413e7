// `file=` blocks: their content is written into the workspace, in document order.
import type { FileBlock } from '../lesson/types.js';
import { runCodes } from './codes.js';
import type { RunContext } from './run-context.js';
import { blockPlace, runFailure } from './run-failure.js';
import type { BlockRun } from './types.js';

/** Writes the block's file into the session's workspace. */
export async function runFileBlock(context: RunContext, block: FileBlock): Promise<BlockRun> {
  try {
    await context.session.writeFile(block.path, block.content);
    return { block, status: 'passed', steps: [], attempts: 1 };
  } catch (error) {
    const message = `cannot write ${block.path} into the workspace: ${(error as Error).message}`;
    return { block, status: 'failed', steps: [], attempts: 1, failure: runFailure(runCodes.fileWriteFailed, message, blockPlace(context.lesson, block)) };
  }
}
