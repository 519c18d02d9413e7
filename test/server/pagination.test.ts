// LIST in pages: `?limit=` and `?continue=`, as kubectl's `--chunk-size` (500 by default) asks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Cluster } from '../../src/sim/cluster/cluster.js';
import { createObjects, kubectlCheck, startHarness, testConfig, type Harness } from './support/harness.js';

const PODS = ['a', 'b', 'c', 'd', 'e']
  .map((n) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${n}\nspec:\n  containers:\n  - name: main\n    image: busybox:1.36\n    command: ['sleep', '3600']\n`)
  .join('---\n');

describe('paged LISTs', () => {
  let h: Harness;
  const list = async (query: string) => (await fetch(`${h.server.url}/api/v1/namespaces/default/pods?${query}`)).json() as Promise<{ metadata: { continue?: string; remainingItemCount?: number; resourceVersion: string }; items: { metadata: { name: string } }[] }>;

  beforeAll(async () => {
    const cluster = new Cluster(testConfig());
    createObjects(cluster, PODS);
    h = await startHarness(cluster);
  });
  afterAll(() => h?.close());

  it('return at most `limit` items, a continue token and how many remain; the token resumes after the last', async () => {
    const first = await list('limit=2');
    expect(first.items.map((p) => p.metadata.name)).toEqual(['a', 'b']);
    expect(first.metadata.remainingItemCount).toBe(3);
    const second = await list(`limit=2&continue=${encodeURIComponent(first.metadata.continue!)}`);
    expect(second.items.map((p) => p.metadata.name)).toEqual(['c', 'd']);
    expect(second.metadata.resourceVersion).toBe(first.metadata.resourceVersion);
    const last = await list(`limit=2&continue=${encodeURIComponent(second.metadata.continue!)}`);
    expect(last.items.map((p) => p.metadata.name)).toEqual(['e']);
    expect(last.metadata.continue).toBeUndefined();
  });

  it('answer a token that is not theirs with 400 BadRequest', async () => {
    const r = await fetch(`${h.server.url}/api/v1/namespaces/default/pods?limit=2&continue=nonsense`);
    expect(r.status).toBe(400);
  });

  it.skipIf(!kubectlCheck.available)('let the real kubectl page a table with --chunk-size and print it whole', async () => {
    const paged = await h.kubectl(['get', 'pods', '--chunk-size=2', '-o', 'name']);
    expect(paged.stdout).toBe('pod/a\npod/b\npod/c\npod/d\npod/e\n');
    const table = await h.kubectl(['get', 'pods', '--chunk-size=2']);
    const whole = await h.kubectl(['get', 'pods', '--chunk-size=0']);
    expect(table.stdout).toBe(whole.stdout);
    expect(table.stdout.split('\n').filter(Boolean)).toHaveLength(6);
  });
});
