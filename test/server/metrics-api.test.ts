// metrics.k8s.io over HTTP, as the aggregator serves it: in discovery only while its APIService
// is Available, metrics-server's JSON, a 404 without the APIService and a plain-text 503 while it
// is not Available.
import { afterEach, describe, expect, it } from 'vitest';
import { kubectlCheck, startHarness, testConfig, type Harness } from './support/harness.js';
import { typeForKind } from '../../src/sim/api/resources.js';
import type { Deployment } from '../../src/sim/api/types.js';
import { Cluster } from '../../src/sim/cluster/cluster.js';

const DEPLOYMENTS = typeForKind('Deployment', 'apps/v1')!;

const AGGREGATED = 'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json';

describe('metrics.k8s.io over HTTP', () => {
  let h: Harness | undefined;
  afterEach(() => h?.close());
  const start = async (addons: Array<'metrics-server'>) => (h = await startHarness(new Cluster(testConfig({ addons }))));
  const get = (path: string, accept?: string) => fetch(`${h!.server.url}${path}`, accept ? { headers: { Accept: accept } } : {});
  const groupsOf = async (): Promise<string[]> => ((await (await get('/apis', AGGREGATED)).json()) as { items: Array<{ metadata: { name: string } }> }).items.map((g) => g.metadata.name);

  it('does not exist without metrics-server', async () => {
    await start([]);
    expect(await groupsOf()).not.toContain('metrics.k8s.io');
    const r = await get('/apis/metrics.k8s.io/v1beta1/nodes');
    expect(r.status).toBe(404);
    expect(await r.json()).toMatchObject({ kind: 'Status', reason: 'NotFound', message: 'the server could not find the requested resource' });
  });

  it('is discovered last, with nodes and pods that can be got and listed, and no storage hash', async () => {
    await start(['metrics-server']);
    const aggregated = (await (await get('/apis', AGGREGATED)).json()) as { items: Array<{ metadata: { name: string }; versions: Array<{ version: string; freshness: string; resources: Array<Record<string, unknown>> }> }> };
    const last = aggregated.items.at(-1)!;
    expect(last.metadata.name).toBe('metrics.k8s.io');
    expect(last.versions).toEqual([
      {
        version: 'v1beta1',
        freshness: 'Current',
        resources: [
          { resource: 'nodes', responseKind: { group: 'metrics.k8s.io', version: 'v1beta1', kind: 'NodeMetrics' }, scope: 'Cluster', singularResource: '', verbs: ['get', 'list'] },
          { resource: 'pods', responseKind: { group: 'metrics.k8s.io', version: 'v1beta1', kind: 'PodMetrics' }, scope: 'Namespaced', singularResource: '', verbs: ['get', 'list'] },
        ],
      },
    ]);
    expect(await (await get('/apis/metrics.k8s.io/v1beta1')).json()).toEqual({
      kind: 'APIResourceList',
      apiVersion: 'v1',
      groupVersion: 'metrics.k8s.io/v1beta1',
      resources: [
        { name: 'nodes', singularName: '', namespaced: false, kind: 'NodeMetrics', verbs: ['get', 'list'] },
        { name: 'pods', singularName: '', namespaced: true, kind: 'PodMetrics', verbs: ['get', 'list'] },
      ],
    });
  });

  it('answers with metrics-server’s objects, as the real kubectl top reads them', async () => {
    await start(['metrics-server']);
    const pod = (await (await get('/apis/metrics.k8s.io/v1beta1/namespaces/kube-system/pods/etcd-kind-control-plane', 'application/vnd.kubernetes.protobuf, */*')).json()) as Record<string, unknown>;
    expect(Object.keys(pod)).toEqual(['kind', 'apiVersion', 'metadata', 'timestamp', 'window', 'containers']);
    expect(pod).toMatchObject({ kind: 'PodMetrics', apiVersion: 'metrics.k8s.io/v1beta1', metadata: { name: 'etcd-kind-control-plane', namespace: 'kube-system', labels: { component: 'etcd' } } });
    const list = (await (await get('/apis/metrics.k8s.io/v1beta1/pods?labelSelector=k8s-app%3Dkube-dns')).json()) as { kind: string; metadata: unknown; items: Array<Record<string, unknown>> };
    expect(list.kind).toBe('PodMetricsList');
    expect(list.metadata).toEqual({});
    expect(list.items.map((i) => Object.keys(i))).toEqual([
      ['metadata', 'timestamp', 'window', 'containers'],
      ['metadata', 'timestamp', 'window', 'containers'],
    ]);
    const missing = await get('/apis/metrics.k8s.io/v1beta1/namespaces/default/pods/ghost');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ reason: 'NotFound', message: 'pods "ghost" not found' });
  });

  it('answers a Table as metrics-server converts one, for kubectl get podmetrics', async () => {
    await start(['metrics-server']);
    const table = (await (await get('/apis/metrics.k8s.io/v1beta1/namespaces/kube-system/pods?labelSelector=k8s-app%3Dkube-dns', 'application/json;as=Table;v=v1;g=meta.k8s.io,application/json')).json()) as {
      kind: string;
      columnDefinitions: Array<{ name: string; format: string }>;
      rows: Array<{ cells: string[]; object: { kind: string; metadata: { name: string } } }>;
    };
    expect(table.kind).toBe('Table');
    expect(table.columnDefinitions.map((c) => `${c.name}:${c.format}`)).toEqual(['Name:name', 'cpu:quantity', 'memory:quantity', 'Window:duration']);
    expect(table.rows[0]!.cells).toEqual([expect.stringMatching(/^coredns-/), expect.stringMatching(/^\d+n$/), '13Mi', expect.stringMatching(/s$/)]);
    expect(table.rows[0]!.object.kind).toBe('PartialObjectMetadata');
    const empty = (await (await get('/apis/metrics.k8s.io/v1beta1/namespaces/default/pods', 'application/json;as=Table;v=v1;g=meta.k8s.io')).json()) as Record<string, unknown>;
    expect(empty).toMatchObject({ columnDefinitions: null, rows: null });
    if (!kubectlCheck.available) return;
    expect((await h!.kubectl(['get', 'nodemetrics'])).stdout).toMatch(/^NAME                 CPU +MEMORY +WINDOW\nkind-control-plane   \d+n +\d+Mi +[\d.]+s\n$/);
  });

  it('answers 503 in plain text while the APIService is not Available, and leaves discovery', async () => {
    const cluster = new Cluster(testConfig({ addons: ['metrics-server'] }));
    h = await startHarness(cluster);
    cluster.api.update(DEPLOYMENTS, 'kube-system', { ...cluster.api.get<Deployment>(DEPLOYMENTS, 'kube-system', 'metrics-server'), spec: { ...cluster.api.get<Deployment>(DEPLOYMENTS, 'kube-system', 'metrics-server').spec, replicas: 0 } });
    h.server.advance(5000);
    expect(cluster.metrics.state()).toBe('unavailable');
    expect(await groupsOf()).not.toContain('metrics.k8s.io');
    const r = await get('/apis/metrics.k8s.io/v1beta1/pods');
    expect(r.status).toBe(503);
    expect(r.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await r.text()).toBe('service unavailable\n');
    if (!kubectlCheck.available) return;
    const top = await h.kubectl(['top', 'pod']);
    expect(top.stderr).toBe('error: Metrics API not available\n');
    const raw = await h.kubectl(['get', '--raw', '/apis/metrics.k8s.io/v1beta1/pods']);
    expect(raw.stderr).toBe('Error from server (ServiceUnavailable): the server is currently unable to handle the request\n');
  });
});
