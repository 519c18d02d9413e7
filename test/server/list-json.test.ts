// LIST answers written from the per-object text cache are the bytes JSON.stringify gives for the
// Table or <Kind>List that represent.ts builds, in every representation, and a cached row is
// written again when the clock has moved (AGE).
import { describe, expect, it } from 'vitest';
import { tableJson, typedListJson } from '../../src/server/list-json.js';
import { representList } from '../../src/server/represent.js';
import { typeForKind } from '../../src/sim/api/resources.js';
import { Cluster } from '../../src/sim/cluster/cluster.js';
import { createObjects, testConfig } from './support/harness.js';

const OBJECTS = `apiVersion: v1
kind: Pod
metadata: { name: runs, labels: { app: x } }
spec: { containers: [{ name: main, image: busybox:1.36, command: ['sleep', '3600'] }] }
---
apiVersion: v1
kind: Pod
metadata: { name: fails }
spec: { restartPolicy: Never, containers: [{ name: main, image: busybox:1.36, command: ['sh', '-c', 'exit 3'] }] }
---
apiVersion: v1
kind: Pod
metadata: { name: inits }
spec:
  initContainers: [{ name: init, image: busybox:1.36, command: ['sleep', '3600'] }]
  containers: [{ name: main, image: busybox:1.36 }]
---
apiVersion: v1
kind: ConfigMap
metadata: { name: plain }
data: { k: "v\\u00e9\\u2028" }
`;

describe('list JSON from the text cache', () => {
  const cluster = new Cluster(testConfig());
  createObjects(cluster, OBJECTS);
  cluster.loop.advanceTo(cluster.loop.now() + 30_000);
  const api = cluster.api;
  const types = ['Pod', 'ConfigMap', 'Secret', 'Event'].map((k) => typeForKind(k, 'v1')!);
  const meta = { resourceVersion: api.store.revision(), continue: 'eyJ0b2tlbiI6MX0', remainingItemCount: 7 };

  it('writes each type\'s Table as JSON.stringify would, in each version and includeObject', () => {
    for (const type of types) {
      const items = api.viewList(type, 'default');
      for (const version of ['v1', 'v1beta1'] as const) {
        for (const include of ['', 'includeObject=None', 'includeObject=Object', 'includeObject=Metadata']) {
          const query = new URLSearchParams(include);
          const now = cluster.loop.now();
          const expected = representList(type, items, meta.resourceVersion, { kind: 'table', version }, query, now) as { metadata: object };
          expected.metadata = { ...expected.metadata, continue: meta.continue, remainingItemCount: meta.remainingItemCount };
          expect(tableJson(type, items, meta, { now, version, query }).toString()).toBe(`${JSON.stringify(expected)}\n`);
          // A second time, from the cache.
          expect(tableJson(type, items, meta, { now, version, query }).toString()).toBe(`${JSON.stringify(expected)}\n`);
        }
      }
    }
  });

  it('writes an empty list (rows null for the default convertor) and a list without a token', () => {
    const type = typeForKind('Secret', 'v1')!;
    const now = cluster.loop.now();
    const bare = { resourceVersion: '12' };
    expect(tableJson(type, [], bare, { now, version: 'v1', query: new URLSearchParams() }).toString()).toBe(`${JSON.stringify(representList(type, [], '12', { kind: 'table', version: 'v1' }, new URLSearchParams(), now))}\n`);
    expect(typedListJson(type, [], bare).toString()).toBe(`${JSON.stringify(representList(type, [], '12', { kind: 'object' }, new URLSearchParams(), now))}\n`);
  });

  it('writes the typed list as JSON.stringify would', () => {
    for (const type of types) {
      const items = api.viewList(type, 'default');
      const expected = representList(type, items, meta.resourceVersion, { kind: 'object' }, new URLSearchParams(), 0) as { metadata: object };
      expected.metadata = { ...expected.metadata, continue: meta.continue, remainingItemCount: meta.remainingItemCount };
      expect(typedListJson(type, items, meta).toString()).toBe(`${JSON.stringify(expected)}\n`);
    }
  });

  it('writes a cached row again once the clock has moved', () => {
    const type = typeForKind('Pod', 'v1')!;
    const items = api.viewList(type, 'default');
    const query = new URLSearchParams();
    const at = (now: number) => tableJson(type, items, { resourceVersion: '1' }, { now, version: 'v1', query }).toString();
    const now = cluster.loop.now();
    const earlier = at(now);
    const later = at(now + 3_600_000);
    expect(later).not.toBe(earlier);
    expect(later).toBe(`${JSON.stringify(representList(type, items, '1', { kind: 'table', version: 'v1' }, query, now + 3_600_000))}\n`);
  });
});
