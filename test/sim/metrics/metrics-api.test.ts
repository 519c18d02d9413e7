// The metrics.k8s.io API of a simulated kind cluster: absent without metrics-server, served once
// its APIService is Available, in metrics-server's shapes and errors, and deterministic.
import { describe, expect, it } from 'vitest';
import { StatusError } from '../../../src/sim/api/status-error.js';
import type { Cluster } from '../../../src/sim/cluster/cluster.js';
import { ScriptedSession } from '../../backends/sim/scripted-session.js';
import { componentsYaml } from './fixtures.js';

const WITH_METRICS = { addons: ['metrics-server'] };

function statusOf(f: () => unknown): { code: number; reason: string | undefined; message: string } {
  try {
    f();
  } catch (e) {
    if (e instanceof StatusError) return { code: e.status.code, reason: e.status.reason, message: e.status.message };
    throw e;
  }
  throw new Error('expected a StatusError');
}

const metricsOf = (s: ScriptedSession): Cluster['metrics'] => s.session.cluster.metrics;

describe('without metrics-server', () => {
  it('has no metrics.k8s.io: the paths do not exist', () => {
    const s = new ScriptedSession();
    expect(metricsOf(s).state()).toBe('absent');
    expect(metricsOf(s).available()).toBe(false);
    expect(statusOf(() => metricsOf(s).listNodeMetrics())).toEqual({ code: 404, reason: 'NotFound', message: 'the server could not find the requested resource' });
  });
});

describe('with the metrics-server add-on', () => {
  it('serves node metrics in metrics-server’s shape: nanocores, bytes, a 15 s window', () => {
    const s = new ScriptedSession(WITH_METRICS);
    expect(metricsOf(s).state()).toBe('available');
    const list = metricsOf(s).listNodeMetrics();
    expect(list).toMatchObject({ kind: 'NodeMetricsList', apiVersion: 'metrics.k8s.io/v1beta1', metadata: {} });
    const [node] = list.items;
    expect(Object.keys(node!)).toEqual(['metadata', 'timestamp', 'window', 'usage']);
    expect(node!.metadata).toMatchObject({ name: 'kind-control-plane', creationTimestamp: '2025-01-06T10:00:00Z', labels: { 'kubernetes.io/hostname': 'kind-control-plane' } });
    expect(node!.window).toMatch(/^1[45]\.\d{1,3}s$|^15s$/);
    expect(node!.usage.cpu).toMatch(/^\d+(n|m)?$/);
    expect(node!.usage.memory).toMatch(/^\d+(Ki|Mi)?$/);
    expect(Date.parse(node!.timestamp)).toBeLessThanOrEqual(s.session.now());
  });

  it('lists Running pods’ metrics sorted by namespace and name, filtered by labels and metadata fields', () => {
    const s = new ScriptedSession(WITH_METRICS);
    const all = metricsOf(s).listPodMetrics(undefined).items.map((m) => `${m.metadata.namespace}/${m.metadata.name}`);
    expect(all).toEqual([...all].sort());
    expect(all.some((n) => n.startsWith('kube-system/metrics-server-'))).toBe(true);
    const dns = metricsOf(s).listPodMetrics('kube-system', { labelSelector: 'k8s-app=kube-dns' }).items;
    expect(dns.map((m) => m.metadata.labels?.['k8s-app'])).toEqual(['kube-dns', 'kube-dns']);
    expect(dns[0]!.containers.map((c) => c.name)).toEqual(['coredns']);
    expect(metricsOf(s).listPodMetrics('kube-system', { fieldSelector: 'metadata.name=etcd-kind-control-plane' }).items).toHaveLength(1);
    expect(statusOf(() => metricsOf(s).listPodMetrics('kube-system', { fieldSelector: 'spec.nodeName=kind-control-plane' }))).toEqual({
      code: 400,
      reason: 'BadRequest',
      message: '"spec.nodeName" is not a known field selector: only "metadata.name", "metadata.namespace"',
    });
  });

  it('answers a pod it does not see with the pod lister’s NotFound, and one without metrics yet with its own', () => {
    const s = new ScriptedSession(WITH_METRICS);
    expect(statusOf(() => metricsOf(s).getPodMetrics('default', 'ghost')).message).toBe('pods "ghost" not found');
    s.ok('kubectl run web --image=nginx');
    s.ok('kubectl wait --for=condition=Ready pod/web --timeout=60s');
    expect(statusOf(() => metricsOf(s).getPodMetrics('default', 'web')).message).toBe('podmetrics.metrics.k8s.io "default/web" not found');
    s.ok('sleep 30');
    expect(metricsOf(s).getPodMetrics('default', 'web')).toMatchObject({ kind: 'PodMetrics', apiVersion: 'metrics.k8s.io/v1beta1', metadata: { name: 'web', namespace: 'default', labels: { run: 'web' } } });
    expect(statusOf(() => metricsOf(s).getNodeMetrics('ghost')).message).toBe('node "ghost" not found');
  });

  it('gives the same figures for the same seed', () => {
    const a = new ScriptedSession(WITH_METRICS);
    const b = new ScriptedSession(WITH_METRICS);
    expect(JSON.stringify(metricsOf(a).listPodMetrics(undefined))).toBe(JSON.stringify(metricsOf(b).listPodMetrics(undefined)));
  });

  it('goes unavailable (503) when metrics-server has no ready pod, and starts over after it comes back', () => {
    const s = new ScriptedSession(WITH_METRICS);
    s.ok('kubectl scale deployment metrics-server -n kube-system --replicas=0');
    s.ok('sleep 5');
    expect(metricsOf(s).state()).toBe('unavailable');
    expect(s.ok('kubectl get apiservice v1beta1.metrics.k8s.io')).toMatch(/v1beta1\.metrics\.k8s\.io   kube-system\/metrics-server   False \(MissingEndpoints\)   /);
    expect(statusOf(() => metricsOf(s).listPodMetrics('default'))).toEqual({ code: 503, reason: 'ServiceUnavailable', message: 'the server is currently unable to handle the request (get pods.metrics.k8s.io)' });
    s.ok('kubectl scale deployment metrics-server -n kube-system --replicas=1');
    s.ok('kubectl rollout status deployment metrics-server -n kube-system --timeout=2m');
    // The aggregator notices through its own checks, a moment after the pod is Ready.
    s.ok('kubectl wait --for=condition=Available apiservice/v1beta1.metrics.k8s.io --timeout=60s');
    expect(metricsOf(s).state()).toBe('available');
    expect(metricsOf(s).listNodeMetrics().items).toHaveLength(1);
  });
});

describe('metrics-server applied by the lesson', () => {
  it('serves once its pod is Ready, about 20 s after it starts', () => {
    const s = new ScriptedSession();
    void s.file('components.yaml', componentsYaml(true));
    s.ok('kubectl apply -f components.yaml');
    expect(metricsOf(s).state()).toBe('unavailable');
    s.ok('kubectl wait --for=condition=Available apiservice/v1beta1.metrics.k8s.io --timeout=2m');
    expect(metricsOf(s).listNodeMetrics().items).toHaveLength(1);
  });

  it('never becomes Ready on kind without --kubelet-insecure-tls: its scrapes fail', () => {
    const s = new ScriptedSession();
    void s.file('components.yaml', componentsYaml(false));
    s.ok('kubectl apply -f components.yaml');
    s.ok('sleep 120');
    expect(s.ok('kubectl get pods -n kube-system -l k8s-app=metrics-server --no-headers')).toMatch(/ 0\/1 +Running /);
    expect(s.ok('kubectl get apiservice v1beta1.metrics.k8s.io --no-headers')).toMatch(/False \(MissingEndpoints\)/);
    expect(s.ok('kubectl get events -n kube-system --field-selector reason=Unhealthy --no-headers')).toMatch(/Readiness probe failed: HTTP probe failed with statuscode: 500/);
    expect(metricsOf(s).available()).toBe(false);
  });
});
