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

describe('a create with generateName', () => {
  const generated = (): KubeObject => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: '', generateName: 'cm-' } });
  const named = (name: string): KubeObject => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name } });

  it('generates the name again when the one it drew is taken (RetryGenerateName), as many as 8 tries', () => {
    // The names a fresh cluster draws, in order.
    const fresh = new Cluster(defaultSimConfig());
    const draws = Array.from({ length: 9 }, () => fresh.api.create<KubeObject>(CONFIGMAPS, 'default', generated()).metadata.name);
    // A cluster where the first draw is taken gets the second.
    const cluster = new Cluster(defaultSimConfig());
    cluster.api.create(CONFIGMAPS, 'default', named(draws[0]!));
    expect(cluster.api.create<KubeObject>(CONFIGMAPS, 'default', generated()).metadata.name).toBe(draws[1]);
    // Eight draws taken: AlreadyExists on the eighth, as the real server gives up.
    const full = new Cluster(defaultSimConfig());
    for (const name of draws.slice(0, 8)) full.api.create(CONFIGMAPS, 'default', named(name));
    expect(() => full.api.create(CONFIGMAPS, 'default', generated())).toThrow(`configmaps "${draws[7]}" already exists`);
  });
});
