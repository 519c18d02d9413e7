// The in-process API server's create, as far as a dry run goes.
import { describe, expect, it } from 'vitest';
import { typeForKind } from '../../../src/sim/api/resources.js';
import type { KubeObject } from '../../../src/sim/api/types.js';
import { Cluster } from '../../../src/sim/cluster/cluster.js';
import { defaultSimConfig } from '../../../src/sim/core/config/config.js';

const CONFIGMAPS = typeForKind('ConfigMap', 'v1')!;
const DEPLOYMENTS = typeForKind('Deployment', 'apps/v1')!;

describe('a dry-run create', () => {
  it('answers with the system fields BeforeCreate fills (uid, creation time, generation) and stores nothing', () => {
    const cluster = new Cluster(defaultSimConfig());
    const cm = cluster.api.create<KubeObject>(CONFIGMAPS, 'default', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' } }, { dryRun: true });
    expect(cm.metadata.uid).toMatch(/^[0-9a-f-]{36}$/);
    expect(cm.metadata.creationTimestamp).toBe('2025-01-06T10:00:00Z');
    expect(cm.metadata.resourceVersion).toBeUndefined();
    expect(cluster.api.find(CONFIGMAPS, 'default', 'x')).toBeUndefined();
    const deployment = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web' },
      spec: { selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'c', image: 'nginx' }] } } },
    } as unknown as KubeObject;
    expect(cluster.api.create(DEPLOYMENTS, 'default', deployment, { dryRun: true }).metadata.generation).toBe(1);
  });

  it('draws its uid apart from stored objects, so a dry run changes no later uid', () => {
    const uidAfter = (dryRunFirst: boolean) => {
      const cluster = new Cluster(defaultSimConfig());
      const body = (name: string): KubeObject => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name } });
      if (dryRunFirst) cluster.api.create(CONFIGMAPS, 'default', body('x'), { dryRun: true });
      return cluster.api.create(CONFIGMAPS, 'default', body('y')).metadata.uid;
    };
    expect(uidAfter(true)).toBe(uidAfter(false));
  });
});
