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
});
