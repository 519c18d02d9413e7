// printResourceQuota's REQUEST and LIMIT cells, printed as kubectl get prints the server's Table.
import { describe, expect, it } from 'vitest';
import type { ResourceList, ResourceQuota } from '../../../../src/sim/api/policy-types.js';
import { printTables } from '../../../../src/sim/printers/print-table.js';
import { buildTable } from '../../../../src/sim/printers/tables/build-table.js';
import { ago, NOW } from './fixtures.js';

function quota(name: string, seconds: number, status?: { hard: ResourceList; used?: ResourceList }): ResourceQuota {
  return {
    apiVersion: 'v1',
    kind: 'ResourceQuota',
    metadata: { name, namespace: 'quota-mem-cpu-example', creationTimestamp: ago(seconds) },
    spec: { hard: status?.hard ?? {} },
    ...(status ? { status } : { status: {} }),
  };
}

const get = (...quotas: ResourceQuota[]) => printTables([{ kind: 'ResourceQuota', table: buildTable('ResourceQuota', quotas, { now: NOW }) }]);

const MEM_CPU_HARD = { 'limits.cpu': '2', 'limits.memory': '2Gi', 'requests.cpu': '1', 'requests.memory': '1Gi' };

describe('kubectl get resourcequota', () => {
  it('lists requests and other resources under REQUEST and limits.* under LIMIT, sorted by name', () => {
    const used = { 'limits.cpu': '0', 'limits.memory': '0', 'requests.cpu': '0', 'requests.memory': '0' };
    expect(get(quota('mem-cpu-demo', 39, { hard: MEM_CPU_HARD, used }))).toBe(
      'NAME           AGE   REQUEST                                     LIMIT\n' +
        'mem-cpu-demo   39s   requests.cpu: 0/1, requests.memory: 0/1Gi   limits.cpu: 0/2, limits.memory: 0/2Gi\n',
    );
  });

  it('shows the usage the controller computed in its own format', () => {
    const used = { 'limits.cpu': '800m', 'limits.memory': '800Mi', 'requests.cpu': '400m', 'requests.memory': '600Mi' };
    expect(get(quota('mem-cpu-demo', 120, { hard: MEM_CPU_HARD, used }))).toBe(
      'NAME           AGE   REQUEST                                            LIMIT\n' +
        'mem-cpu-demo   2m    requests.cpu: 400m/1, requests.memory: 600Mi/1Gi   limits.cpu: 800m/2, limits.memory: 800Mi/2Gi\n',
    );
  });

  it('leaves LIMIT empty for a pods quota, and prints a resource missing from used as 0', () => {
    expect(get(quota('pod-demo', 5, { hard: { pods: '2' } }))).toBe('NAME       AGE   REQUEST     LIMIT\npod-demo   5s    pods: 0/2   \n');
  });

  it('puts object counts and unprefixed cpu and memory under REQUEST', () => {
    const hard = { 'count/configmaps': '12', cpu: '1500m', memory: '1536Mi', 'limits.ephemeral-storage': '4Gi', services: '5' };
    const used = { 'count/configmaps': '1', cpu: '0', memory: '0', 'limits.ephemeral-storage': '0', services: '0' };
    const [, row] = get(quota('mixed', 5, { hard, used })).split('\n');
    expect(row).toBe('mixed   5s    count/configmaps: 1/12, cpu: 0/1500m, memory: 0/1536Mi, services: 0/5   limits.ephemeral-storage: 0/4Gi');
  });

  it('has empty REQUEST and LIMIT cells until the quota controller fills the status', () => {
    expect(get(quota('fresh', 3))).toBe('NAME    AGE   REQUEST   LIMIT\nfresh   3s              \n');
  });

  it('declares the 1.32 columns, AGE before REQUEST and LIMIT', () => {
    expect(buildTable('ResourceQuota', [], { now: NOW }).columnDefinitions?.map((c) => c.name)).toEqual(['Name', 'Age', 'Request', 'Limit']);
  });
});
