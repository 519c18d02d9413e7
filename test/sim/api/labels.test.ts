import { describe, expect, it } from 'vitest';
import { formatLabelSelector, formatLabels, labelSelectorString } from '../../../src/sim/api/labels.js';

describe('label formatting', () => {
  it('sorts labels by key in byte order', () => {
    expect(formatLabels({ b: '2', a: '1', B: '0' })).toBe('B=0,a=1,b=2');
    expect(formatLabels({})).toBe('<none>');
    expect(formatLabels(undefined)).toBe('<none>');
  });
  it('prints selectors as the apimachinery selector string', () => {
    expect(
      labelSelectorString({
        matchLabels: { tier: 'web', app: 'nginx' },
        matchExpressions: [
          { key: 'env', operator: 'In', values: ['prod', 'dev'] },
          { key: 'gpu', operator: 'DoesNotExist' },
          { key: 'canary', operator: 'Exists' },
          { key: 'zone', operator: 'NotIn', values: ['b'] },
        ],
      }),
    ).toBe('app=nginx,canary,env in (dev,prod),!gpu,tier=web,zone notin (b)');
  });
  it('distinguishes empty, absent and invalid selectors', () => {
    expect(labelSelectorString({})).toBe('');
    expect(labelSelectorString(undefined)).toBe('');
    expect(formatLabelSelector({})).toBe('<none>');
    expect(formatLabelSelector({ matchExpressions: [{ key: 'a', operator: 'In', values: [] }] })).toBe('<error>');
  });
});
