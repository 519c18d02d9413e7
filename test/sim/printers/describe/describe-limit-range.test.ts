// describeLimitRange: one row per item and resource, `-` for what an item does not set.
import { describe, expect, it } from 'vitest';
import type { LimitRange, LimitRangeItem } from '../../../../src/sim/api/policy-types.js';
import { describeLimitRange } from '../../../../src/sim/printers/describe/describe-limit-range.js';

const limitRange = (name: string, namespace: string, limits: LimitRangeItem[] | null): LimitRange => ({
  apiVersion: 'v1',
  kind: 'LimitRange',
  metadata: { name, namespace },
  spec: { limits },
});

describe('kubectl describe limitrange', () => {
  it('prints a memory default range', () => {
    const lr = limitRange('mem-limit-range', 'default-mem-example', [{ type: 'Container', default: { memory: '512Mi' }, defaultRequest: { memory: '256Mi' } }]);
    expect(describeLimitRange(lr)).toBe(
      [
        'Name:       mem-limit-range',
        'Namespace:  default-mem-example',
        'Type        Resource  Min  Max  Default Request  Default Limit  Max Limit/Request Ratio',
        '----        --------  ---  ---  ---------------  -------------  -----------------------',
        'Container   memory    -    -    256Mi            512Mi          -',
        '',
      ].join('\n'),
    );
  });

  it('prints the defaults the API filled in from max', () => {
    const lr = limitRange('mem-min-max-demo-lr', 'constraints-mem-example', [
      { type: 'Container', default: { memory: '1Gi' }, defaultRequest: { memory: '1Gi' }, max: { memory: '1Gi' }, min: { memory: '500Mi' } },
    ]);
    expect(describeLimitRange(lr).split('\n')[4]).toBe('Container   memory    500Mi  1Gi  1Gi              1Gi            -');
  });

  it('prints the items in order and one item’s resources sorted by name (kubectl: Go map order)', () => {
    const lr = limitRange('mixed', 'default', [
      { type: 'Pod', maxLimitRequestRatio: { memory: '2' } },
      { type: 'Container', max: { memory: '1Gi', cpu: '2' }, default: { memory: '1Gi', cpu: '2', 'ephemeral-storage': '1Gi' }, defaultRequest: { memory: '64Mi', cpu: '100m', 'ephemeral-storage': '1Gi' } },
      { type: 'PersistentVolumeClaim', min: { storage: '1Gi' }, max: { storage: '2Gi' } },
    ]);
    expect(describeLimitRange(lr).split('\n').slice(2)).toEqual([
      'Type                   Resource           Min  Max  Default Request  Default Limit  Max Limit/Request Ratio',
      '----                   --------           ---  ---  ---------------  -------------  -----------------------',
      'Pod                    memory             -    -    -                -              2',
      'Container              cpu                -    2    100m             2              -',
      'Container              ephemeral-storage  -    -    1Gi              1Gi            -',
      'Container              memory             -    1Gi  64Mi             1Gi            -',
      'PersistentVolumeClaim  storage            1Gi  2Gi  -                -              -',
      '',
    ]);
  });

  it('prints only the header for a range without limits', () => {
    expect(describeLimitRange(limitRange('empty', 'default', null)).split('\n')).toHaveLength(5);
  });
});
