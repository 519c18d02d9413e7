// The aggregator's APIService table: SERVICE is the reference or Local, AVAILABLE the condition's
// status with its reason when it is not True.
import { describe, expect, it } from 'vitest';
import type { APIService, APIServiceCondition } from '../../../../src/sim/api/apiservice-types.js';
import { apiServiceTable } from '../../../../src/sim/printers/tables/apiservice-table.js';

const NOW = Date.UTC(2025, 0, 6, 10, 0, 0);
const svc = (service: APIService['spec']['service'], condition?: Partial<APIServiceCondition>): APIService => ({
  apiVersion: 'apiregistration.k8s.io/v1',
  kind: 'APIService',
  metadata: { name: 'v1beta1.metrics.k8s.io', creationTimestamp: '2025-01-06T09:58:00Z' },
  spec: { ...(service ? { service } : {}), group: 'metrics.k8s.io', version: 'v1beta1', groupPriorityMinimum: 100, versionPriority: 100 },
  status: condition ? { conditions: [{ type: 'Available', status: 'True', ...condition }] } : {},
});

describe('apiServiceTable', () => {
  it('has the aggregator’s columns', () => {
    expect(apiServiceTable.columns.map((c) => c.name)).toEqual(['Name', 'Service', 'Available', 'Age']);
  });

  it('prints the service reference and availability with its reason', () => {
    const ref = { namespace: 'kube-system', name: 'metrics-server', port: 443 };
    expect(apiServiceTable.cells(svc(ref, { status: 'False', reason: 'MissingEndpoints' }), NOW)).toEqual(['v1beta1.metrics.k8s.io', 'kube-system/metrics-server', 'False (MissingEndpoints)', '2m']);
    expect(apiServiceTable.cells(svc(ref, { status: 'True', reason: 'Passed' }), NOW)[2]).toBe('True');
    expect(apiServiceTable.cells(svc(undefined, { status: 'False' }), NOW).slice(1, 3)).toEqual(['Local', 'False']);
    expect(apiServiceTable.cells(svc(ref), NOW)[2]).toBe('Unknown');
  });
});
