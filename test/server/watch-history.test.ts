// The change history watches replay: in resourceVersion order with the previous state, and a
// floor below which it can no longer answer.
import { describe, expect, it } from 'vitest';
import { WatchHistory } from '../../src/server/watch-history.js';
import type { KubeObject } from '../../src/sim/api/types.js';
import { ObjectStore } from '../../src/sim/store/object-store.js';

const cm = (name: string, data: Record<string, string> = {}): KubeObject => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace: 'default' }, data });

describe('WatchHistory', () => {
  it('keeps each change with the object as it was before', () => {
    const store = new ObjectStore();
    store.add('configmaps', cm('a'));
    const history = new WatchHistory(store, ['configmaps']);
    store.replace('configmaps', cm('a', { x: '1' }));
    store.remove('configmaps', 'default', 'a');
    const entries = history.since('configmaps', 1)!;
    expect(entries.map((e) => [e.rv, e.type, e.previous?.['data']])).toEqual([[2, 'MODIFIED', {}], [3, 'DELETED', { x: '1' }]]);
    expect(history.since('configmaps', 2)!.map((e) => e.rv)).toEqual([3]);
    expect(history.since('pods', 1)).toEqual([]);
    expect(history.since('configmaps', 0)).toBeUndefined();
  });

  it('puts changes made while the store is still notifying back in resourceVersion order', () => {
    const store = new ObjectStore();
    // An earlier listener writes in reaction to the first change, before the history hears of it.
    store.watch('configmaps', (e) => {
      if (e.type === 'ADDED' && e.object.metadata.name === 'a') store.add('configmaps', cm('b'));
    });
    const history = new WatchHistory(store, ['configmaps']);
    const heard: number[] = [];
    history.subscribe((e) => heard.push(e.rv));
    store.add('configmaps', cm('a'));
    expect(heard).toEqual([1, 2]);
  });

  it('forgets the oldest changes beyond its limit and says so', () => {
    const store = new ObjectStore();
    const history = new WatchHistory(store, ['configmaps'], 2);
    for (const name of ['a', 'b', 'c', 'd']) store.add('configmaps', cm(name));
    expect(history.floor).toBe(2);
    expect(history.since('configmaps', 1)).toBeUndefined();
    expect(history.since('configmaps', 2)!.map((e) => e.object.metadata.name)).toEqual(['c', 'd']);
  });

  it('forgets the oldest changes beyond its byte limit, so deleted big objects are not kept', () => {
    const store = new ObjectStore();
    const history = new WatchHistory(store, ['configmaps'], 10_000, 10_000);
    for (const name of ['a', 'b', 'c']) store.add('configmaps', cm(name, { blob: 'x'.repeat(4_000) }));
    for (const name of ['a', 'b', 'c']) store.remove('configmaps', 'default', name);
    // Six changes of about 4 kB objects (8 kB with the previous state of a DELETED): at most 10 kB kept.
    expect(history.floor).toBeGreaterThanOrEqual(4);
    expect(history.since('configmaps', 1)).toBeUndefined();
    const kept = history.since('configmaps', history.floor)!;
    expect(kept.length).toBeGreaterThanOrEqual(1);
    expect(kept.map((e) => e.type).at(-1)).toBe('DELETED');
    // Small changes are still kept by count.
    for (let i = 0; i < 50; i++) store.add('configmaps', cm(`s${i}`));
    expect(history.since('configmaps', history.floor)!.length).toBeGreaterThan(40);
  });
});

