// The reporters by name, for `kindling verify --reporter <name>`.
import { formatJsonReport } from './json-reporter.js';
import { formatJunitReport } from './junit-reporter.js';
import { formatStaleJsonReport } from './stale-json-reporter.js';
import { formatStaleTextReport } from './stale-text-reporter.js';
import { formatTextReport } from './text-reporter.js';
import type { Reporter } from './types.js';

export type ReporterName = 'text' | 'json' | 'junit' | 'stale' | 'stale-json';

export const reporters: Record<ReporterName, Reporter> = {
  text: formatTextReport,
  json: (verdicts, totals) => formatJsonReport(verdicts, totals),
  junit: (verdicts, totals) => formatJunitReport(verdicts, totals),
  stale: (verdicts, totals) => formatStaleTextReport(verdicts, totals),
  'stale-json': (verdicts, totals) => formatStaleJsonReport(verdicts, totals),
};

export const reporterNames = Object.keys(reporters) as ReporterName[];

/** Whether `name` is a reporter (for validating the CLI flag). */
export function isReporterName(name: string): name is ReporterName {
  return Object.hasOwn(reporters, name);
}
