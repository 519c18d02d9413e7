// The diff after "pod updates may not change fields other than ...", checked against what real
// API servers printed. The three goldens marked "observed" are real captures, re-indented: the
// pasted copies had go-cmp's TABs expanded (to 8 or, in kubectl edit's `# ` comments, 2 columns),
// and the edit captures lost their `# ` prefix here. Captures from 1.31 count one PodSpec field
// fewer than 1.32 (PodSpec.Resources, PodLevelResources, is new in 1.32): their last
// `... // N identical fields` is N+1 in the golden. Nothing else was changed.
// The research notes (docs/research/kubernetes.md 2.3) abbreviated two lines of the edit capture
// (`Projected: &{...}` and `{{Name: "orange-container", Image: "busybox:1.28", ...}}`); the full
// capture (KodeKloud notes, file id 43331141285) prints them whole, as go-cmp's source says
// (verbosity 1 for equal values: 4 non-zero fields per struct, every level).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { podSpecDiff } from '../../../../src/sim/api/validation/pod-spec-diff.js';
import type { PodSpec } from '../../../../src/sim/api/types.js';
import { expectGolden } from '../../../support/golden.js';
import { KubectlSession } from '../../kubectl/verbs/kubectl-session.js';

const GOLDEN = 'test/sim/api/validation/golden';

function fixture(name: string): PodSpec {
  return JSON.parse(readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8')) as PodSpec;
}

type Json = Record<string, unknown>;
const containerOf = (spec: PodSpec, list: 'containers' | 'initContainers' = 'containers'): Json => spec[list]![0] as unknown as Json;

/** The same JSON with every object's keys in reverse order, as a strategic merge patch may leave them. */
function reverseKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(reverseKeys);
  if (typeof v !== 'object' || v === null) return v;
  return Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reverseKeys(x)]));
}

describe('podSpecDiff', () => {
  test('an init container command change prints as the API server printed it (observed, kubectl edit, 1.31)', () => {
    const old = fixture('orange-pod-spec.json');
    const next = structuredClone(old);
    containerOf(next, 'initContainers')['command'] = ['sh', '-c', 'sleep 2'];
    expectGolden(podSpecDiff(old, next)!, `${GOLDEN}/init-command-change.txt`);
  });

  test('a cpu limit change prints the quantities as resource.Quantity structs (observed, kubectl apply, 1.32)', () => {
    const old = fixture('lembretes-pod-spec.json');
    const next = structuredClone(old);
    (containerOf(next)['resources'] as { limits: Json }).limits['cpu'] = '2';
    expectGolden(podSpecDiff(old, next)!, `${GOLDEN}/cpu-limit-change.txt`);
  });

  test('single-entry limits and requests that change print whole on both sides (observed, kubectl edit, 1.31)', () => {
    const old = fixture('lembretes-pod-spec.json');
    old.volumes![0]!.name = 'kube-api-access-mmn8z';
    containerOf(old)['resources'] = { limits: { cpu: '500m' }, requests: { cpu: '500m' } };
    const next = structuredClone(old);
    containerOf(next)['resources'] = { limits: { cpu: '700m' }, requests: { cpu: '400m' } };
    expectGolden(podSpecDiff(old, next)!, `${GOLDEN}/limits-and-requests-change.txt`);
  });

  test('the text does not depend on the order of the JSON keys', () => {
    const old = fixture('orange-pod-spec.json');
    const next = structuredClone(old);
    containerOf(next, 'initContainers')['command'] = ['sh', '-c', 'sleep 2'];
    const reordered = podSpecDiff(reverseKeys(old) as PodSpec, reverseKeys(next) as PodSpec);
    expect(reordered).toBe(podSpecDiff(old, next));
  });

  test('semantically equal specs have no diff: an empty list for a missing one, 0.5 for 500m', () => {
    const old = fixture('lembretes-pod-spec.json');
    containerOf(old)['resources'] = { limits: { cpu: '500m' } };
    const next = structuredClone(old);
    containerOf(next)['resources'] = { limits: { cpu: '0.5' } };
    containerOf(next)['args'] = [];
    expect(podSpecDiff(old, next)).toBeUndefined();
  });

  test('an empty list does differ from a missing one once something else changed, as for go-cmp', () => {
    const old = fixture('orange-pod-spec.json');
    const next = structuredClone(old);
    containerOf(next)['args'] = [];
    containerOf(next)['workingDir'] = '/work';
    const diff = podSpecDiff(old, next)!;
    expect(diff).toContain('- \t\t\tArgs:       nil,\n+ \t\t\tArgs:       []string{},\n');
    expect(diff).toContain('- \t\t\tWorkingDir: "",\n+ \t\t\tWorkingDir: "/work",\n');
  });

  test('host namespaces are compared inside the internal SecurityContext', () => {
    const old = fixture('orange-pod-spec.json');
    const next = { ...structuredClone(old), hostNetwork: true };
    expectGolden(podSpecDiff(old, next)!, `${GOLDEN}/host-network-change.txt`);
  });

  test('an added env var, a changed probe port and a new node selector, in Go field order', () => {
    const old = fixture('orange-pod-spec.json');
    containerOf(old)['env'] = [{ name: 'A', value: '1' }];
    containerOf(old)['livenessProbe'] = { httpGet: { path: '/healthz', port: 8080, scheme: 'HTTP' }, periodSeconds: 10 };
    const next = structuredClone(old);
    containerOf(next)['env'] = [{ name: 'A', value: '1' }, { name: 'B', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'status.podIP' } } }];
    containerOf(next)['livenessProbe'] = { httpGet: { path: '/healthz', port: 'http', scheme: 'HTTP' }, periodSeconds: 10 };
    next.nodeSelector = { disk: 'ssd' };
    expectGolden(podSpecDiff(old, next)!, `${GOLDEN}/env-probe-node-selector-change.txt`);
  });

  test('a long shell script is diffed in 64-byte chunks with strings.Join', () => {
    const old = fixture('orange-pod-spec.json');
    const script = 'while true; do echo "$(date) the app is running"; sleep 5; done # keep the container busy';
    containerOf(old)['command'] = ['sh', '-c', script];
    const next = structuredClone(old);
    containerOf(next)['command'] = ['sh', '-c', script.replace('sleep 5', 'sleep 10')];
    expectGolden(podSpecDiff(old, next)!, `${GOLDEN}/long-script-change.txt`);
  });

  test('a multi-line script is diffed line by line in a triple-quoted block', () => {
    const old = fixture('orange-pod-spec.json');
    const script = 'set -e\necho starting\nmkdir -p /data/cache\necho ready > /data/ready\nsleep 3600\n';
    containerOf(old)['args'] = [script];
    const next = structuredClone(old);
    containerOf(next)['args'] = [script.replace('/data/cache', '/data/cache /data/tmp')];
    expectGolden(podSpecDiff(old, next)!, `${GOLDEN}/multi-line-script-change.txt`);
  });

  test('the lesson 60 scenario: kubectl apply of a changed init container command', () => {
    const manifest = (command: string): string =>
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: greeter\nspec:\n  initContainers:\n  - name: prepare\n    image: busybox:1.36\n' +
      `    command: ['sh', '-c', '${command}']\n  containers:\n  - name: greeter\n    image: busybox:1.36\n` +
      "    command: ['sh', '-c', 'echo hello; sleep 3600']\n";
    const s = new KubectlSession().file('greeter.yaml', manifest('echo preparing')).ok('kubectl apply -f greeter.yaml');
    s.file('greeter.yaml', manifest('echo preparing differently'));
    const r = s.run('kubectl apply -f greeter.yaml');
    expect(r.exitCode).toBe(1);
    // The service-account volume's name ends in 5 random characters.
    expectGolden(r.stderr.replace(/kube-api-access-[a-z0-9]{5}/g, 'kube-api-access-<RANDOM>'), `${GOLDEN}/lesson-60-apply.txt`);
  });
});
