// kubectl top against the simulated kind cluster: the docs' memory and CPU tasks, and every way
// top refuses or explains itself (top_pod.go, top_node.go, 1.32).
import { describe, expect, it } from 'vitest';
import { defaultSimConfig } from '../../../../src/sim/core/config/config.js';
import { CPU_DEMO, MEMORY_DEMO } from '../../metrics/fixtures.js';
import { KubectlSession } from './kubectl-session.js';

const withMetrics = () => new KubectlSession({ ...defaultSimConfig(), addons: ['metrics-server'] });

/** The usage cells of a one-pod `kubectl top pod` table. */
function usageOf(table: string): { cpu: number; memory: string } {
  const [, row] = table.split('\n');
  const cells = row!.trim().split(/\s+/);
  return { cpu: Number(cells[1]!.replace(/m$/, '')), memory: cells[2]! };
}

describe('the docs’ resource tasks', () => {
  it('assign-memory-resource: memory-demo (stress, 150M of a 200Mi limit) uses about 150Mi', () => {
    const s = withMetrics().file('memory-request-limit.yaml', MEMORY_DEMO);
    s.ok('kubectl create namespace mem-example', 'kubectl apply -f memory-request-limit.yaml --namespace=mem-example');
    s.ok('kubectl wait --for=condition=Ready pod/memory-demo -n mem-example --timeout=2m', 'sleep 30');
    const r = s.run('kubectl top pod memory-demo --namespace=mem-example');
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^NAME {10}CPU\(cores\) {3}MEMORY\(bytes\) {3}\nmemory-demo {3}\d+m +\d+Mi +\n$/);
    // Touching 150 MiB again after each 1 s hang: tens of millicores, as the docs' captures show.
    expect(usageOf(r.stdout).cpu).toBeGreaterThan(50);
    expect(usageOf(r.stdout).cpu).toBeLessThan(100);
    // stress frees and touches its 150M again every second: a scrape in those 75 ms sees less.
    const memory = [r.stdout, ...[1, 2].map(() => s.run('sleep 15; kubectl top pod memory-demo --namespace=mem-example').stdout)].map((t) => usageOf(t).memory);
    expect(memory).toContain('150Mi');
    for (const m of memory) expect(Number.parseInt(m, 10)).toBeLessThanOrEqual(150);
  });

  it('assign-cpu-resource: cpu-demo asks for 2 CPUs, is throttled at its 1-CPU limit, and top shows about 1000m', () => {
    const s = withMetrics().file('cpu-request-limit.yaml', CPU_DEMO);
    s.ok('kubectl create namespace cpu-example', 'kubectl apply -f cpu-request-limit.yaml --namespace=cpu-example');
    s.ok('kubectl wait --for=condition=Ready pod/cpu-demo -n cpu-example --timeout=2m', 'sleep 30');
    const r = s.run('kubectl top pod cpu-demo --namespace=cpu-example');
    expect(r.stdout).toMatch(/^NAME {7}CPU\(cores\) {3}MEMORY\(bytes\) {3}\ncpu-demo {3}\d+m /);
    expect(usageOf(r.stdout).cpu).toBeGreaterThanOrEqual(960);
    expect(usageOf(r.stdout).cpu).toBeLessThanOrEqual(1000);
  });
});

describe('kubectl top pod', () => {
  it('says the Metrics API is not available on a kind cluster without metrics-server', () => {
    const s = new KubectlSession();
    expect(s.run('kubectl top pod')).toEqual({ stdout: '', stderr: 'error: Metrics API not available\n', exitCode: 1 });
    expect(s.run('kubectl top node')).toEqual({ stdout: '', stderr: 'error: Metrics API not available\n', exitCode: 1 });
  });

  it('reports an empty namespace on stderr, and succeeds', () => {
    expect(withMetrics().run('kubectl top pod')).toEqual({ stdout: '', stderr: 'No resources found in default namespace.\n', exitCode: 0 });
  });

  it('explains missing metrics by the pods’ age: not yet, then the pod that should have them', () => {
    const s = withMetrics();
    s.ok('kubectl run web --image=nginx');
    expect(s.run('kubectl top pod')).toEqual({ stdout: '', stderr: 'error: metrics not available yet\n', exitCode: 1 });
    // A pod that never runs never has metrics; two minutes on, top names it.
    s.ok('kubectl delete pod web --now', "kubectl run big --image=nginx --overrides='{\"spec\":{\"containers\":[{\"name\":\"big\",\"image\":\"nginx\",\"resources\":{\"requests\":{\"cpu\":\"100\"}}}]}}'", 'sleep 125');
    const r = s.run('kubectl top pod');
    expect(r.stderr).toMatch(/^error: Metrics not available for pod default\/big, age: 2m\d+(\.\d+)?s\n$/);
    expect(r.exitCode).toBe(1);
  });

  it('names the pod metrics it has not got yet as namespace/name', () => {
    const s = withMetrics();
    s.ok('kubectl run web --image=nginx', 'kubectl wait --for=condition=Ready pod/web --timeout=60s');
    expect(s.run('kubectl top pod web').stderr).toBe('Error from server (NotFound): podmetrics.metrics.k8s.io "default/web" not found\n');
    expect(s.run('kubectl top pod ghost').stderr).toBe('Error from server (NotFound): pods "ghost" not found\n');
    // With -A the name goes to a path that does not exist: pods/NAME outside any namespace.
    expect(s.run('kubectl top pod -A web').stderr).toBe('Error from server (NotFound): the server could not find the requested resource\n');
  });

  it('prints namespaces with -A, containers with --containers, and totals with --sum', () => {
    const s = withMetrics();
    expect(s.run('kubectl top pod -A').stdout).toMatch(/^NAMESPACE {12}NAME {2,}CPU\(cores\) {3}MEMORY\(bytes\) {3}\nkube-system {10}coredns-/);
    expect(s.run('kubectl top pods -n kube-system -l k8s-app=kube-dns --containers --no-headers').stdout).toMatch(/^coredns-\w+-\w+ {3}coredns {3}\d+m +\d+Mi +\ncoredns-/);
    const sum = s.run('kubectl top po -n kube-system --sum --use-protocol-buffers=false').stdout.split('\n');
    expect(sum.at(-3)).toMatch(/^ +________ +________ +$/);
    expect(sum.at(-2)).toMatch(/^ +\d+m +\d+Mi +$/);
  });

  it('refuses what 1.32 refuses, before asking the server', () => {
    const s = new KubectlSession();
    expect(s.run('kubectl top pod --sort-by=name').stderr).toBe('error: --sort-by accepts only cpu or memory\n');
    expect(s.run('kubectl top pod web -l app=web').stderr).toBe('error: only one of NAME or selector can be provided\n');
    expect(s.run('kubectl top pod web --field-selector metadata.name=web').stderr).toBe('error: only one of NAME or selector can be provided\n');
    expect(s.run('kubectl top pod a b').stderr).toBe("error: pod [NAME | -l label]\nSee 'kubectl top pod -h' for help and examples\n");
    expect(s.run('kubectl top pod --show-capacity').stderr).toBe("error: unknown flag: --show-capacity\nSee 'kubectl top pod --help' for usage.\n");
    expect(s.run('kubectl top pod --field-selector "a b"').stderr).toBe("error: invalid selector: 'a b'; can't understand 'a b'\n");
  });
});

describe('kubectl top node', () => {
  it('prints the node’s usage and its share of allocatable (or capacity)', () => {
    const s = withMetrics();
    const r = s.run('kubectl top node');
    expect(r.stdout).toMatch(/^NAME {17}CPU\(cores\) {3}CPU\(%\) {3}MEMORY\(bytes\) {3}MEMORY\(%\) {3}\nkind-control-plane {3}\d+m +\d+% +\d+Mi +\d+% +\n$/);
    expect(s.run('kubectl top nodes kind-control-plane --show-capacity --no-headers').stdout).toMatch(/^kind-control-plane {3}\d+m/);
    expect(s.run('kubectl top no ghost').stderr).toBe('Error from server (NotFound): node "ghost" not found\n');
  });

  it('has its own flags and errors', () => {
    const s = new KubectlSession();
    expect(s.run('kubectl top node -A').stderr).toBe("error: unknown shorthand flag: 'A' in -A\nSee 'kubectl top node --help' for usage.\n");
    expect(s.run('kubectl top node n -l a=b').stderr).toBe('error: only one of NAME or --selector can be provided\n');
    expect(s.run('kubectl top node a b').stderr).toBe("error: node [NAME | -l label]\nSee 'kubectl top node -h' for help and examples\n");
  });
});

describe('kubectl top', () => {
  it('prints its help on stderr without a subcommand, and refuses an unknown one', () => {
    const s = new KubectlSession();
    const r = s.run('kubectl top');
    expect(r).toMatchObject({ stdout: '', exitCode: 1 });
    expect(r.stderr).toMatch(/^Display resource \(CPU\/memory\) usage\.\n[\s\S]*Available Commands:\n {2}node {10}Display resource \(CPU\/memory\) usage of nodes\n/);
    expect(s.run('kubectl top nod').stderr).toBe(`error: unknown command "nod"\nSee 'kubectl top -h' for help and examples\n`);
  });
});
