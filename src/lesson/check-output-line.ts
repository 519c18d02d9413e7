// Whether a captured output line can be written into a console block and read back unchanged.
import type { CodeInfo } from '../diagnostics.js';
import { lessonCodes } from './codes.js';
import { isCommandLine } from './parse-console-transcript.js';

/** The fence an output line is written into. */
export interface Fence {
  char: '`' | '~';
  length: number;
}

/**
 * The simulator speaking about itself: `kindling: kubectl X is not modelled by the simulator`,
 * `sh: kindling: ... is not simulated`, `kindling: the simulator does not model ...`. Real
 * programs never print this, so a lesson must not record it as what a command prints.
 */
const SIMULATOR_LIMITATION = /(^|: )kindling: .*\b(simulator|simulated|not modelled)\b/;

/** Why `line`, new in a command's output, is not recorded: it says what the simulator does not model. */
export function checkSimulatorLimitation(line: string): { code: CodeInfo; problem: string; hint: string } | undefined {
  if (!SIMULATOR_LIMITATION.test(line)) return undefined;
  return {
    code: lessonCodes.outputIsSimulatorLimitation,
    problem: 'is the simulator saying what it does not model, not what the command prints on a cluster',
    hint: 'Use what the simulator models (see the README), or run the lesson on a real cluster (backends: [cluster]) and record its outputs there.',
  };
}

/** Why `line` cannot be written into a block fenced by `fence`, or undefined when it can. */
export function checkOutputLine(line: string, fence: Fence): { code: CodeInfo; problem: string; hint: string } | undefined {
  if (isCommandLine(line)) {
    return {
      code: lessonCodes.outputLooksLikeCommand,
      problem: 'would be read back as a new command because it starts with "$"',
      hint: "Change the command so its output has no line starting with \"$ \" (e.g. pipe it through sed 's/^\\$/ $/'), or run it in an sh block.",
    };
  }
  // A closing fence may be indented up to three spaces; be as strict as the strictest container.
  const run = /^ {0,3}(`+|~+)[ \t]*$/.exec(line)?.[1];
  if (run !== undefined && run[0] === fence.char && run.length >= fence.length) {
    const longer = fence.char.repeat(Math.max(fence.length, run.length) + 1);
    return {
      code: lessonCodes.outputClosesFence,
      problem: `would close the ${fence.char.repeat(fence.length)} fence of its block`,
      hint: `Use a longer fence: open and close the block with ${longer}.`,
    };
  }
  if (line.includes('\r')) {
    return {
      code: lessonCodes.outputHasCarriageReturn,
      problem: 'contains a carriage return, which Markdown reads as a line break',
      hint: "Strip carriage returns from the command's output (e.g. pipe it through tr -d '\\r').",
    };
  }
  return undefined;
}
