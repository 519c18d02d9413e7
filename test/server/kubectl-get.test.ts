// The real kubectl's `get` against the served simulator: the server's Tables (the printers our
// kubectl uses) come out of the real kubectl byte for byte as our kubectl prints them.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectGolden } from '../support/golden.js';
import { kubectlCheck, startSimHarness, type SimHarness } from './support/harness.js';

const PODS = readFileSync(new URL('./fixtures/pods.yaml', import.meta.url), 'utf8');

describe.skipIf(!kubectlCheck.available)('kubectl get against the served simulator', () => {
  let h: SimHarness;

  /** Runs our kubectl first (it moves the clock one second), then the real one at that same instant. */
  async function both(command: string): Promise<{ real: string; builtin: string }> {
    const builtin = h.builtin(`kubectl ${command}`);
    const args = command.match(/'[^']*'|\S+/g)!.map((a) => a.replace(/^'(.*)'$/, '$1'));
    const r = await h.kubectl(args);
    return { real: r.stdout + r.stderr, builtin };
  }

  beforeAll(async () => {
    h = await startSimHarness();
    const created = await h.kubectl(['create', '-f', h.file('pods.yaml', PODS)]);
    expect(created.stdout).toBe('pod/web created\npod/myapp-pod created\nservice/web created\n');
    h.server.advance(45_000);
  });
  afterAll(() => h?.close());

  it('prints the pod table (READY, STATUS from the server, Init:0/1) as our kubectl does', async () => {
    const { real, builtin } = await both('get pods');
    expect(real).toBe(builtin);
    expectGolden(real, 'test/server/golden/get-pods.txt');
  });

  it('shows the wide columns with -o wide from the same server response', async () => {
    const { real, builtin } = await both('get pods -o wide');
    expect(real).toBe(builtin);
    expect(real).toMatch(/^NAME +READY +STATUS +RESTARTS +AGE +IP +NODE +NOMINATED NODE +READINESS GATES\n/);
  });

  it('lists every namespace with -A, taking NAMESPACE from the row metadata', async () => {
    const { real, builtin } = await both('get pods -A');
    expect(real).toBe(builtin);
    expect(real).toContain('kube-system          coredns-');
  });

  it('prints LABELS from the row metadata with --show-labels', async () => {
    const { real, builtin } = await both('get pods --show-labels');
    expect(real).toBe(builtin);
    expect(real).toContain('app=web,tier=frontend');
  });

  it('sorts on fields of the full objects the rows carry with --sort-by', async () => {
    const { real, builtin } = await both('get pods -A --sort-by=.status.podIP');
    expect(real).toBe(builtin);
    const ips = real.trim().split('\n').slice(1).map((l) => l.split(/\s+/)[1]);
    expect(ips.length).toBeGreaterThan(5);
  });

  it('prints one object as YAML and as JSON exactly as our kubectl does', async () => {
    const yaml = await both('get pod web -o yaml');
    expect(yaml.real).toBe(yaml.builtin);
    expect(yaml.real).toContain('  phase: Running\n');
    const json = await both('get svc web -o json');
    expect(json.real).toBe(json.builtin);
    expect(JSON.parse(json.real).spec.clusterIP).toMatch(/^10\.(9[6-9]|10[0-9]|11[01])\./);
  });

  it('expands `get all` from the discovery categories, a table per type', async () => {
    const { real, builtin } = await both('get all');
    expect(real).toBe(builtin);
    expectGolden(real, 'test/server/golden/get-all.txt');
  });

  it('prints services, nodes, namespaces, deployments and events tables', async () => {
    for (const command of ['get svc', 'get nodes -o wide', 'get ns', 'get deploy,rs -A', 'get endpoints,endpointslices', 'get cm,sa,secrets -n kube-system']) {
      const { real, builtin } = await both(command);
      expect(real, command).toBe(builtin);
    }
  });

  it('filters events with --field-selector, whatever the order of the terms', async () => {
    const { real, builtin } = await both('get events --field-selector reason=Started,involvedObject.name=web');
    expect(real).toBe(builtin);
    expect(real.trim().split('\n')).toHaveLength(2);
    expect(real).toContain('Started container nginx');
  });

  it('filters with label selectors and prints names with -o name', async () => {
    const { real, builtin } = await both('get pods -l app=web,tier!=backend -o name');
    expect(real).toBe(builtin);
    expect(real).toBe('pod/web\n');
  });

  it('reports a missing object as the API server does', async () => {
    const r = await h.kubectl(['get', 'pod', 'nosuch']);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe('Error from server (NotFound): pods "nosuch" not found\n');
    expect(h.builtin('kubectl get pod nosuch')).toBe(r.stderr);
  });

  it('says so when a namespace has nothing to list', async () => {
    const r = await h.kubectl(['get', 'pods', '-n', 'local-path-storage', '-l', 'app=none']);
    expect(r.stderr).toBe('No resources found in local-path-storage namespace.\n');
  });
});
