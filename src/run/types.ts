// What running a lesson produces. One shape, whichever backend ran the commands.
import type { Block, ConsoleCommand, Diagnostic, Lesson } from '../lesson/types.js';
import type { RunTimeline } from './timeline-types.js';

/** The outcome of one command or script, identical in shape for every backend. */
export interface StepResult {
  /** The command text that was run. */
  command: string;
  /** stdout and stderr interleaved as a terminal would show them. */
  output: string;
  /**
   * The step's exit code. Negative when the step never ran because the session's shell is gone
   * (e.g. an earlier `exit 3`); `output` then says why. The runner reports it as `session-failed`.
   */
  exitCode: number;
  /** Wall-clock time the step took, in milliseconds. */
  durationMs: number;
  /** True when the step was killed because it ran past its timeout. */
  timedOut: boolean;
  /**
   * Set when the backend stopped the step because it used up its real-time budget (the simulator
   * runs virtual time as fast as it can; a step that needs too much real time is stopped): what it
   * says about that. The runner reports it as `real-time-budget-exceeded`.
   */
  outOfRealTime?: string;
  /** True when the step was stopped with Ctrl-C at its `interruptMs` (a `^C` in the transcript). */
  interrupted?: boolean;
  /**
   * The backend's clock (virtual on sim) when the command began, after any typing pause, and when
   * it returned: where the lifecycle picture marks it. Absent where the backend does not say.
   */
  clock?: { startedAt: number; endedAt: number };
}

/** One command of a block, and what it printed. */
export interface CommandRun {
  /** The console command, or undefined for a script block (the whole script is one step). */
  command?: ConsoleCommand;
  result: StepResult;
}

export type BlockStatus = 'passed' | 'failed' | 'skipped';

/** Why a block failed. Codes are permanent (catalogued with the lesson diagnostics). */
export interface RunFailure {
  code: string;
  name: string;
  message: string;
  file: string;
  line: number;
  column: number;
}

export interface BlockRun {
  block: Block;
  status: BlockStatus;
  /** Commands of the last attempt, in order. Empty for file blocks and skipped blocks. */
  steps: CommandRun[];
  /** How many times the block ran (more than 1 only with `until=`). */
  attempts: number;
  failure?: RunFailure;
}

export interface LessonRun {
  lesson: Lesson;
  backend: string;
  /** One entry per lesson block, in document order (blocks after a failure are `skipped`). */
  blocks: BlockRun[];
  /** A failure that stopped the lesson (the failing block's failure, or a session error). */
  failure?: RunFailure;
  /** Wall-clock time for the whole lesson, in milliseconds. */
  durationMs: number;
  /** What the backend says about itself for the provenance line, e.g. `sim (kindling simulator, Kubernetes v1.32)`. */
  environment: string;
  /** Warnings the backend raised while running (an image the simulator had to assume). */
  warnings: Diagnostic[];
  /** The Pods' lives and the commands on one time axis (simulator runs), or why there is none. */
  timeline: RunTimeline;
}
