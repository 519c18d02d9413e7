// Where commands go. Every backend (sim, cluster) implements this; the runner knows no other.
import type { Diagnostic, Lesson } from '../lesson/types.js';
import type { StepResult } from '../run/types.js';
import type { SessionTimeline } from '../run/timeline-types.js';

export interface RunOptions {
  /** Kill the step (and everything it started) after this long, in the backend's own time. */
  timeoutMs: number;
  /**
   * Press Ctrl-C (SIGINT) this long after the step starts, in the backend's own time, if it is
   * still running; the step then reports `interrupted` rather than a failure.
   */
  interruptMs?: number;
  /** The step ends in `&`: let what it prints at once appear before the step returns. */
  background?: boolean;
}

/** One lesson's workspace and persistent shell: env, cwd and files carry from step to step. */
export interface Session {
  /** Writes a file into the workspace (path relative to the workspace root). */
  writeFile(path: string, content: string): Promise<void>;
  /** Runs a command or script in the session's shell. Never throws for a failing command. */
  run(command: string, options: RunOptions): Promise<StepResult>;
  /** The backend's clock in milliseconds (virtual on sim, real on a cluster). */
  now(): number;
  /** Lets time pass between `until=` attempts (advances the virtual clock on sim). */
  wait(ms: number): Promise<void>;
  /** What the backend noticed about the lesson while running it (warnings such as assumed images); called before `close`. */
  diagnostics?(): Diagnostic[];
  /** What the backend saw of the Pods' lives (the simulator records it); called before `close`. */
  timeline?(): SessionTimeline;
  /** Ends the shell and everything it started, and removes the workspace. Safe to call twice. */
  close(): Promise<void>;
}

export interface Backend {
  /** Registry name: `sim`, `cluster`. */
  readonly name: string;
  /** A short description for the provenance line on rendered pages. */
  describe(): string;
  /** Opens a fresh session for one lesson. */
  open(lesson: Lesson): Promise<Session>;
}

/**
 * Raised by `open` when a session cannot start: a missing tool (no message diagnostics), or a
 * problem in the lesson such as a bad `sim:` front-matter key (carried as diagnostics).
 */
export class SessionOpenError extends Error {
  override readonly name = 'SessionOpenError';
  constructor(
    message: string,
    readonly diagnostics: Diagnostic[] = [],
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
