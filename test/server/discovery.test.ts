// Discovery and OpenAPI as kubectl reads them: aggregated discovery with its exact media type on
// a cold cache, the legacy documents, the OpenAPI v3 stub that turns on server-side validation,
// and `/version` keeping the gcloud dispatcher on its built-in 1.32 client.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_SERVED_TYPES, RESOURCE_TYPES } from '../../src/sim/api/resources.js';
import { expectGolden, toGoldenJson } from '../support/golden.js';
import { kubectlCheck, startSimHarness, type SimHarness } from './support/harness.js';

/** The named groups the simulator serves, in discovery order. */
const GROUPS = [...new Set(RESOURCE_TYPES.filter((t) => t.group !== '').map((t) => t.group))];
/** Every named group version served (a group's storage version first: autoscaling/v2, then v1). */
const GROUP_VERSIONS = [...new Set(ALL_SERVED_TYPES.filter((t) => t.group !== '').map((t) => `${t.group}/${t.version}`))];

const AGGREGATED = 'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,application/json';

describe('discovery documents', () => {
  let h: SimHarness;
  beforeAll(async () => {
    h = await startSimHarness();
  });
  afterAll(() => h?.close());

  const get = (path: string, accept?: string) => fetch(`${h.server.url}${path}`, accept ? { headers: { Accept: accept } } : {});

  it('answers /api and /apis with aggregated discovery and its exact media type when asked', async () => {
    const api = await get('/api', AGGREGATED);
    expect(api.headers.get('content-type')).toBe('application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList');
    expectGolden(toGoldenJson(await api.json()), 'test/server/golden/discovery-api.json');
    const apis = (await (await get('/apis', AGGREGATED)).json()) as { items: Array<{ metadata: { name: string } }> };
    expect(apis.items.map((i) => i.metadata.name)).toEqual(GROUPS);
    const beta = await get('/api', 'application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList');
    expect(beta.headers.get('content-type')).toBe('application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList');
  });

  it('serves every type the simulator has, and nothing that changes from run to run', async () => {
    const api = (await (await get('/api', AGGREGATED)).json()) as { items: Array<{ versions: Array<{ resources: Array<{ resource: string }> }> }> };
    const apis = (await (await get('/apis', AGGREGATED)).json()) as typeof api;
    const served = [...api.items, ...apis.items].flatMap((i) => i.versions[0]!.resources.map((r) => r.resource));
    expect(served.sort()).toEqual(RESOURCE_TYPES.map((t) => t.resource).sort());
    const again = await startSimHarness();
    try {
      expect(await (await fetch(`${again.server.url}/apis`, { headers: { Accept: AGGREGATED } })).text()).toBe(await (await get('/apis', AGGREGATED)).text());
    } finally {
      await again.close();
    }
  });

  it('answers the legacy documents as plain JSON', async () => {
    const api = await get('/api');
    expect(api.headers.get('content-type')).toBe('application/json');
    expect(await api.json()).toEqual({ kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: '172.18.0.2:6443' }] });
    const groups = (await (await get('/apis')).json()) as { kind: string; groups: Array<{ name: string; preferredVersion: unknown }> };
    expect(groups.kind).toBe('APIGroupList');
    expect(groups.groups.map((g) => g.name)).toEqual(GROUPS);
    expect(groups.groups[0]).toMatchObject({ name: 'apiregistration.k8s.io', preferredVersion: { groupVersion: 'apiregistration.k8s.io/v1', version: 'v1' } });
    expect(await (await get('/apis/apps')).json()).toMatchObject({ kind: 'APIGroup', name: 'apps' });
    const core = (await (await get('/api/v1')).json()) as { groupVersion: string; resources: Array<Record<string, unknown>> };
    expect(core.groupVersion).toBe('v1');
    expect(core.resources.find((r) => r['name'] === 'pods')).toMatchObject({ singularName: 'pod', namespaced: true, kind: 'Pod', shortNames: ['po'], categories: ['all'] });
    expect(core.resources.find((r) => r['name'] === 'pods/exec')).toEqual({ name: 'pods/exec', singularName: '', namespaced: true, kind: 'PodExecOptions', verbs: ['create', 'get'] });
    expect(core.resources.find((r) => r['name'] === 'pods/eviction')).toMatchObject({ group: 'policy', version: 'v1', kind: 'Eviction' });
    expect((await get('/apis/example.com/v1')).status).toBe(404);
  });

  it('advertises PATCH with fieldValidation for every kind in OpenAPI v3, cacheable by its hash', async () => {
    const root = (await (await get('/openapi/v3')).json()) as { paths: Record<string, { serverRelativeURL: string }> };
    expect(Object.keys(root.paths)).toEqual(['api/v1', ...GROUP_VERSIONS.map((gv) => `apis/${gv}`)]);
    const url = root.paths['api/v1']!.serverRelativeURL;
    expect(url).toMatch(/^\/openapi\/v3\/api\/v1\?hash=[0-9A-F]{128}$/);
    const doc = await get(url);
    expect(doc.headers.get('cache-control')).toBe('public, immutable');
    const body = (await doc.json()) as { paths: Record<string, { patch: { parameters: Array<{ name: string }>; 'x-kubernetes-group-version-kind': unknown } }> };
    const pod = body.paths['/api/v1/namespaces/{namespace}/pods/{name}']!.patch;
    expect(pod.parameters.map((p) => p.name)).toContain('fieldValidation');
    expect(pod['x-kubernetes-group-version-kind']).toEqual({ group: '', version: 'v1', kind: 'Pod' });
    expect(body.paths['/api/v1/nodes/{name}']).toBeDefined();
    expect((await get('/openapi/v3/api/v1?hash=stale')).headers.get('cache-control')).toBe('no-cache, private');
    expect((await get('/openapi/v2')).status).toBe(404);
  });

  it('reports v1.32 from /version, and answers the health checks', async () => {
    expect(await (await get('/version')).json()).toMatchObject({ major: '1', minor: '32', gitVersion: 'v1.32.2', platform: 'linux/amd64' });
    for (const path of ['/healthz', '/readyz', '/livez']) expect(await (await get(path)).text()).toBe('ok');
  });
});

describe.skipIf(!kubectlCheck.available)('kubectl discovery against the served simulator', () => {
  let h: SimHarness;
  beforeAll(async () => {
    h = await startSimHarness();
  });
  afterAll(() => h?.close());

  it('discovers on a cold cache with aggregated discovery, then lists pods as a table', async () => {
    const r = await h.kubectl(['get', 'pods', '-A', '-l', 'k8s-app=kube-dns']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^NAMESPACE +NAME +READY +STATUS +RESTARTS +AGE\nkube-system +coredns-/);
    const seen = h.requests.map((q) => `${q.method} ${q.url.replace(/\?timeout=\d+s$/, '')}`);
    expect(seen).toEqual(['GET /version', 'GET /api', 'GET /apis', 'GET /api/v1/pods?labelSelector=k8s-app%3Dkube-dns&limit=500']);
    expect(h.requests[1]!.accept).toBe(AGGREGATED);
    expect(h.requests[3]!.accept).toContain('as=Table');
  });

  it('prints api-resources exactly as our kubectl does', async () => {
    const r = await h.kubectl(['api-resources']);
    expect(r.stdout).toBe(h.builtin('kubectl api-resources'));
    const namespaced = await h.kubectl(['api-resources', '--namespaced=false', '-o', 'name']);
    expect(namespaced.stdout).toBe(
      'namespaces\nnodes\npersistentvolumes\napiservices.apiregistration.k8s.io\nselfsubjectreviews.authentication.k8s.io\ntokenreviews.authentication.k8s.io\n' +
        'selfsubjectaccessreviews.authorization.k8s.io\nselfsubjectrulesreviews.authorization.k8s.io\nsubjectaccessreviews.authorization.k8s.io\nruntimeclasses.node.k8s.io\n' +
        'clusterrolebindings.rbac.authorization.k8s.io\nclusterroles.rbac.authorization.k8s.io\npriorityclasses.scheduling.k8s.io\nstorageclasses.storage.k8s.io\n',
    );
  });

  it('prints the server version through the dispatcher built-in 1.32 client', async () => {
    const r = await h.kubectl(['version']);
    expect(r.stdout).toBe('Client Version: v1.32.4-dispatcher\nKustomize Version: v5.5.0\nServer Version: v1.32.2\n');
    expect(r.stderr).toBe('');
  });

  it('prints cluster-info from the kube-system services, without colours when not on a terminal', async () => {
    const r = await h.kubectl(['cluster-info']);
    expect(r.stdout).toBe(
      `Kubernetes control plane is running at ${h.server.url}\nCoreDNS is running at ${h.server.url}/api/v1/namespaces/kube-system/services/kube-dns:dns/proxy\n\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n`,
    );
  });
});
