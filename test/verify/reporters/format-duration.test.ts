import { describe, expect, it } from 'vitest';
import { formatDuration } from '../../../src/verify/reporters/format-duration.js';

describe('formatDuration', () => {
  it('uses milliseconds below a second, tenths of seconds below a minute, then minutes', () => {
    expect(formatDuration(0)).toBe('0ms');
    expect(formatDuration(120)).toBe('120ms');
    expect(formatDuration(999.4)).toBe('999ms');
    expect(formatDuration(999.6)).toBe('1.0s');
    expect(formatDuration(1432)).toBe('1.4s');
    expect(formatDuration(59_949)).toBe('59.9s');
    expect(formatDuration(59_960)).toBe('1m00s');
    expect(formatDuration(125_000)).toBe('2m05s');
  });
});
