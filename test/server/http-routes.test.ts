// The HTTP API with plain fetch, for what kubectl does not exercise: errors for paths, methods
// and media types, watch replay from a resourceVersion and selector transitions, subresources
// (status, binding, scale), preconditions, and the other representations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Cluster } from '../../src/sim/cluster/cluster.js';
import { createObjects, startHarness, testConfig, type Harness } from './support/harness.js';

const POD = (name: string, extra = '') => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
  labels:
    app: demo
spec:${extra}
  containers:
  - name: main
    image: busybox:1.36
    command: ['sleep', '3600']
`;

interface WatchLine {
  type: string;
  object: { metadata: { name: string; resourceVersion: string }; rows?: Array<{ cells: unknown[] }>; columnDefinitions?: unknown };
}

describe('the HTTP API without kubectl', () => {
  let h: Harness;
  const url = (path: string) => `${h.server.url}${path}`;
  /** Fetches and parses a JSON answer; bodies go as application/json unless the test says otherwise. */
  const json = async (path: string, init: RequestInit = {}) => {
    const headers = init.body !== undefined ? { 'Content-Type': 'application/json', ...(init.headers as Record<string, string>) } : init.headers;
    const r = await fetch(url(path), { ...init, ...(headers ? { headers } : {}) });
    return { status: r.status, headers: r.headers, body: (await r.json()) as Record<string, unknown> };
  };
  /** Reads a watch until `count` events arrived (the stream stays open). */
  const watch = async (path: string, count: number, init: RequestInit = {}, act?: () => void): Promise<WatchLine[]> => {
    const controller = new AbortController();
    const r = await fetch(url(path), { ...init, signal: controller.signal });
    expect(r.status).toBe(200);
    const reader = r.body!.getReader();
    act?.();
    let text = '';
    while (text.split('\n').length - 1 < count) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    controller.abort();
    return text.trim().split('\n').map((l) => JSON.parse(l) as WatchLine);
  };

  beforeAll(async () => {
    h = await startHarness(new Cluster(testConfig()));
    createObjects(h.cluster, POD('alpha'));
    h.server.advance(20_000);
  });
  afterAll(() => h?.close());

  it('answers unknown paths, resources and groups with the NotFound Status', async () => {
    const expected = { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: 'the server could not find the requested resource', reason: 'NotFound', details: {}, code: 404 };
    for (const path of ['/nope', '/api/v1/widgets', '/apis/example.com/v1/widgets', '/api/v1/pods/alpha', '/api/v1/namespaces/default/pods/alpha/nosuch']) {
      const r = await json(path);
      expect(r.status, path).toBe(404);
      expect(r.body, path).toEqual(expected);
    }
  });

  it('answers a missing object with the API server NotFound and the object kind', async () => {
    const r = await json('/api/v1/namespaces/default/pods/ghost');
    expect(r.body).toEqual({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: 'pods "ghost" not found', reason: 'NotFound', details: { name: 'ghost', kind: 'pods' }, code: 404 });
  });

  it('refuses methods a path does not serve, protobuf-only answers, and unknown body types', async () => {
    expect((await json('/api/v1/namespaces/default/pods', { method: 'PUT', body: '{}' })).body).toMatchObject({ reason: 'MethodNotAllowed', code: 405 });
    expect((await json('/version', { method: 'POST' })).status).toBe(405);
    expect((await json('/api/v1/namespaces/default/pods', { headers: { Accept: 'application/vnd.kubernetes.protobuf' } })).body).toMatchObject({ reason: 'NotAcceptable', code: 406 });
    const patch = await json('/api/v1/namespaces/default/pods/alpha', { method: 'PATCH', body: '{}', headers: { 'Content-Type': 'text/plain' } });
    expect(patch.body).toMatchObject({ reason: 'UnsupportedMediaType', code: 415 });
    expect((await json('/api/v1/namespaces/default/pods/alpha/exec?command=ls')).body).toMatchObject({ message: 'Upgrade request required', code: 400 });
    const text = await json('/api/v1/namespaces/default/configmaps', { method: 'POST', body: '{}', headers: { 'Content-Type': 'text/plain' } });
    expect(text.body).toMatchObject({ reason: 'UnsupportedMediaType', code: 415 });
  });

  it('answers bad JSON with the decoder BadRequest', async () => {
    const r = await json('/api/v1/namespaces/default/pods', { method: 'POST', body: '{"apiVersion": "v1", "kind": "Pod", "metadata": {', headers: { 'Content-Type': 'application/json' } });
    expect(r.status).toBe(400);
    expect(r.body['reason']).toBe('BadRequest');
    expect(r.body['message']).toMatch(/^the object provided is unrecognized \(must be of type Pod\): couldn't get version\/kind; json parse error: /);
  });

  it('accepts YAML bodies, and warns about unknown fields under fieldValidation=Warn', async () => {
    const r = await fetch(url('/api/v1/namespaces/default/pods?fieldValidation=Warn'), { method: 'POST', body: POD('beta').replace('    image:', '    colour: red\n    image:'), headers: { 'Content-Type': 'application/yaml' } });
    expect(r.status).toBe(201);
    expect(r.headers.get('warning')).toBe('299 - "unknown field \\"spec.containers[0].colour\\""');
  });

  it('replays the changes after a list resourceVersion, so nothing between list and watch is lost', async () => {
    const list = await json('/api/v1/namespaces/default/pods');
    const rv = (list.body['metadata'] as { resourceVersion: string }).resourceVersion;
    createObjects(h.cluster, POD('gamma'));
    h.server.advance(5_000);
    const events = await watch(`/api/v1/namespaces/default/pods?watch=true&resourceVersion=${rv}&fieldSelector=metadata.name%3Dgamma`, 3);
    expect(events[0]).toMatchObject({ type: 'ADDED', object: { metadata: { name: 'gamma' } } });
    expect(events.slice(1).every((e) => e.type === 'MODIFIED' && e.object.metadata.name === 'gamma')).toBe(true);
    const rvs = events.map((e) => Number(e.object.metadata.resourceVersion));
    expect([...rvs].sort((a, b) => a - b)).toEqual(rvs);
  });

  it('sends the current objects as ADDED without a resourceVersion, then live changes', async () => {
    const events = await watch('/api/v1/namespaces/default/pods?watch=1&labelSelector=app%3Ddemo', 4, {}, () => {
      setTimeout(() => createObjects(h.cluster, POD('delta')), 50);
    });
    expect(events.slice(0, 3).map((e) => `${e.type} ${e.object.metadata.name}`)).toEqual(['ADDED alpha', 'ADDED beta', 'ADDED gamma']);
    expect(events[3]).toMatchObject({ type: 'ADDED', object: { metadata: { name: 'delta' } } });
  });

  it('turns a label change out of or into the selector into DELETED and ADDED', async () => {
    const patch = (labels: string) => () =>
      setTimeout(() => void fetch(url('/api/v1/namespaces/default/pods/delta'), { method: 'PATCH', body: `{"metadata":{"labels":${labels}}}`, headers: { 'Content-Type': 'application/merge-patch+json' } }), 50);
    const rv = (await json('/api/v1/namespaces/default/pods')).body['metadata'] as { resourceVersion: string };
    const out = await watch(`/api/v1/namespaces/default/pods?watch=true&labelSelector=app%3Ddemo&resourceVersion=${rv.resourceVersion}`, 1, {}, patch('{"app":"other"}'));
    expect(out[0]).toMatchObject({ type: 'DELETED', object: { metadata: { name: 'delta' } } });
    const back = await watch(`/api/v1/namespaces/default/pods?watch=true&labelSelector=app%3Ddemo&resourceVersion=${h.cluster.store.revision()}`, 1, {}, patch('{"app":"demo"}'));
    expect(back[0]).toMatchObject({ type: 'ADDED', object: { metadata: { name: 'delta' } } });
  });

  it('sends one-row Tables to a watch that asks for them, with column headers only in the first', async () => {
    const accept = 'application/json;as=Table;v=v1;g=meta.k8s.io,application/json';
    const events = await watch('/api/v1/namespaces/default/pods?watch=true', 2, { headers: { Accept: accept } });
    expect(events[0]!.object.columnDefinitions).not.toBeNull();
    expect(events[1]!.object.columnDefinitions).toBeNull();
    expect(events[0]!.object.rows![0]!.cells[0]).toBe('alpha');
  });

  it('answers a watch from a resourceVersion it no longer has with an ERROR event (410 Expired)', async () => {
    const events = await watch('/api/v1/namespaces/default/pods?watch=true&resourceVersion=1', 1);
    expect(events[0]).toMatchObject({ type: 'ERROR', object: { kind: 'Status', reason: 'Expired', code: 410 } });
  });

  it('ends a watch after timeoutSeconds', async () => {
    const r = await fetch(url('/api/v1/namespaces/default/pods?watch=true&timeoutSeconds=1&fieldSelector=metadata.name%3Dalpha'));
    const text = await r.text();
    expect(text.trim().split('\n')).toHaveLength(1);
  });

  it('serves tables with includeObject, and PartialObjectMetadata lists', async () => {
    const table = (include: string) => json(`/api/v1/namespaces/default/pods?includeObject=${include}`, { headers: { Accept: 'application/json;as=Table;v=v1;g=meta.k8s.io' } });
    const none = (await table('None')).body as { rows: Array<{ object: unknown }> };
    expect(none.rows[0]!.object).toBeNull();
    const full = (await table('Object')).body as { rows: Array<{ object: { kind: string; spec: unknown } }> };
    expect(full.rows[0]!.object.kind).toBe('Pod');
    const partial = await json('/api/v1/namespaces/default/pods', { headers: { Accept: 'application/json;as=PartialObjectMetadataList;v=v1;g=meta.k8s.io' } });
    expect(partial.body['kind']).toBe('PartialObjectMetadataList');
    expect((partial.body['items'] as unknown[])[0]).toMatchObject({ kind: 'PartialObjectMetadata', metadata: { name: 'alpha', labels: { app: 'demo' } } });
  });

  it('refuses a PUT with a stale resourceVersion or another name, and a DELETE whose precondition fails', async () => {
    const pod = (await json('/api/v1/namespaces/default/pods/alpha')).body as { metadata: Record<string, unknown> };
    const stale = { ...pod, metadata: { ...pod.metadata, resourceVersion: '1' } };
    const put = await json('/api/v1/namespaces/default/pods/alpha', { method: 'PUT', body: JSON.stringify(stale) });
    expect(put.body).toMatchObject({ reason: 'Conflict', code: 409, message: 'Operation cannot be fulfilled on pods "alpha": the object has been modified; please apply your changes to the latest version and try again' });
    const renamed = await json('/api/v1/namespaces/default/pods/alpha', { method: 'PUT', body: JSON.stringify({ ...pod, metadata: { ...pod.metadata, name: 'other' } }) });
    expect(renamed.body).toMatchObject({ code: 400, message: 'the name of the object (other) does not match the name on the URL (alpha)' });
    const del = await json('/api/v1/namespaces/default/pods/alpha', { method: 'DELETE', body: JSON.stringify({ preconditions: { uid: 'not-it' } }) });
    expect(del.body).toMatchObject({ reason: 'Conflict', code: 409 });
  });

  it('writes status through pods/status and ignores status sent to the pod itself', async () => {
    const pod = (await json('/api/v1/namespaces/default/pods/alpha')).body as { metadata: Record<string, unknown>; status: Record<string, unknown> };
    const viaPod = await json('/api/v1/namespaces/default/pods/alpha', { method: 'PUT', body: JSON.stringify({ ...pod, status: { ...pod.status, message: 'from the pod' } }) });
    expect((viaPod.body['status'] as Record<string, unknown>)['message']).toBeUndefined();
    const patched = await json('/api/v1/namespaces/default/pods/alpha/status', { method: 'PATCH', body: '{"status":{"message":"hello"}}', headers: { 'Content-Type': 'application/merge-patch+json' } });
    expect((patched.body['status'] as Record<string, unknown>)['message']).toBe('hello');
    expect((await json('/api/v1/namespaces/default/pods/alpha/status')).body['status']).toMatchObject({ message: 'hello' });
  });

  it('binds an unscheduled pod to a node with pods/binding', async () => {
    createObjects(h.cluster, POD('manual', '\n  schedulerName: my-scheduler'));
    const r = await json('/api/v1/namespaces/default/pods/manual/binding', { method: 'POST', body: '{"apiVersion":"v1","kind":"Binding","metadata":{"name":"manual"},"target":{"kind":"Node","name":"kind-control-plane"}}' });
    expect(r.status).toBe(201);
    expect(r.body).toEqual({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Success', code: 201 });
    expect((await json('/api/v1/namespaces/default/pods/manual')).body['spec']).toMatchObject({ nodeName: 'kind-control-plane' });
    const again = await json('/api/v1/namespaces/default/pods/manual/binding', { method: 'POST', body: '{"target":{"name":"kind-control-plane"}}' });
    expect(again.body).toMatchObject({ reason: 'Conflict', code: 409 });
  });

  it('evicts a pod through pods/eviction: DisruptionTarget first, then a graceful delete; a dry run changes nothing', async () => {
    createObjects(h.cluster, POD('evictee'));
    h.server.advance(10_000);
    const path = '/api/v1/namespaces/default/pods/evictee';
    const eviction = (body: Record<string, unknown>) => JSON.stringify({ apiVersion: 'policy/v1', kind: 'Eviction', metadata: { name: 'evictee', namespace: 'default' }, ...body });
    const dry = await json(`${path}/eviction?dryRun=All`, { method: 'POST', body: eviction({ deleteOptions: {} }) });
    expect(dry.status).toBe(201);
    expect((await json(path)).body['metadata']).not.toHaveProperty('deletionTimestamp');
    const mismatch = await json(path + '/eviction', { method: 'POST', body: eviction({ metadata: { name: 'other' } }) });
    expect(mismatch.body).toMatchObject({ reason: 'BadRequest', message: 'name in URL does not match name in Eviction object' });
    const r = await json(`${path}/eviction`, { method: 'POST', body: eviction({ deleteOptions: { gracePeriodSeconds: 5 } }) });
    expect(r.status).toBe(201);
    expect(r.body).toEqual({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Success', code: 201 });
    const pod = (await json(path)).body as { metadata: Record<string, unknown>; status: { conditions: Array<Record<string, unknown>> } };
    expect(pod.metadata['deletionGracePeriodSeconds']).toBe(5);
    expect(pod.status.conditions.find((c) => c['type'] === 'DisruptionTarget')).toMatchObject({ status: 'True', reason: 'EvictionByEvictionAPI', message: 'Eviction API: evicting' });
    const missing = await json('/api/v1/namespaces/default/pods/nope/eviction', { method: 'POST', body: JSON.stringify({ metadata: { name: 'nope' } }) });
    expect(missing.body).toMatchObject({ reason: 'NotFound', message: 'pods "nope" not found' });
  });

  it('reads the protobuf DeleteOptions a typed client sends with a DELETE', async () => {
    createObjects(h.cluster, POD('typed'));
    h.server.advance(10_000);
    // runtime.Unknown{TypeMeta{v1, DeleteOptions}, Raw: DeleteOptions{gracePeriodSeconds: 7}}, as kubectl drain sends it.
    const raw = [0x08, 0x07];
    const meta = [0x0a, 0x02, ...Buffer.from('v1'), 0x12, 0x0d, ...Buffer.from('DeleteOptions')];
    const body = Buffer.from([0x6b, 0x38, 0x73, 0x00, 0x0a, meta.length, ...meta, 0x12, raw.length, ...raw]);
    const r = await fetch(url('/api/v1/namespaces/default/pods/typed'), { method: 'DELETE', body, headers: { 'Content-Type': 'application/vnd.kubernetes.protobuf' } });
    expect(r.status).toBe(200);
    expect(((await r.json()) as { metadata: Record<string, unknown> }).metadata['deletionGracePeriodSeconds']).toBe(7);
  });

  it('reads and patches a deployment scale', async () => {
    const path = '/apis/apps/v1/namespaces/kube-system/deployments/coredns/scale';
    expect((await json(path)).body).toMatchObject({ kind: 'Scale', apiVersion: 'autoscaling/v1', spec: { replicas: 2 }, status: { selector: 'k8s-app=kube-dns' } });
    const r = await json(path, { method: 'PATCH', body: '{"spec":{"replicas":3}}', headers: { 'Content-Type': 'application/merge-patch+json' } });
    expect(r.body).toMatchObject({ spec: { replicas: 3 } });
    expect((await json('/apis/apps/v1/namespaces/kube-system/deployments/coredns')).body['spec']).toMatchObject({ replicas: 3 });
  });

  it('deletes a collection by label selector, and leaves the rest', async () => {
    createObjects(h.cluster, 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  labels: {group: x}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\n  labels: {group: y}\n');
    const r = await json('/api/v1/namespaces/default/configmaps?labelSelector=group%3Dx', { method: 'DELETE' });
    expect(r.body).toMatchObject({ kind: 'ConfigMapList', items: [{ metadata: { name: 'a' } }] });
    const left = (await json('/api/v1/namespaces/default/configmaps')).body['items'] as Array<{ metadata: { name: string } }>;
    expect(left.map((c) => c.metadata.name)).toEqual(['b', 'kube-root-ca.crt']);
  });

  it('answers a dry-run PUT without storing it', async () => {
    const cm = (await json('/api/v1/namespaces/default/configmaps/b')).body;
    const r = await json('/api/v1/namespaces/default/configmaps/b?dryRun=All', { method: 'PUT', body: JSON.stringify({ ...cm, data: { x: '1' } }) });
    expect(r.body['data']).toEqual({ x: '1' });
    expect((await json('/api/v1/namespaces/default/configmaps/b')).body['data']).toBeUndefined();
  });

  it('asks for a container name when a pod has several and none is given', async () => {
    createObjects(h.cluster, POD('pair').replace("    command: ['sleep', '3600']\n", "    command: ['sleep', '3600']\n  - name: second\n    image: busybox:1.36\n"));
    const r = await json('/api/v1/namespaces/default/pods/pair/log');
    expect(r.body).toMatchObject({ code: 400, message: 'a container name must be specified for pod pair, choose one of: [main second]' });
  });
});
