// ResourceQuotas through the in-process API server: the status a create resets and an update
// keeps, canonical quantities, and ValidateResourceQuota's messages.
import { describe, expect, it } from 'vitest';
import type { ResourceQuota } from '../../../../src/sim/api/policy-types.js';
import { typeForKind } from '../../../../src/sim/api/resources.js';
import { Cluster } from '../../../../src/sim/cluster/cluster.js';
import { defaultSimConfig } from '../../../../src/sim/core/config/config.js';
import { rejectionCauses } from './rejection-causes.js';

const QUOTAS = typeForKind('ResourceQuota', 'v1')!;

const body = (name: string, spec: Record<string, unknown>, extra: Record<string, unknown> = {}): ResourceQuota =>
  ({ apiVersion: 'v1', kind: 'ResourceQuota', metadata: { name }, spec, ...extra }) as unknown as ResourceQuota;

const createErrors = (spec: Record<string, unknown>) => rejectionCauses(() => new Cluster(defaultSimConfig()).api.create(QUOTAS, 'default', body('q', spec)));

describe('ResourceQuota storage', () => {
  it('ignores a status sent on create and stores the hard quantities in canonical form', () => {
    const cluster = new Cluster(defaultSimConfig());
    const rq = cluster.api.create(QUOTAS, 'default', body('q', { hard: { 'requests.cpu': 1, cpu: 0.5, memory: '1.5Gi', pods: '2', secrets: '1e1' } }, { status: { hard: { pods: '2' }, used: { pods: '1' } } }));
    expect(rq.status).toEqual({});
    expect(rq.spec).toEqual({ hard: { 'requests.cpu': '1', cpu: '500m', memory: '1536Mi', pods: '2', secrets: '10' } });
  });

  it('keeps the stored status on update, whatever the body says', () => {
    const cluster = new Cluster(defaultSimConfig());
    cluster.api.create(QUOTAS, 'default', body('q', { hard: { pods: '2' } }));
    const status = { hard: { pods: '2' }, used: { pods: '1' } };
    const stored = cluster.api.updateStatus(QUOTAS, { ...cluster.api.get<ResourceQuota>(QUOTAS, 'default', 'q'), status });
    const updated = cluster.api.update(QUOTAS, 'default', { ...stored, spec: { hard: { pods: 3 } }, status: { hard: { pods: '9' } } });
    expect(updated.spec).toEqual({ hard: { pods: '3' } });
    expect(updated.status).toEqual(status);
  });

  it('leaves out empty lists, as etcd drops them', () => {
    const rq = new Cluster(defaultSimConfig()).api.create(QUOTAS, 'default', body('q', { hard: {}, scopes: [], scopeSelector: { matchExpressions: [] } }));
    expect(rq.spec).toEqual({ scopeSelector: {} });
  });
});

describe('ResourceQuota validation', () => {
  it('rejects negative quantities, fractions of countable resources and names quota does not track', () => {
    expect(createErrors({ hard: { cpu: '-1', pods: 1.5, 'count/secrets': '0.5', widgets: '3', 'requests.nvidia.com/gpu': '1' } })).toEqual([
      'spec.hard[count/secrets]: Invalid value: resource.Quantity{i:resource.int64Amount{value:5, scale:-1}, d:resource.infDecAmount{Dec:(*inf.Dec)(nil)}, s:"", Format:"DecimalSI"}: must be an integer',
      'spec.hard[cpu]: Invalid value: "-1": must be greater than or equal to 0',
      'spec.hard[pods]: Invalid value: resource.Quantity{i:resource.int64Amount{value:15, scale:-1}, d:resource.infDecAmount{Dec:(*inf.Dec)(nil)}, s:"", Format:"DecimalSI"}: must be an integer',
      'spec.hard[widgets]: Invalid value: "widgets": must be a standard resource type or fully qualified',
      'spec.hard[widgets]: Invalid value: "widgets": must be a standard resource for quota',
    ]);
  });

  it('accepts object counts and quota names for extended resources', () => {
    expect(() => new Cluster(defaultSimConfig()).api.create(QUOTAS, 'default', body('q', { hard: { 'count/deployments.apps': '3', 'requests.nvidia.com/gpu': '2', 'services.nodeports': '0' } }))).not.toThrow();
  });

  it('rejects unknown scopes, scopes that cannot limit a resource, and conflicting scopes', () => {
    expect(createErrors({ hard: { pods: '5', memory: '1Gi' }, scopes: ['BestEffort', 'NotBestEffort', 'Sometimes'] })).toEqual([
      'spec.scopes: Invalid value: []core.ResourceQuotaScope{"BestEffort", "NotBestEffort", "Sometimes"}: unsupported scope applied to resource',
      'spec.scopes: Invalid value: []core.ResourceQuotaScope{"BestEffort", "NotBestEffort", "Sometimes"}: unsupported scope',
      'spec.scopes: Invalid value: []core.ResourceQuotaScope{"BestEffort", "NotBestEffort", "Sometimes"}: conflicting scopes',
    ]);
  });

  it('checks each scope selector requirement’s scope, operator and values', () => {
    const matchExpressions = [
      { scopeName: 'Terminating', operator: 'In', values: ['x'] },
      { scopeName: 'PriorityClass', operator: 'NotIn' },
      { scopeName: 'NotTerminating', operator: 'Exists' },
    ];
    expect(createErrors({ hard: { pods: '1' }, scopeSelector: { matchExpressions } })).toEqual([
      "spec.scopeSelector.matchExpressions.operator: Invalid value: \"In\": must be 'Exists' when scope is any of ResourceQuotaScopeTerminating, ResourceQuotaScopeNotTerminating, ResourceQuotaScopeBestEffort, ResourceQuotaScopeNotBestEffort or ResourceQuotaScopeCrossNamespacePodAffinity",
      "spec.scopeSelector.matchExpressions.values: Required value: must be at least one value when `operator` is 'In' or 'NotIn' for scope selector",
      'spec.scopeSelector.matchExpressions: Invalid value: []core.ResourceQuotaScope(nil): conflicting scopes',
    ]);
  });

  it('prints the whole selector when a selected scope cannot limit a resource', () => {
    const matchExpressions = [{ scopeName: 'BestEffort', operator: 'Exists' }];
    expect(createErrors({ hard: { 'requests.cpu': '1' }, scopeSelector: { matchExpressions } })).toEqual([
      'spec.scopeSelector.matchExpressions: Invalid value: core.ScopeSelector{MatchExpressions:[]core.ScopedResourceSelectorRequirement{core.ScopedResourceSelectorRequirement{ScopeName:"BestEffort", Operator:"Exists", Values:[]string(nil)}}}: unsupported scope applied to resource',
    ]);
  });

  it('validates an update too', () => {
    const cluster = new Cluster(defaultSimConfig());
    const rq = cluster.api.create(QUOTAS, 'default', body('q', { hard: { pods: '2' } }));
    expect(rejectionCauses(() => cluster.api.update(QUOTAS, 'default', { ...rq, spec: { hard: { pods: '0.5' } } }))).toEqual([
      'spec.hard[pods]: Invalid value: resource.Quantity{i:resource.int64Amount{value:5, scale:-1}, d:resource.infDecAmount{Dec:(*inf.Dec)(nil)}, s:"", Format:"DecimalSI"}: must be an integer',
    ]);
  });
});
