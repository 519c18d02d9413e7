// describeQuota: the scopes block, and Used converted to Hard's format.
import { describe, expect, it } from 'vitest';
import type { ResourceQuota, ResourceQuotaSpec } from '../../../../src/sim/api/policy-types.js';
import { describeResourceQuota } from '../../../../src/sim/printers/describe/describe-resource-quota.js';

function quota(name: string, namespace: string, status: ResourceQuota['status'], spec: ResourceQuotaSpec = { hard: status?.hard ?? {} }): ResourceQuota {
  return { apiVersion: 'v1', kind: 'ResourceQuota', metadata: { name, namespace }, spec, status };
}

describe('kubectl describe resourcequota', () => {
  it('prints used and hard for each resource of status.hard, sorted', () => {
    const status = {
      hard: { 'limits.cpu': '2', 'limits.memory': '2Gi', 'requests.cpu': '1', 'requests.memory': '1Gi' },
      used: { 'limits.cpu': '800m', 'limits.memory': '800Mi', 'requests.cpu': '400m', 'requests.memory': '600Mi' },
    };
    expect(describeResourceQuota(quota('mem-cpu-demo', 'quota-mem-cpu-example', status))).toBe(
      [
        'Name:            mem-cpu-demo',
        'Namespace:       quota-mem-cpu-example',
        'Resource         Used   Hard',
        '--------         ----   ----',
        'limits.cpu       800m   2',
        'limits.memory    800Mi  2Gi',
        'requests.cpu     400m   1',
        'requests.memory  600Mi  1Gi',
        '',
      ].join('\n'),
    );
  });

  it('prints a used quantity in the format of its hard one, rounded up to whole units', () => {
    const status = {
      hard: { memory: '1G', 'requests.memory': '2Gi', cpu: '1e1', pods: '2', 'count/configmaps': '3' },
      used: { memory: '500Mi', 'requests.memory': '0', cpu: '1500m', 'count/configmaps': '1' },
    };
    expect(describeResourceQuota(quota('formats', 'default', status))).toBe(
      [
        'Name:             formats',
        'Namespace:        default',
        'Resource          Used     Hard',
        '--------          ----     ----',
        'count/configmaps  1        3',
        'cpu               2        10',
        'memory            524288k  1G',
        'pods              0        2',
        'requests.memory   0        2Gi',
        '',
      ].join('\n'),
    );
  });

  it('lists the scopes sorted, each with its help text, and no rows before the controller fills the status', () => {
    const out = describeResourceQuota(quota('long-running', 'default', {}, { hard: { pods: '10' }, scopes: ['NotTerminating', 'NotBestEffort', 'PriorityClass'] }));
    expect(out).toBe(
      [
        'Name:       long-running',
        'Namespace:  default',
        'Scopes:     NotBestEffort, NotTerminating, PriorityClass',
        ' * Matches all pods that have at least one resource requirement set. These pods have a burstable or guaranteed quality of service.',
        ' * Matches all pods that do not have an active deadline. These pods usually include long running pods whose container command is not expected to terminate.',
        'Resource  Used  Hard',
        '--------  ----  ----',
        '',
      ].join('\n'),
    );
  });
});
