// The simulator's etcd: key order, namespaces, frozen snapshots, and watch delivery order.
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../src/sim/api/types.js';
import { ObjectStore, type WatchEvent } from '../../../src/sim/store/object-store.js';

const obj = (name: string, namespace?: string, extra: Record<string, unknown> = {}): KubeObject => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name, ...(namespace ? { namespace } : {}) },
  ...extra,
});
const names = (objs: KubeObject[]) => objs.map((o) => `${o.metadata.namespace ?? ''}/${o.metadata.name}`);

describe('the object store', () => {
  it('lists in etcd key order (namespace/name, bytewise), and one namespace as its own run', () => {
    const store = new ObjectStore();
    for (const [n, ns] of [['b', 'default'], ['a', 'kube-system'], ['z', 'a-b'], ['a', 'default'], ['c', 'a']]) store.add('configmaps', obj(n!, ns));
    // '-' sorts before '/', so namespace "a-b" comes before "a"
    expect(names(store.viewList('configmaps'))).toEqual(['a-b/z', 'a/c', 'default/a', 'default/b', 'kube-system/a']);
    expect(names(store.viewList('configmaps', 'default'))).toEqual(['default/a', 'default/b']);
    expect(names(store.viewList('configmaps', 'a'))).toEqual(['a/c']);
    expect(store.viewList('configmaps', 'nowhere')).toEqual([]);
  });

  it('keeps the order right through adds, replaces and removes', () => {
    const store = new ObjectStore();
    store.add('configmaps', obj('m', 'default'));
    expect(names(store.viewList('configmaps'))).toEqual(['default/m']);
    store.add('configmaps', obj('a', 'default'));
    store.replace('configmaps', obj('m', 'default', { data: { k: 'v' } }));
    expect(names(store.viewList('configmaps'))).toEqual(['default/a', 'default/m']);
    expect(store.viewList('configmaps')[1]).toMatchObject({ data: { k: 'v' } });
    store.remove('configmaps', 'default', 'a');
    expect(names(store.viewList('configmaps'))).toEqual(['default/m']);
  });

  it('keeps an index by a computed value, in key order, through adds, moves between buckets and removes', () => {
    const store = new ObjectStore();
    store.add('configmaps', obj('z', 'default', { data: { owner: 'x' } }));
    store.addIndex('configmaps', 'owner', (o) => (o['data'] as Record<string, string> | undefined)?.['owner']);
    store.add('configmaps', obj('b', 'default', { data: { owner: 'x' } }));
    store.add('configmaps', obj('a', 'default', { data: { owner: 'y' } }));
    store.add('configmaps', obj('c', 'default'));
    expect(names(store.byIndex('configmaps', 'owner', 'x'))).toEqual(['default/b', 'default/z']);
    store.add('configmaps', obj('m', 'default', { data: { owner: 'x' } }));
    store.replace('configmaps', obj('a', 'default', { data: { owner: 'x' } }));
    expect(names(store.byIndex('configmaps', 'owner', 'x'))).toEqual(['default/a', 'default/b', 'default/m', 'default/z']);
    expect(store.byIndex('configmaps', 'owner', 'y')).toEqual([]);
    store.replace('configmaps', obj('b', 'default', { data: { owner: 'x', more: '1' } }));
    expect(store.byIndex('configmaps', 'owner', 'x')[1]).toBe(store.view('configmaps', 'default', 'b'));
    store.remove('configmaps', 'default', 'm');
    store.replace('configmaps', obj('z', 'default'));
    expect(names(store.byIndex('configmaps', 'owner', 'x'))).toEqual(['default/a', 'default/b']);
  });

  it('keeps a running total per bucket equal to a recount, through adds, changes, moves and removes', () => {
    const store = new ObjectStore();
    const size = (o: KubeObject) => Number((o['data'] as Record<string, string> | undefined)?.['size'] ?? 0);
    const owner = (o: KubeObject) => (o['data'] as Record<string, string> | undefined)?.['owner'];
    store.add('configmaps', obj('z', 'default', { data: { owner: 'x', size: '5' } }));
    store.addIndex('configmaps', 'owner', owner, { empty: () => ({ sum: 0 }), add: (acc, o) => void (acc.sum += size(o)), remove: (acc, o) => void (acc.sum -= size(o)) });
    const recount = (value: string) => store.viewList('configmaps').filter((o) => owner(o) === value).reduce((n, o) => n + size(o), 0);
    const check = () => {
      for (const value of ['x', 'y']) {
        expect(store.bucketTotal<{ sum: number }>('configmaps', 'owner', value)?.sum ?? 0).toBe(recount(value));
        expect(store.bucketSize('configmaps', 'owner', value)).toBe(store.byIndex('configmaps', 'owner', value).length);
      }
    };
    check();
    store.add('configmaps', obj('a', 'default', { data: { owner: 'x', size: '2' } }));
    store.add('configmaps', obj('b', 'default', { data: { owner: 'y', size: '7' } }));
    check();
    store.replace('configmaps', obj('a', 'default', { data: { owner: 'x', size: '11' } }));
    check();
    store.replace('configmaps', obj('b', 'default', { data: { owner: 'x', size: '7' } }));
    check();
    store.replace('configmaps', obj('z', 'default', { data: { size: '5' } }));
    check();
    store.remove('configmaps', 'default', 'a');
    check();
    expect(store.bucketTotal<{ sum: number }>('configmaps', 'owner', 'x')).toEqual({ sum: 7 });
    store.remove('configmaps', 'default', 'b');
    expect(store.bucketTotal('configmaps', 'owner', 'x')).toBeUndefined();
    expect(store.bucketSize('configmaps', 'owner', 'x')).toBe(0);
  });

  it('hands out frozen snapshots from view, and copies from get and list', () => {
    const store = new ObjectStore();
    store.add('configmaps', obj('a', 'default', { data: { k: 'v' } }));
    expect(Object.isFrozen(store.view('configmaps', 'default', 'a'))).toBe(true);
    const copy = store.get('configmaps', 'default', 'a')!;
    copy.metadata.name = 'changed';
    expect(store.view('configmaps', 'default', 'a')!.metadata.name).toBe('a');
  });

  it('delivers a change made by a listener after the change it is reacting to, to every listener', () => {
    const store = new ObjectStore();
    const heard: Record<string, string[]> = { first: [], second: [] };
    store.watch('configmaps', (e: WatchEvent) => {
      heard.first!.push(`${e.type} ${e.object.metadata.name} rv${e.object.metadata.resourceVersion}`);
      if (e.type === 'ADDED' && e.object.metadata.name === 'a') store.add('configmaps', obj('b', 'default'));
    });
    store.watch('configmaps', (e: WatchEvent) => heard.second!.push(`${e.type} ${e.object.metadata.name} rv${e.object.metadata.resourceVersion}`));
    store.add('configmaps', obj('a', 'default'));
    expect(heard.first).toEqual(['ADDED a rv1', 'ADDED b rv2']);
    expect(heard.second).toEqual(['ADDED a rv1', 'ADDED b rv2']);
  });

  it('sends a triggered watch only the changes of objects with its value, now or before, in watch order with the others', () => {
    const store = new ObjectStore();
    store.addWatchTrigger('configmaps', 'node', (o) => (o as KubeObject & { node?: string }).node);
    const heard: string[] = [];
    const hear = (who: string) => (e: WatchEvent) => heard.push(`${who} ${e.type} ${e.object.metadata.name}`);
    store.watch('configmaps', hear('all-1'));
    const onA = store.watch('configmaps', hear('on-a'), { name: 'node', value: 'a' });
    store.watch('configmaps', hear('on-b'), { name: 'node', value: 'b' });
    store.watch(undefined, hear('all-2'));
    store.add('configmaps', obj('x', 'default', { node: 'a' }));
    store.add('configmaps', obj('y', 'default'));
    // Moving from a to b: both hear it (the watch cache triggers on the object and the previous one).
    store.replace('configmaps', obj('x', 'default', { node: 'b' }));
    store.remove('configmaps', 'default', 'x');
    onA.stop();
    store.add('configmaps', obj('z', 'default', { node: 'a' }));
    expect(heard).toEqual([
      'all-1 ADDED x', 'on-a ADDED x', 'all-2 ADDED x',
      'all-1 ADDED y', 'all-2 ADDED y',
      'all-1 MODIFIED x', 'on-a MODIFIED x', 'on-b MODIFIED x', 'all-2 MODIFIED x',
      'all-1 DELETED x', 'on-b DELETED x', 'all-2 DELETED x',
      'all-1 ADDED z', 'all-2 ADDED z',
    ]);
  });
});
