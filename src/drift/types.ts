// The drift report: per command, whether the simulator and a real cluster printed the same thing
// once volatile values are normalized (src/verify/normalize.ts). One shape for text, JSON and the site.

/** `not-run`: ran on one side only; `skipped`: on neither (an earlier step stopped both runs). */
export type CommandDriftStatus = 'identical' | 'different' | 'not-run' | 'skipped';

export interface CommandDrift {
  /** 1-based line of the command (the `$ ` line, or a script's first line). */
  line: number;
  command: string;
  status: CommandDriftStatus;
  /** Normalized output lines on each side (empty when that side did not run the command). */
  sim: string[];
  cluster: string[];
  simExitCode?: number;
  clusterExitCode?: number;
}

export interface LessonDrift {
  file: string;
  title: string;
  commands: CommandDrift[];
  /** Why a side stopped early (its run failure), if it did. */
  simFailure?: string;
  clusterFailure?: string;
  /** `skipped` when the lesson is not for the cluster backend or has errors. */
  skipped?: string;
}

export interface DriftTotals {
  lessons: number;
  commands: number;
  identical: number;
  different: number;
  notRun: number;
  skipped: number;
}

export interface DriftReport {
  /** What the cluster said about itself: `kind (cluster "kindling", kind v0.27.0, Kubernetes v1.32.2)`. */
  environment: string;
  /** `v1.32.2`, when the server answered. */
  serverVersion?: string;
  lessons: LessonDrift[];
  totals: DriftTotals;
}
