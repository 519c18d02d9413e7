import { describe, expect, it } from 'vitest';
import { scoreOutput } from '../../../src/bench/transcripts/score-output.js';

describe('scoreOutput', () => {
  it('counts the documented lines the simulator printed in order, after normalizing both', () => {
    const documented = ['NAME      READY     STATUS    RESTARTS   AGE', 'tiny      1/1       Running   0          20s'];
    const score = scoreOutput(documented, 'NAME   READY   STATUS    RESTARTS   AGE\ntiny   1/1     Running   0          21s\n');
    expect(score).toMatchObject({ matched: 2, total: 2, mismatches: [], elided: false });
    expect(score.documented).toEqual(score.simulated);
  });

  it('reports a documented line that is not there with the closest simulated line', () => {
    const header = 'NAME   READY   STATUS   RESTARTS   AGE';
    const score = scoreOutput([header, 'tiny   1/1   Running   0   5s'], `${header}\ntiny   0/1   ErrImagePull   0   5s\n`);
    expect(score.matched).toBe(1);
    expect(score.mismatches).toEqual([{ expected: 'tiny  1/1  Running  0  <AGE>', got: 'tiny  0/1  ErrImagePull  0  <AGE>' }]);
    expect(score.simulated.statuses).toEqual(['ErrImagePull']);
  });

  it('does not count blank lines and elisions, and lets an elision stand for any lines', () => {
    const documented = ['Name:          tiny', '[...]', '', '    State:         Running', '...'];
    const score = scoreOutput(documented, 'Name:  tiny\nNamespace:  default\n    State:  Running\n    Ready:  True\n');
    expect(score).toMatchObject({ matched: 2, total: 2, elided: true });
  });

  it('matches a value the source left out as `...` with any value', () => {
    const score = scoreOutput(['    Container ID:    ...', '    Exit Code:     ...'], '    Container ID:  containerd://4f1c0a7e\n    Exit Code:  1\n');
    expect(score.matched).toBe(2);
    expect(scoreOutput(['"template":...'], '"template":{"spec":1}\n').matched).toBe(0);
  });

  it('compares lines in any order when asked', () => {
    const documented = ['A=1', 'B=2', 'C=3'];
    expect(scoreOutput(documented, 'C=3\nB=2\nA=1\n').matched).toBe(1);
    expect(scoreOutput(documented, 'C=3\nB=2\nA=1\n', { unordered: true }).matched).toBe(3);
  });

  it('finds nothing of a documented output in an empty one', () => {
    expect(scoreOutput(['pod/tiny created'], '')).toMatchObject({ matched: 0, total: 1, mismatches: [{ expected: 'pod/tiny created' }] });
  });
});
