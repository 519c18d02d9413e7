// The JUnit XML reporter, in the dialect CI systems read (GitHub test reporters, GitLab, Jenkins):
// one <testsuite> per lesson file, one <testcase> per step. Deterministic apart from the times.
import type { Verdict } from '../types.js';
import { formatProblem } from './format-problem.js';
import { junitCases, type JunitCase } from './junit-cases.js';
import { renderXml, type XmlElement } from './render-xml.js';
import type { ReportTotals } from './types.js';

function seconds(ms: number): string {
  return (ms / 1000).toFixed(3);
}

interface Counts {
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
}

function count(cases: readonly JunitCase[]): Counts {
  const of = (kind: string): number => cases.filter((c) => c.outcome?.kind === kind).length;
  return { tests: cases.length, failures: of('failure'), errors: of('error'), skipped: of('skipped') };
}

function caseElement(file: string, c: JunitCase): XmlElement {
  const children: XmlElement[] = [];
  if (c.outcome) {
    children.push({
      name: c.outcome.kind,
      attrs: [
        ['message', c.outcome.message],
        ['type', c.outcome.type],
      ],
      ...(c.outcome.body !== undefined ? { text: c.outcome.body } : {}),
    });
  }
  if (c.output) children.push({ name: 'system-out', text: c.output });
  return {
    name: 'testcase',
    attrs: [
      ['classname', file],
      ['name', c.name],
      ['file', file],
      ['line', c.line],
      ['time', seconds(c.durationMs)],
    ],
    children,
  };
}

/** Warnings do not fail a case: they go to the suite's standard error, as text. */
function warningsElement(verdict: Verdict): XmlElement[] {
  if (verdict.warnings.length === 0) return [];
  return [{ name: 'system-err', text: verdict.warnings.map((w) => formatProblem(w, { color: false, severity: 'warning' })).join('\n\n') }];
}

function suiteElement(verdict: Verdict): { element: XmlElement; counts: Counts } {
  const file = verdict.lesson.file;
  const cases = junitCases(verdict);
  const counts = count(cases);
  const properties: XmlElement = {
    name: 'properties',
    children: [
      { name: 'property', attrs: [['name', 'title'], ['value', verdict.lesson.meta.title]] },
      { name: 'property', attrs: [['name', 'backend'], ['value', verdict.backend]] },
      { name: 'property', attrs: [['name', 'status'], ['value', verdict.status]] },
    ],
  };
  const element: XmlElement = {
    name: 'testsuite',
    attrs: [
      ['name', file],
      ['tests', counts.tests],
      ['failures', counts.failures],
      ['errors', counts.errors],
      ['skipped', counts.skipped],
      ['time', seconds(verdict.durationMs)],
    ],
    children: [properties, ...cases.map((c) => caseElement(file, c)), ...warningsElement(verdict)],
  };
  return { element, counts };
}

/** The whole run as a JUnit XML document (final newline). */
export function formatJunitReport(verdicts: readonly Verdict[], totals: ReportTotals): string {
  const suites = verdicts.map(suiteElement);
  const sum = (key: keyof Counts): number => suites.reduce((n, s) => n + s.counts[key], 0);
  const root: XmlElement = {
    name: 'testsuites',
    attrs: [
      ['name', 'kindling'],
      ['tests', sum('tests')],
      ['failures', sum('failures')],
      ['errors', sum('errors')],
      ['skipped', sum('skipped')],
      ['time', seconds(totals.durationMs)],
    ],
    children: suites.map((s) => s.element),
  };
  return `<?xml version="1.0" encoding="UTF-8"?>\n${renderXml(root)}\n`;
}
