import { describe, expect, it } from 'vitest';
import { formatJsonReport } from '../../../src/verify/reporters/json-reporter.js';
import { expectGolden } from '../../support/golden.js';
import { NASTY_OUTPUT, sampleTotals, sampleVerdicts } from './sample-verdicts.js';

describe('JSON reporter', () => {
  it('writes one versioned document with a summary, problems and steps', () => {
    expectGolden(formatJsonReport(sampleVerdicts(), sampleTotals), 'test/verify/golden/report.json');
  });

  it('keeps a stable key order', () => {
    const report = JSON.parse(formatJsonReport(sampleVerdicts(), sampleTotals)) as {
      lessons: Array<{ problems: Array<Record<string, unknown>>; steps: Array<Record<string, unknown>> }>;
    };
    expect(Object.keys(report)).toEqual(['version', 'backend', 'durationMs', 'summary', 'lessons']);
    expect(Object.keys(report.lessons[1]!)).toEqual(['file', 'slug', 'title', 'status', 'durationMs', 'problems', 'warnings', 'steps']);
    expect(Object.keys(report.lessons[1]!.problems[0]!)).toEqual(['code', 'name', 'message', 'file', 'line', 'column', 'hint', 'diff']);
    expect(Object.keys(report.lessons[1]!.steps[0]!)).toEqual(['line', 'command', 'exitCode', 'durationMs', 'timedOut', 'output']);
  });

  it('round-trips captured output exactly, control characters included', () => {
    const report = JSON.parse(formatJsonReport(sampleVerdicts(), sampleTotals)) as {
      lessons: Array<{ steps: Array<{ line: number; output: string }>; problems: Array<{ message: string }> }>;
    };
    const failed = report.lessons[1]!;
    expect(failed.steps.map((s) => s.line)).toEqual([20, 30]);
    expect(failed.steps[1]!.output).toBe(NASTY_OUTPUT);
    expect(failed.problems[1]!.message).toContain('\x1b[31mred');
  });
});
