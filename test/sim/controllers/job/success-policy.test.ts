// TestMatchSuccessPolicy from pkg/controller/job/success_policy_test.go (1.32), with the feature
// gate on as in 1.32 (the case that turns it off is left out).
import { describe, expect, it } from 'vitest';
import type { Interval } from '../../../../src/sim/controllers/job/indexes.js';
import { matchSuccessPolicy, type SuccessPolicy } from '../../../../src/sim/controllers/job/success-policy.js';

const iv = (...pairs: Array<[number, number]>): Interval[] => pairs.map(([first, last]) => ({ first, last }));
const MET = 'Matched rules at index 0';

const CASES: Array<{ name: string; policy?: SuccessPolicy; succeeded: Interval[]; want?: string }> = [
  { name: 'successPolicy is null', succeeded: iv([0, 0]) },
  { name: 'any rules are nothing', succeeded: iv([0, 0]), policy: { rules: [] } },
  { name: 'rules.succeededIndexes is invalid format', succeeded: iv([0, 0]), policy: { rules: [{ succeededIndexes: 'invalid-form' }] } },
  { name: 'succeededIndexes matched rules', succeeded: iv([0, 2], [4, 7]), policy: { rules: [{ succeededIndexes: '0-2' }] }, want: MET },
  { name: "succeededIndexes didn't match rules", succeeded: iv([0, 2]), policy: { rules: [{ succeededIndexes: '3' }] } },
  { name: 'rules.succeededCount is specified; matched', succeeded: iv([0, 2]), policy: { rules: [{ succeededCount: 2 }] }, want: MET },
  { name: "rules.succeededCount is specified; didn't match", succeeded: iv([0, 2]), policy: { rules: [{ succeededCount: 4 }] } },
  { name: 'multiple rules; met one of rules', succeeded: iv([0, 2], [4, 7]), policy: { rules: [{ succeededIndexes: '9' }, { succeededIndexes: '4,6' }] }, want: 'Matched rules at index 1' },
  { name: 'multiple rules; met all rules', succeeded: iv([0, 2], [4, 7]), policy: { rules: [{ succeededIndexes: '0,1' }, { succeededIndexes: '5' }] }, want: MET },
  { name: 'succeededIndexes and succeededCount; met', succeeded: iv([0, 2], [4, 7]), policy: { rules: [{ succeededIndexes: '3-6', succeededCount: 2 }] }, want: MET },
  { name: "succeededIndexes and succeededCount; didn't match", succeeded: iv([0, 2], [6, 7]), policy: { rules: [{ succeededIndexes: '3-6', succeededCount: 2 }] } },
  { name: 'succeededIndexes are nothing', succeeded: [], policy: { rules: [{ succeededCount: 4 }] } },
  { name: 'rules is proper subset of succeededIndexes', succeeded: iv([1, 5], [6, 9]), policy: { rules: [{ succeededIndexes: '2-4,6-8' }] }, want: MET },
  { name: 'rules equals succeededIndexes', succeeded: iv([2, 4], [6, 9]), policy: { rules: [{ succeededIndexes: '2-4,6-9' }] }, want: MET },
  { name: 'rules is subset of succeededIndexes', succeeded: iv([2, 5], [7, 15]), policy: { rules: [{ succeededIndexes: '2-4,8-12' }] }, want: MET },
  { name: 'rules is an empty set', succeeded: iv([1, 3]), policy: { rules: [{ succeededIndexes: '' }] } },
  { name: 'succeededIndexes is an empty set', succeeded: [], policy: { rules: [{ succeededIndexes: '' }] } },
  { name: 'no element of the rule succeeded', succeeded: iv([1, 3], [5, 7]), policy: { rules: [{ succeededIndexes: '10-12,14-16' }] } },
  { name: 'rules overlaps succeededIndexes at first', succeeded: iv([2, 4], [6, 8]), policy: { rules: [{ succeededIndexes: '1-3,5-7' }] } },
  { name: 'with succeededCount; rules overlaps at first', succeeded: iv([2, 4], [6, 8]), policy: { rules: [{ succeededIndexes: '1-3,5-7', succeededCount: 4 }] }, want: MET },
  { name: 'rules overlaps succeededIndexes at last', succeeded: iv([1, 3], [5, 7]), policy: { rules: [{ succeededIndexes: '2-4,6-9' }] } },
  { name: 'with succeededCount; rules overlaps at last', succeeded: iv([1, 3], [5, 7]), policy: { rules: [{ succeededIndexes: '2-4,6-9', succeededCount: 4 }] }, want: MET },
  { name: 'rules completely overlaps succeededIndexes', succeeded: iv([1, 3], [7, 8]), policy: { rules: [{ succeededIndexes: '0-4,6-9' }] } },
  { name: 'with succeededCount; rules completely overlaps', succeeded: iv([1, 3], [7, 8]), policy: { rules: [{ succeededIndexes: '0-4,6-9', succeededCount: 5 }] }, want: MET },
  { name: 'rules overlaps multiple succeededIndexes at last', succeeded: iv([1, 3], [5, 9]), policy: { rules: [{ succeededIndexes: '0-6,8-9' }] } },
  { name: 'with succeededCount; overlaps multiple at last', succeeded: iv([1, 3], [5, 9]), policy: { rules: [{ succeededIndexes: '0-6,8-9', succeededCount: 7 }] }, want: MET },
  { name: 'overlaps at first, equals at last', succeeded: iv([1, 5], [7, 10]), policy: { rules: [{ succeededIndexes: '0-5,7-9' }] } },
  { name: 'with succeededCount; overlaps at first, equals at last', succeeded: iv([1, 5], [7, 10]), policy: { rules: [{ succeededIndexes: '0-5,7-9', succeededCount: 8 }] }, want: MET },
  { name: 'the first rule overlaps at first', succeeded: iv([1, 10]), policy: { rules: [{ succeededIndexes: '0-3,6-9' }] } },
  { name: 'with succeededCount; the first rule overlaps at first', succeeded: iv([1, 10]), policy: { rules: [{ succeededIndexes: '0-3,6-9', succeededCount: 7 }] }, want: MET },
];

describe('matchSuccessPolicy (success_policy_test.go)', () => {
  for (const c of CASES) {
    it(c.name, () => {
      expect(matchSuccessPolicy(c.policy, 10, c.succeeded)).toBe(c.want);
    });
  }
});
