// apps/v1 workloads keep the selector they were created with: an update that changes it is
// refused with ValidateImmutableField's message (the selector as Go's %#v prints it); one that
// only writes it differently (an empty list for none) is taken.
import { describe, expect, it } from 'vitest';
import { typeForKind } from '../../../../src/sim/api/resources.js';
import type { KubeObject } from '../../../../src/sim/api/types.js';
import { Cluster } from '../../../../src/sim/cluster/cluster.js';
import { defaultSimConfig } from '../../../../src/sim/core/config/config.js';
import { rejectionCauses } from './rejection-causes.js';

const template = (labels: Record<string, string>) => ({ metadata: { labels }, spec: { containers: [{ name: 'c', image: 'nginx' }] } });
const workload = (kind: string, labels: Record<string, string>): KubeObject =>
  ({ apiVersion: 'apps/v1', kind, metadata: { name: 'w', namespace: 'default' }, spec: { selector: { matchLabels: labels }, template: template(labels) } }) as unknown as KubeObject;

describe('the selector of an apps/v1 workload', () => {
  for (const kind of ['Deployment', 'ReplicaSet', 'DaemonSet']) {
    it(`cannot change on a ${kind}`, () => {
      const type = typeForKind(kind, 'apps/v1')!;
      const api = new Cluster(defaultSimConfig()).api;
      const stored = api.create(type, 'default', workload(kind, { app: 'nginx' })) as KubeObject & { spec: Record<string, unknown> };
      const changed = { ...stored, spec: { ...stored.spec, selector: { matchLabels: { 'app.kubernetes.io/name': 'nginx' } }, template: template({ 'app.kubernetes.io/name': 'nginx' }) } };
      expect(rejectionCauses(() => api.update(type, 'default', changed))).toEqual([
        'spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{"app.kubernetes.io/name":"nginx"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: field is immutable',
      ]);
      const expressions = { ...stored, spec: { ...stored.spec, selector: { matchLabels: { app: 'nginx' }, matchExpressions: [{ key: 'tier', operator: 'In', values: ['web'] }] }, template: template({ app: 'nginx', tier: 'web' }) } };
      expect(rejectionCauses(() => api.update(type, 'default', expressions))).toEqual([
        'spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{"app":"nginx"}, MatchExpressions:[]v1.LabelSelectorRequirement{v1.LabelSelectorRequirement{Key:"tier", Operator:"In", Values:[]string{"web"}}}}: field is immutable',
      ]);
      // The same selector written with an empty list of expressions is the same selector.
      const same = { ...stored, spec: { ...stored.spec, selector: { matchLabels: { app: 'nginx' }, matchExpressions: [] } } };
      expect(() => api.update(type, 'default', same)).not.toThrow();
    });
  }
});
