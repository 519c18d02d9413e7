// What every reporter takes: the verdicts of one `kindling verify` run and its totals.
import type { Verdict, VerdictStatus } from '../types.js';

export interface ReportTotals {
  /** The backend every lesson ran on (`sim`, `cluster`). */
  backend: string;
  /** Wall-clock time for the whole run, in milliseconds. */
  durationMs: number;
}

export interface ReportOptions {
  /** ANSI colours; only the text reporter uses them, and only when this is true. */
  color: boolean;
}

/** Turns verdicts into one document (the CLI writes it to stdout or a file). */
export type Reporter = (verdicts: readonly Verdict[], totals: ReportTotals, options: ReportOptions) => string;

export type StatusCounts = Record<VerdictStatus, number>;

/** How many lessons ended in each status. */
export function countStatuses(verdicts: readonly Verdict[]): StatusCounts {
  const counts: StatusCounts = { passed: 0, failed: 0, invalid: 0, skipped: 0 };
  for (const v of verdicts) counts[v.status]++;
  return counts;
}
