// The real kubectl's writes against the served simulator: create, apply (three-way strategic
// merge patches), label and annotate (merge patches), set image, patch, replace and delete,
// validation errors as the API server words them, and a delete that waits out a grace period.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kubectlCheck, startSimHarness, type SimHarness } from './support/harness.js';

const SLEEPER = `apiVersion: v1
kind: Pod
metadata:
  name: sleeper
  labels:
    app: sleeper
    tier: backend
spec:
  containers:
  - name: main
    image: busybox:1.36
    command: ['sleep', '3600']
    env:
    - name: A
      value: "1"
`;

describe.skipIf(!kubectlCheck.available)('kubectl writes against the served simulator', () => {
  let h: SimHarness;
  const pod = async (name: string) => JSON.parse((await h.kubectl(['get', 'pod', name, '-o', 'json'])).stdout);

  beforeAll(async () => {
    h = await startSimHarness();
  });
  afterAll(() => h?.close());

  it('creates from a file, and refuses a second create with AlreadyExists', async () => {
    h.file('sleeper.yaml', SLEEPER);
    const first = await h.kubectl(['create', '-f', 'sleeper.yaml']);
    expect(first).toMatchObject({ stdout: 'pod/sleeper created\n', stderr: '', exitCode: 0 });
    const again = await h.kubectl(['create', '-f', 'sleeper.yaml']);
    expect(again.exitCode).toBe(1);
    expect(again.stderr).toBe('Error from server (AlreadyExists): error when creating "sleeper.yaml": pods "sleeper" already exists\n');
    expect(h.builtin('kubectl create -f sleeper.yaml')).toBe(again.stderr);
    h.server.advance(20_000);
  });

  it('sends fieldValidation=Strict and prints the strict decoding error for an unknown field', async () => {
    h.file('typo.yaml', SLEEPER.replace('name: sleeper', 'name: typo').replace('    image:', '    imagee:'));
    const r = await h.kubectl(['create', '-f', 'typo.yaml']);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe('Error from server (BadRequest): error when creating "typo.yaml": Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "spec.containers[0].imagee"\n');
    expect(h.requests.some((q) => q.method === 'POST' && q.url.includes('fieldValidation=Strict'))).toBe(true);
    expect(h.builtin('kubectl create -f typo.yaml')).toBe(r.stderr);
  });

  it('prints an invalid pod as the API server words it', async () => {
    h.file('invalid.yaml', SLEEPER.replace('name: sleeper', 'name: invalid').replace('    image: busybox:1.36\n', '').replace('name: main', 'name: Main_1'));
    const r = await h.kubectl(['create', '-f', 'invalid.yaml']);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/^The Pod "invalid" is invalid: \n\* spec\.containers\[0\]\.name: Invalid value: "Main_1": /);
    expect(r.stderr).toContain('* spec.containers[0].image: Required value');
    expect(h.builtin('kubectl create -f invalid.yaml')).toBe(r.stderr);
  });

  it('labels and annotates with merge patches, overwriting and removing keys', async () => {
    expect((await h.kubectl(['label', 'pod', 'sleeper', 'env=dev'])).stdout).toBe('pod/sleeper labeled\n');
    const conflict = await h.kubectl(['label', 'pod', 'sleeper', 'env=prod']);
    expect(conflict.stderr).toBe("error: 'env' already has a value (dev), and --overwrite is false\n");
    expect((await h.kubectl(['label', 'pod', 'sleeper', 'env=prod', '--overwrite'])).stdout).toBe('pod/sleeper labeled\n');
    expect((await h.kubectl(['label', 'pod', 'sleeper', 'tier-'])).stdout).toBe('pod/sleeper unlabeled\n');
    expect((await h.kubectl(['annotate', 'pod', 'sleeper', 'note=hello world'])).stdout).toBe('pod/sleeper annotated\n');
    expect(h.requests.filter((q) => q.method === 'PATCH')).toHaveLength(4);
    const p = await pod('sleeper');
    expect(p.metadata.labels).toEqual({ app: 'sleeper', env: 'prod' });
    expect(p.metadata.annotations).toEqual({ note: 'hello world' });
  });

  it('applies: creates with the last-applied annotation, then unchanged, then a three-way merge', async () => {
    const manifest = SLEEPER.replace('name: sleeper', 'name: applied');
    h.file('applied.yaml', manifest);
    expect((await h.kubectl(['apply', '-f', 'applied.yaml'])).stdout).toBe('pod/applied created\n');
    expect((await h.kubectl(['apply', '-f', 'applied.yaml'])).stdout).toBe('pod/applied unchanged\n');
    await h.kubectl(['label', 'pod', 'applied', 'added-by=hand']);
    // Drop a label and change the image: the dropped label goes, the hand-made one stays.
    h.file('applied.yaml', manifest.replace('    tier: backend\n', '').replace('image: busybox:1.36', 'image: busybox:1.37'));
    const r = await h.kubectl(['apply', '-f', 'applied.yaml']);
    expect(r).toMatchObject({ stdout: 'pod/applied configured\n', stderr: '', exitCode: 0 });
    const p = await pod('applied');
    expect(p.metadata.labels).toEqual({ app: 'sleeper', 'added-by': 'hand' });
    expect(p.spec.containers[0].image).toBe('busybox:1.37');
    expect(p.metadata.annotations['kubectl.kubernetes.io/last-applied-configuration']).toContain('"image":"busybox:1.37"');
    expect(h.requests.some((q) => q.method === 'PATCH' && q.url.includes('/pods/applied?fieldManager=kubectl-client-side-apply'))).toBe(true);
  });

  it('refuses an update of an immutable pod field with the API server message', async () => {
    h.file('applied.yaml', SLEEPER.replace('name: sleeper', 'name: applied').replace("command: ['sleep', '3600']", "command: ['sleep', '7200']"));
    const r = await h.kubectl(['apply', '-f', 'applied.yaml']);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('The Pod "applied" is invalid: spec: Forbidden: pod updates may not change fields other than');
  });

  it('sets an image with a strategic merge patch that keeps the other containers fields', async () => {
    const r = await h.kubectl(['set', 'image', 'pod/sleeper', 'main=busybox:1.37']);
    expect(r.stdout).toBe('pod/sleeper image updated\n');
    const p = await pod('sleeper');
    expect(p.spec.containers).toHaveLength(1);
    expect(p.spec.containers[0]).toMatchObject({ name: 'main', image: 'busybox:1.37', command: ['sleep', '3600'], env: [{ name: 'A', value: '1' }] });
  });

  it('patches with --type merge, json and strategic', async () => {
    expect((await h.kubectl(['patch', 'pod', 'sleeper', '--type', 'merge', '-p', '{"metadata":{"labels":{"m":"1"}}}'])).stdout).toBe('pod/sleeper patched\n');
    expect((await h.kubectl(['patch', 'pod', 'sleeper', '--type', 'json', '-p', '[{"op":"add","path":"/metadata/labels/j","value":"2"}]'])).stdout).toBe('pod/sleeper patched\n');
    expect((await h.kubectl(['patch', 'pod', 'sleeper', '-p', '{"spec":{"containers":[{"name":"main","image":"busybox:1.36"}]}}'])).stdout).toBe('pod/sleeper patched\n');
    const p = await pod('sleeper');
    expect(p.metadata.labels).toMatchObject({ m: '1', j: '2' });
    expect(p.spec.containers[0]).toMatchObject({ image: 'busybox:1.36', command: ['sleep', '3600'] });
    const bad = await h.kubectl(['patch', 'pod', 'sleeper', '--type', 'json', '-p', '[{"op":"replace","path":"/metadata/nosuch/x","value":"2"}]']);
    expect(bad.exitCode).toBe(1);
    expect(bad.stderr).toBe('The request is invalid: the server rejected our request due to an error in our request\n');
  });

  it('replaces an object with PUT (kubectl replace)', async () => {
    h.file('cm.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  a: "1"\n');
    expect((await h.kubectl(['create', '-f', 'cm.yaml'])).stdout).toBe('configmap/settings created\n');
    h.file('cm.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  b: "2"\n');
    expect((await h.kubectl(['replace', '-f', 'cm.yaml'])).stdout).toBe('configmap/settings replaced\n');
    expect((await h.kubectl(['get', 'cm', 'settings', '-o', 'jsonpath={.data}'])).stdout).toBe('{"b":"2"}');
  });

  it('honours --dry-run=server on create and delete without changing anything', async () => {
    h.file('dry.yaml', SLEEPER.replace('name: sleeper', 'name: dry'));
    expect((await h.kubectl(['create', '-f', 'dry.yaml', '--dry-run=server'])).stdout).toBe('pod/dry created (server dry run)\n');
    expect((await h.kubectl(['get', 'pod', 'dry'])).exitCode).toBe(1);
    expect((await h.kubectl(['delete', 'configmap', 'settings', '--dry-run=server'])).stdout).toBe('configmap "settings" deleted (server dry run)\n');
    expect((await h.kubectl(['get', 'configmap', 'settings'])).exitCode).toBe(0);
  });

  it('waits for a graceful pod deletion until the clock passes the grace period', async () => {
    h.file('lingerer.yaml', SLEEPER.replace('name: sleeper', 'name: lingerer'));
    await h.kubectl(['create', '-f', 'lingerer.yaml']);
    h.server.advance(20_000);
    const del = h.background(['delete', 'pod', 'lingerer']);
    let exited = false;
    void del.done.then(() => (exited = true));
    // kubectl prints its line at once, sees the pod terminating, and watches for its DELETED event.
    await h.waitForRequest((q) => q.url.includes('watch=true') && q.url.includes('lingerer'));
    const terminating = await pod('lingerer');
    expect(terminating.metadata.deletionTimestamp).toBeDefined();
    expect(terminating.metadata.deletionGracePeriodSeconds).toBe(30);
    h.server.advance(10_000);
    await new Promise((r) => setTimeout(r, 300));
    expect(exited).toBe(false);
    // sleep as PID 1 ignores SIGTERM: the kubelet kills it when the 30 s grace period ends.
    h.server.advance(25_000);
    const r = await del.done;
    expect(r).toMatchObject({ stdout: 'pod "lingerer" deleted\n', exitCode: 0 });
    expect((await h.kubectl(['get', 'pod', 'lingerer'])).stderr).toBe('Error from server (NotFound): pods "lingerer" not found\n');
  });

  it('deletes at once with --grace-period=0 --force, and by file', async () => {
    const r = await h.kubectl(['delete', 'pod', 'applied', '--grace-period=0', '--force']);
    expect(r.stdout).toBe('pod "applied" force deleted\n');
    expect(r.stderr).toBe('Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n');
    const byFile = await h.kubectl(['delete', '-f', 'cm.yaml']);
    expect(byFile.stdout).toBe('configmap "settings" deleted\n');
    const missing = await h.kubectl(['delete', '-f', 'cm.yaml']);
    expect(missing.stderr).toBe('Error from server (NotFound): error when deleting "cm.yaml": configmaps "settings" not found\n');
  });

  it('creates with the typed commands, whose bodies kubectl sends as protobuf', async () => {
    const run = async (...args: string[]) => (await h.kubectl(args)).stdout;
    expect(await run('create', 'configmap', 'colors', '--from-literal=fg=blue', '--from-literal=bg=')).toBe('configmap/colors created\n');
    expect(await run('create', 'secret', 'generic', 'creds', '--from-literal=password=s3cret')).toBe('secret/creds created\n');
    expect(await run('create', 'serviceaccount', 'robot')).toBe('serviceaccount/robot created\n');
    expect(await run('create', 'deployment', 'web', '--image=nginx:1.27', '--replicas=0', '--port=80')).toBe('deployment.apps/web created\n');
    expect(await run('create', 'service', 'nodeport', 'web', '--tcp=80:8080', '--node-port=30080')).toBe('service/web created\n');
    expect(await run('create', 'quota', 'small', '--hard=pods=2')).toBe('resourcequota/small created\n');
    expect(h.requests.filter((q) => q.method === 'POST')).not.toHaveLength(0);
    expect((await h.kubectl(['get', 'cm', 'colors', '-o', 'jsonpath={.data}'])).stdout).toBe('{"bg":"","fg":"blue"}');
    expect((await h.kubectl(['get', 'secret', 'creds', '-o', 'jsonpath={.type} {.data.password}'])).stdout).toBe('Opaque czNjcmV0');
    const web = JSON.parse((await h.kubectl(['get', 'deploy', 'web', '-o', 'json'])).stdout);
    expect(web.spec).toMatchObject({ replicas: 0, selector: { matchLabels: { app: 'web' } } });
    expect(web.spec.template.spec.containers[0]).toMatchObject({ name: 'nginx', image: 'nginx:1.27', ports: [{ containerPort: 80, protocol: 'TCP' }] });
    expect((await h.kubectl(['get', 'svc', 'web', '-o', 'jsonpath={.spec.type} {.spec.ports[0].nodePort} {.spec.ports[0].targetPort}'])).stdout).toBe('NodePort 30080 8080');
  });

  it('creates and deletes a namespace, and creates into it', async () => {
    expect((await h.kubectl(['create', 'namespace', 'team-a'])).stdout).toBe('namespace/team-a created\n');
    h.file('ns-pod.yaml', SLEEPER.replace('name: sleeper', 'name: in-team'));
    expect((await h.kubectl(['apply', '-f', 'ns-pod.yaml', '-n', 'team-a'])).stdout).toBe('pod/in-team created\n');
    const missingNs = await h.kubectl(['apply', '-f', 'ns-pod.yaml', '-n', 'team-b']);
    expect(missingNs.stderr).toBe('Error from server (NotFound): error when creating "ns-pod.yaml": namespaces "team-b" not found\n');
    const del = h.background(['delete', 'namespace', 'team-a']);
    await h.waitForRequest((q) => q.url.includes('watch=true') && q.url.includes('team-a'));
    h.server.advance(40_000);
    expect((await del.done).stdout).toBe('namespace "team-a" deleted\n');
  });
});
