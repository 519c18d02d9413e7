import { describe, expect, it } from 'vitest';
import { alignOutput } from '../../src/verify/match-output.js';
import { formatUnifiedDiff } from '../../src/verify/unified-diff.js';

function diff(expected: string[], actual: string[], firstLine = 42): string {
  return formatUnifiedDiff({ expected, actual, ops: alignOutput(expected, actual), firstLine });
}

describe('formatUnifiedDiff', () => {
  it('numbers hunks with the lesson file lines of the recorded output', () => {
    expect(diff(['NAME        READY   STATUS     RESTARTS   AGE', 'myapp-pod   0/1     Init:0/2   0          6m'], [
      'NAME        READY   STATUS     RESTARTS   AGE',
      'myapp-pod   0/1     Init:1/2   0          6m',
    ])).toBe(
      [
        '--- recorded',
        '+++ captured',
        '@@ -42,2 +42,2 @@',
        ' NAME        READY   STATUS     RESTARTS   AGE',
        '-myapp-pod   0/1     Init:0/2   0          6m',
        '+myapp-pod   0/1     Init:1/2   0          6m',
      ].join('\n'),
    );
  });

  it('shows three lines of context and splits distant changes into hunks', () => {
    const expected = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm'];
    const actual = ['A', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'M'];
    expect(diff(expected, actual, 10).split('\n')).toEqual([
      '--- recorded',
      '+++ captured',
      '@@ -10,4 +10,4 @@',
      '-a',
      '+A',
      ' b',
      ' c',
      ' d',
      '@@ -19,4 +19,4 @@',
      ' j',
      ' k',
      ' l',
      '-m',
      '+M',
    ]);
  });

  it('merges hunks whose context would touch', () => {
    const out = diff(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'], ['A', 'b', 'c', 'd', 'e', 'f', 'g', 'H'], 1);
    expect(out.split('\n').filter((l) => l.startsWith('@@'))).toEqual(['@@ -1,8 +1,8 @@']);
  });

  it('shows wildcard lines that matched as context, counted as one line on each side', () => {
    expect(diff(['pod   [..]', '...', 'end', 'old'], ['pod   5s', 'x', 'y', 'end', 'new'], 7).split('\n')).toEqual([
      '--- recorded',
      '+++ captured',
      '@@ -7,4 +7,4 @@',
      ' pod   [..]',
      ' ...',
      ' end',
      '-old',
      '+new',
    ]);
  });

  it('uses the line before an empty side, as GNU diff does, when nothing was recorded', () => {
    expect(diff([], ['pod/myapp-pod created'], 42).split('\n')).toEqual(['--- recorded', '+++ captured', '@@ -41,0 +42 @@', '+pod/myapp-pod created']);
    expect(diff(['gone'], [], 42).split('\n')).toEqual(['--- recorded', '+++ captured', '@@ -42 +41,0 @@', '-gone']);
  });

  it('makes whitespace visible when a changed line differs from its replacement only in whitespace', () => {
    expect(diff(['Server:         10.96.0.10', 'same'], ['Server:\t\t10.96.0.10', 'same']).split('\n').slice(3)).toEqual([
      '-Server:·········10.96.0.10',
      '+Server:→→10.96.0.10',
      ' same',
    ]);
    expect(diff(['a b'], ['a\u00a0b']).split('\n').slice(3)).toEqual(['-a·b', '+a<U+00A0>b']);
  });

  it('leaves whitespace alone in lines that differ in text', () => {
    expect(diff(['a  b'], ['a  c']).split('\n').slice(3)).toEqual(['-a  b', '+a  c']);
  });

  it('shows control characters as pictures so captured escapes cannot restyle the terminal', () => {
    expect(diff(['red'], ['\x1b[31mred\x1b[0m\x07']).split('\n').slice(3)).toEqual(['-red', '+␛[31mred␛[0m␇']);
  });

  it('is empty when nothing changed', () => {
    expect(diff(['a', '...'], ['a', 'b'])).toBe('');
  });
});
