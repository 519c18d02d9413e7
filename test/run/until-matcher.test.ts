import { describe, expect, it } from 'vitest';
import { untilMatcher } from '../../src/run/until-matcher.js';

describe('untilMatcher', () => {
  it('looks for the text anywhere in the output', () => {
    const matcher = untilMatcher({ kind: 'text', text: 'Init:1/2' });
    if ('error' in matcher) throw new Error(matcher.error);
    expect(matcher.test('myapp-pod   0/1   Init:1/2   0   8s\n')).toBe(true);
    expect(matcher.test('myapp-pod   0/1   Init:0/2   0   8s\n')).toBe(false);
    expect(matcher.verb).toBe('contain "Init:1/2"');
  });

  it('matches a regex with its flags, the same way on every attempt even with g', () => {
    const matcher = untilMatcher({ kind: 'regex', source: '^running$', flags: 'gim' });
    if ('error' in matcher) throw new Error(matcher.error);
    expect([matcher.test('a\nRunning\n'), matcher.test('a\nRunning\n'), matcher.test('not running\n')]).toEqual([true, true, false]);
    expect(matcher.verb).toBe('match /^running$/gim');
  });

  it('reports a regex that does not compile', () => {
    expect(untilMatcher({ kind: 'regex', source: '[a', flags: '' })).toEqual({ error: expect.stringMatching(/^until=\/\[a\/ is not a valid regular expression: /) });
  });
});
