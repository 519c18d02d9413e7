import { describe, expect, it } from 'vitest';
import { formatDuration, outputTail } from '../../src/run/run-failure.js';

describe('formatDuration', () => {
  it('writes durations the way timeout= takes them', () => {
    expect([300, 1000, 1500, 60_000, 90_250].map(formatDuration)).toEqual(['300ms', '1s', '1.5s', '60s', '90.3s']);
  });
});

describe('outputTail', () => {
  it('quotes the last ten lines, indented', () => {
    const output = `${Array.from({ length: 12 }, (_, i) => `line ${i + 1}`).join('\n')}\n`;
    expect(outputTail(output)).toBe(`; its output ended with:\n${Array.from({ length: 10 }, (_, i) => `  line ${i + 3}`).join('\n')}`);
  });

  it('says when there was no output at all', () => {
    expect(outputTail('')).toBe(' (it printed nothing)');
  });
});
