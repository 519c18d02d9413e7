// Isolation on one cluster: each lesson in a namespace of its own, shown to it as `default`, so
// two lessons that create the same Pod pass side by side with --jobs 2, and nothing is left.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kubectlCheck } from '../../server/support/harness.js';
import { kindling, kindlingNamespaces, kubectl, leftovers, markedProcesses, podLesson, simServe, testDir, write, type Served } from './sim-serve.js';

const { dir, tmp, env } = testDir('namespaces');
let server: Served | undefined;

beforeAll(async () => {
  if (kubectlCheck.available) server = await simServe(dir, env);
}, 60_000);
afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe.runIf(kubectlCheck.available)('a namespace per lesson on one cluster', () => {
  it('runs two lessons that create the same Pod together with --jobs 2, and leaves no namespace, workspace or process', () => {
    write(dir, 'first.md', podLesson('First', 'myapp-pod'));
    write(dir, 'second.md', podLesson('Second', 'myapp-pod'));
    const r = kindling(['verify', '--backend', 'cluster', '--kubeconfig', server!.kubeconfig, '--jobs', '2', '--reporter', 'json', 'first.md', 'second.md'], dir, env);
    expect(r.status, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as { lessons: { status: string }[] };
    expect(report.lessons.map((l) => l.status)).toEqual(['passed', 'passed']);
    expect(kindlingNamespaces(server!.kubeconfig)).toEqual([]);
    expect(leftovers(tmp)).toEqual([]);
    expect(markedProcesses(tmp)).toEqual([]);
  }, 300_000);

  it("keeps a lesson that names the namespace default (-n default) in its own namespace", () => {
    write(
      dir,
      'named-default.md',
      `---
title: Names default
---

\`\`\`console
$ kubectl create configmap shared-name -n default --from-literal=colour=blue
configmap/shared-name created
$ kubectl get configmap shared-name --namespace=default -o jsonpath='{.data.colour}{"\\n"}'
blue
$ kubectl get configmap shared-name -o jsonpath='{.metadata.namespace}{"\\n"}'
default
\`\`\`
`,
    );
    const r = kindling(['verify', '--backend', 'cluster', '--kubeconfig', server!.kubeconfig, 'named-default.md'], dir, env);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    // The ConfigMap lived in the lesson's namespace, gone with it: the cluster's default has none.
    const left = kubectl(['get', 'configmap', 'shared-name', '-n', 'default', '--ignore-not-found', '-o', 'name'], server!.kubeconfig);
    expect(left.status, left.stderr).toBe(0);
    expect(left.stdout).toBe('');
  }, 300_000);

  it('lets a lesson that declares cluster.exclusive create its own namespace and use it with -n', () => {
    write(
      dir,
      'own.md',
      `---
title: Its own namespace
cluster:
  exclusive: true
---

\`\`\`console
$ kubectl create namespace team-a
namespace/team-a created
$ kubectl create configmap settings -n team-a --from-literal=colour=blue
configmap/settings created
$ kubectl get configmap settings -n team-a -o jsonpath='{.data.colour}{"\\n"}'
blue
$ kubectl delete namespace team-a
namespace "team-a" deleted
\`\`\`
`,
    );
    const r = kindling(['verify', '--backend', 'cluster', '--kubeconfig', server!.kubeconfig, 'own.md'], dir, env);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(kindlingNamespaces(server!.kubeconfig)).toEqual([]);
    expect(leftovers(tmp)).toEqual([]);
  }, 300_000);
});
