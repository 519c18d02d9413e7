import { describe, expect, it } from 'vitest';
import { formatLessonLine, formatProblems, formatSummary, formatTextReport } from '../../../src/verify/reporters/text-reporter.js';
import type { Verdict } from '../../../src/verify/types.js';
import { expectGolden } from '../../support/golden.js';
import { sampleTotals, sampleVerdicts } from './sample-verdicts.js';

const [passed, failed, invalid, skipped] = sampleVerdicts() as [Verdict, Verdict, Verdict, Verdict];

describe('text reporter', () => {
  it('writes a line per lesson, the problems with diffs and hints, and a summary', () => {
    expectGolden(formatTextReport(sampleVerdicts(), sampleTotals, { color: false }), 'test/verify/golden/report.txt');
  });

  it('writes no escape codes without colour, even for output that had them', () => {
    const report = formatTextReport(sampleVerdicts(), sampleTotals, { color: false });
    expect(report).not.toContain('\x1b');
    expect(report).toContain('␛[31mred␛[0m');
  });

  it('colours marks, diffs and counts when asked', () => {
    expectGolden(formatTextReport(sampleVerdicts(), sampleTotals, { color: true }), 'test/verify/golden/report.color.txt');
    expect(formatLessonLine(passed, { color: true })).toMatch(/^\x1b\[32m✓\x1b\[39m /);
    expect(formatLessonLine(failed, { color: true })).toMatch(/^\x1b\[31m✗\x1b\[39m /);
  });

  it('marks each status and says why a lesson did not run', () => {
    expect(formatLessonLine(passed, { color: false })).toBe('✓ lessons/01-first-pod.md  Your first pod  120ms');
    expect(formatLessonLine(failed, { color: false })).toBe('✗ lessons/02-init.md  Init containers <wait> & "retry"  1.4s');
    expect(formatLessonLine(invalid, { color: false })).toBe('! lessons/03-broken.md  Broken  (invalid: 2 errors)');
    expect(formatLessonLine(skipped, { color: false })).toBe('- lessons/04-cluster-only.md  Real clusters only  (skipped: not for sim; backends: cluster)');
  });

  it('has no problems to print for passed and skipped lessons', () => {
    expect(formatProblems(passed, { color: false })).toBe('');
    expect(formatProblems(skipped, { color: false })).toBe('');
  });

  it('prints problems as file:line:col error CODE name: message', () => {
    expect(formatProblems(invalid, { color: false }).split('\n')[0]).toBe(
      'lessons/03-broken.md:2:1 error KL101 missing-title: front matter has no `title`, expected a string',
    );
  });

  it('counts lessons by status in the summary', () => {
    expect(formatSummary(sampleVerdicts(), sampleTotals, { color: false })).toBe('4 lessons: 1 passed, 1 failed, 1 invalid, 1 skipped (1.8s on sim)');
    expect(formatSummary([passed], { backend: 'cluster', durationMs: 95_000 }, { color: false })).toBe(
      '1 lesson: 1 passed, 0 failed, 0 invalid, 0 skipped (1m35s on cluster)',
    );
  });
});
