// LIST pages as etcd serves them: at most `limit` objects in key order, a continue token with the
// revision and the key after the last one looked at, later pages read at that revision, and a
// 410 Expired (with an inconsistent token) once the history no longer covers it.
import { describe, expect, it } from 'vitest';
import { decodeContinue, listPage } from '../../src/server/list-pages.js';
import { WatchHistory } from '../../src/server/watch-history.js';
import { typeForKind } from '../../src/sim/api/resources.js';
import { StatusError } from '../../src/sim/api/status-error.js';
import type { KubeObject } from '../../src/sim/api/types.js';
import { ObjectStore } from '../../src/sim/store/object-store.js';

const CONFIGMAPS = typeForKind('ConfigMap', 'v1')!;
const cm = (name: string, namespace = 'default', data: Record<string, string> = {}): KubeObject => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace, labels: { even: String(name.charCodeAt(0) % 2 === 0) } }, data });
const names = (items: KubeObject[]) => items.map((o) => `${o.metadata.namespace}/${o.metadata.name}`);
const all = () => true;

function setUp(limit = 10_000) {
  const store = new ObjectStore();
  for (const ns of ['default', 'kube-system']) for (const n of ['a', 'b', 'c', 'd', 'e']) store.add('configmaps', cm(n, ns));
  const history = new WatchHistory(store, ['configmaps'], limit);
  // `null`: all namespaces.
  const page = (query: string, namespace: string | null = 'default', select: (o: KubeObject) => boolean = all) => listPage(store, history, { type: CONFIGMAPS, namespace: namespace ?? undefined, query: new URLSearchParams(query), select });
  return { store, history, page };
}

describe('listPage', () => {
  it('pages in key order with a token at the key after the last, and counts what remains', () => {
    const { page } = setUp();
    const first = page('limit=2');
    expect(names(first.items)).toEqual(['default/a', 'default/b']);
    expect(first.remainingItemCount).toBe(3);
    expect(first.resourceVersion).toBe('10');
    // The token is the API server's: base64url JSON with the key relative to the list's prefix.
    expect(JSON.parse(Buffer.from(first.continue!, 'base64url').toString())).toEqual({ v: 'meta.k8s.io/v1', rv: 10, start: 'b\u0000' });
    const second = page(`limit=2&continue=${first.continue}`);
    expect(names(second.items)).toEqual(['default/c', 'default/d']);
    const last = page(`limit=2&continue=${second.continue}`);
    expect(names(last.items)).toEqual(['default/e']);
    expect(last.continue).toBeUndefined();
    expect(last.remainingItemCount).toBeUndefined();
    // Exactly `limit` left: no token.
    expect(page('limit=5').continue).toBeUndefined();
  });

  it('pages across namespaces with the namespace in the key', () => {
    const { page } = setUp();
    const first = page('limit=4', null);
    expect(names(first.items)).toEqual(['default/a', 'default/b', 'default/c', 'default/d']);
    expect(first.remainingItemCount).toBe(6);
    const second = page(`limit=4&continue=${first.continue}`, null);
    expect(names(second.items)).toEqual(['default/e', 'kube-system/a', 'kube-system/b', 'kube-system/c']);
  });

  it('reads later pages at the first page\'s revision: later creations, deletions and changes do not show', () => {
    const { store, page } = setUp();
    const first = page('limit=2');
    store.add('configmaps', cm('bb'));
    store.remove('configmaps', 'default', 'c');
    store.replace('configmaps', cm('d', 'default', { changed: 'yes' }));
    store.remove('configmaps', 'default', 'a');
    const second = page(`limit=2&continue=${first.continue}`);
    expect(names(second.items)).toEqual(['default/c', 'default/d']);
    expect(second.items[1]!['data']).toEqual({});
    expect(second.resourceVersion).toBe(first.resourceVersion);
    expect(second.remainingItemCount).toBe(1);
    // A new list reads the current state.
    expect(names(page('').items)).toEqual(['default/b', 'default/bb', 'default/d', 'default/e']);
  });

  it('with a selector, gives no remainingItemCount and continues after the last key looked at', () => {
    const { page } = setUp();
    const odd = (o: KubeObject) => o.metadata.labels?.['even'] === 'false';
    const first = page('limit=2&labelSelector=even%3Dfalse', 'default', odd);
    expect(names(first.items)).toEqual(['default/a', 'default/c']);
    expect(first.remainingItemCount).toBeUndefined();
    expect(decodeContinue(first.continue!, 'default/').from).toBe('default/c\u0000');
    const second = page(`limit=2&labelSelector=even%3Dfalse&continue=${first.continue}`, 'default', odd);
    expect(names(second.items)).toEqual(['default/e']);
    expect(second.continue).toBeUndefined();
  });

  it('answers a token whose revision the history no longer covers with 410 Expired and a token to go on', () => {
    const { store, page } = setUp(2);
    const first = page('limit=2');
    for (const n of ['x', 'y', 'z']) store.add('configmaps', cm(n, 'other'));
    let error: unknown;
    try {
      page(`limit=2&continue=${first.continue}`);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StatusError);
    const status = (error as StatusError).status;
    expect([status.code, status.reason]).toEqual([410, 'Expired']);
    expect(status.message).toMatch(/^The provided continue parameter is too old to display a consistent list result\./);
    const token = (status.metadata as { continue: string }).continue;
    expect(JSON.parse(Buffer.from(token, 'base64url').toString())).toEqual({ v: 'meta.k8s.io/v1', rv: -1, start: 'b\u0000' });
    // The inconsistent continuation reads the current state.
    const rest = page(`limit=10&continue=${token}`);
    expect(names(rest.items)).toEqual(['default/c', 'default/d', 'default/e']);
    expect(rest.resourceVersion).toBe(store.revision());
  });

  it('refuses tokens that are not the server\'s, and a resourceVersion beside a token', () => {
    const { page } = setUp();
    const status = (query: string) => {
      try {
        page(query);
      } catch (e) {
        return [(e as StatusError).status.code, (e as StatusError).status.message];
      }
      return undefined;
    };
    expect(status('limit=2&continue=no%20pe')).toEqual([400, 'invalid continue token: continue key is not valid: illegal base64 data at input byte 2']);
    const escape = Buffer.from(JSON.stringify({ v: 'meta.k8s.io/v1', rv: 3, start: '../kube-system/a' })).toString('base64url');
    expect(status(`limit=2&continue=${escape}`)).toEqual([400, 'invalid continue token: continue key is not valid: ../kube-system/a']);
    const first = page('limit=2');
    expect(status(`limit=2&resourceVersion=5&continue=${first.continue}`)).toEqual([400, 'specifying resource version is not allowed when using continue']);
  });

  it('serves resourceVersion=0 whole, as the watch cache ignores the limit', () => {
    const { page } = setUp();
    const r = page('limit=2&resourceVersion=0');
    expect(r.items).toHaveLength(5);
    expect(r.continue).toBeUndefined();
  });
});
