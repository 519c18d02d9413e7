// tolerations.MergeTolerations: the union of two lists, without a toleration another one already
// tolerates more than (cases from pkg/util/tolerations/tolerations_test.go).
import { describe, expect, it } from 'vitest';
import { mergeTolerations } from '../../../../src/sim/api/admission/merge-tolerations.js';
import type { Toleration } from '../../../../src/sim/api/types.js';

const t = (key: string, rest: Partial<Toleration> = {}): Toleration => ({ key, ...rest });

describe('mergeTolerations', () => {
  it('keeps both lists in order when nothing overlaps', () => {
    expect(mergeTolerations([t('a', { operator: 'Exists' })], [t('b', { operator: 'Exists' })])).toEqual([t('a', { operator: 'Exists' }), t('b', { operator: 'Exists' })]);
  });

  it('keeps the first of two equal tolerations', () => {
    const x = t('a', { operator: 'Equal', value: 'v', effect: 'NoSchedule' });
    expect(mergeTolerations([x], [{ ...x }])).toEqual([x]);
  });

  it('drops a toleration that a later or earlier one covers: any effect, any value, a shorter time', () => {
    const exists = t('a', { operator: 'Exists' });
    expect(mergeTolerations([t('a', { operator: 'Equal', value: 'v', effect: 'NoSchedule' })], [exists])).toEqual([exists]);
    expect(mergeTolerations([exists], [t('a', { operator: 'Equal', value: 'v' })])).toEqual([exists]);
    const forever = t('n', { operator: 'Exists', effect: 'NoExecute' });
    const brief = t('n', { operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 });
    expect(mergeTolerations([brief], [forever])).toEqual([forever]);
    expect(mergeTolerations([forever], [brief])).toEqual([forever]);
  });

  it('lets an empty key with Exists cover every key, and an empty operator mean Equal', () => {
    const all = { operator: 'Exists' };
    expect(mergeTolerations([t('a', { operator: 'Equal', value: 'x' }), t('b', { operator: 'Exists' })], [all])).toEqual([all]);
    // An empty operator covers an Equal one (it means Equal), but an Equal one does not cover it.
    expect(mergeTolerations([t('a', { value: 'x' })], [t('a', { operator: 'Equal', value: 'x' })])).toEqual([t('a', { value: 'x' })]);
    expect(mergeTolerations([t('a', { operator: 'Equal', value: 'x' })], [t('a', { value: 'x' })])).toEqual([t('a', { value: 'x' })]);
  });
});
