import { describe, expect, it } from 'vitest';
import { formatCaseLine, formatDetails, formatTotal, type CaseResult } from '../../../src/bench/transcripts/format-scores.js';
import type { OutputScore } from '../../../src/bench/transcripts/score-output.js';

const none = { statuses: [], restarts: [], reasons: [] };
const output = (matched: number, total: number, mismatches: OutputScore['mismatches'] = []): OutputScore => ({
  matched,
  total,
  mismatches,
  documented: none,
  simulated: none,
  elided: false,
});

const liveness: CaseResult = {
  id: '07',
  name: 'liveness-exec-restart',
  score: {
    matched: 12,
    total: 15,
    inOrder: 'yes',
    notPlanned: [],
    outcomes: [
      { kind: 'scored', step: '2', score: output(4, 5, [{ expected: 'Normal  Created  <AGE>  kubelet  Created container liveness', got: 'Normal  Created  <AGE>  kubelet  Created container: liveness' }]) },
      { kind: 'scored', step: '4', score: output(8, 10, [{ expected: 'a' }, { expected: 'b', got: 'c' }]) },
    ],
  },
};
const debug: CaseResult = {
  id: '08',
  name: 'crashloop',
  score: {
    matched: 2,
    total: 3,
    inOrder: 'no',
    notPlanned: ['C9'],
    outcomes: [
      { kind: 'scored', step: 'A2', score: output(2, 3), difference: { step: 'A2', kind: 'restarts', expected: ['3'], got: ['2'] } },
      { kind: 'not-supported', step: 'A3', why: 'error: kubectl debug is not supported by the simulator', lines: 2 },
      { kind: 'not-scored', step: '6', why: 'the transcript says DO NOT SCORE' },
    ],
  },
};
const unplanned: CaseResult = { id: '30', name: 'new', problems: ['no plan at bench/transcripts/30-new.mjs'] };

describe('formatCaseLine', () => {
  it('prints the lines reproduced and the order verdict, then what was not supported or scored', () => {
    expect(formatCaseLine(liveness)).toBe('07 liveness-exec-restart: 12/15 lines, statuses/restarts/reasons in order: yes');
    expect(formatCaseLine(debug)).toBe(
      '08 crashloop: 2/3 lines, statuses/restarts/reasons in order: no (not supported: 1 step (2 lines); not scored: 1 step; not in the plan: step C9)',
    );
    expect(formatCaseLine(unplanned)).toBe('30 new: not scored (no plan at bench/transcripts/30-new.mjs)');
  });
});

describe('formatTotal', () => {
  it('adds up the scored cases', () => {
    expect(formatTotal([liveness, debug, unplanned])).toBe(
      'total: 14/18 lines (77.8%) over 2 cases (1 not scored); statuses/restarts/reasons in order in 1 of 2 cases; not supported: 1 step (2 lines)',
    );
  });
});

describe('formatDetails', () => {
  it('lists the first mismatching lines, expected above got', () => {
    expect(formatDetails(liveness, 2)).toEqual([
      '    step 2: expected: Normal  Created  <AGE>  kubelet  Created container liveness',
      '            got:      Normal  Created  <AGE>  kubelet  Created container: liveness',
      '    step 4: expected: a',
      '            got:      (nothing)',
      '    ... and 1 more mismatching line',
    ]);
  });

  it('says which sequence differs, and why steps were not supported or scored', () => {
    expect(formatDetails(debug)).toEqual([
      '    step A2: restarts expected [3], got [2]',
      '    step A3: not supported: error: kubectl debug is not supported by the simulator',
      '    step 6: not scored: the transcript says DO NOT SCORE',
    ]);
  });
});
