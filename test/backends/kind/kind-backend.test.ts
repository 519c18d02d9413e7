// The kind backend up to where this machine stops (no container engine here): a fake `kind` and
// a fake `docker` on PATH (test doubles of external tools) record the commands kindling runs, and
// `kind get kubeconfig` hands out the kubeconfig of `kindling sim serve`, so the lessons really
// run, with the real kubectl. kind itself is exercised by examples/ci/ (README "CI").
import { chmodSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { findOnPath } from '../../../src/backends/kind/find-on-path.js';
import { kubectlCheck } from '../../server/support/harness.js';
import { kindling, kindlingNamespacesSettled, leftovers, podLesson, simServe, testDir, write, type Served } from '../cluster/sim-serve.js';

const { dir, tmp, env } = testDir('kind');
const bin = join(dir, 'bin');
const log = join(dir, 'kind.log');
const state = join(dir, 'kind-clusters');
let server: Served | undefined;

const FAKE_KIND = `#!/bin/bash
# A stand-in for kind: logs its arguments, keeps cluster names in a file, serves a fixed kubeconfig.
echo "kind $*" >> "$FAKE_LOG"
case "$1 $2" in
  "version ") echo "kind v0.27.0 go1.23.6 linux/amd64" ;;
  "get clusters") [ -s "$FAKE_STATE" ] && cat "$FAKE_STATE" || echo "No kind clusters found." >&2 ;;
  "create cluster") echo "$4" >> "$FAKE_STATE"; echo "Creating cluster \\"$4\\" ..." >&2 ;;
  "get kubeconfig") cat "$FAKE_KUBECONFIG" ;;
  "load docker-image") echo "Image: \\"$3\\" with ID \\"sha256:0\\" not yet present on node \\"$5-control-plane\\", loading..." >&2 ;;
  "delete cluster") grep -vx "$4" "$FAKE_STATE" > "$FAKE_STATE.new"; mv "$FAKE_STATE.new" "$FAKE_STATE"; echo "Deleting cluster \\"$4\\" ..." >&2 ;;
  *) echo "unknown command" >&2; exit 1 ;;
esac
`;

const FAKE_DOCKER = `#!/bin/bash
echo "docker $*" >> "$FAKE_LOG"
[ "$1 $2" = "image inspect" ] && exit 1
exit 0
`;

function fakeEnv(): NodeJS.ProcessEnv {
  return { ...env, PATH: `${bin}${delimiter}${process.env['PATH'] ?? ''}`, FAKE_LOG: log, FAKE_STATE: state, FAKE_KUBECONFIG: server!.kubeconfig };
}

function logged(): string[] {
  return readFileSync(log, 'utf8').trim().split('\n');
}

beforeAll(async () => {
  mkdirSync(bin);
  writeFileSync(join(bin, 'kind'), FAKE_KIND);
  writeFileSync(join(bin, 'docker'), FAKE_DOCKER);
  chmodSync(join(bin, 'kind'), 0o755);
  chmodSync(join(bin, 'docker'), 0o755);
  write(dir, 'kind.yaml', 'kind: Cluster\napiVersion: kind.x-k8s.io/v1alpha4\n');
  write(dir, 'with-image.md', podLesson('With an image', 'web').replace('title: With an image\n', 'title: With an image\ncluster:\n  images: [busybox:1.36]\n'));
  if (kubectlCheck.available) server = await simServe(dir, env);
}, 60_000);
beforeEach(() => {
  writeFileSync(log, '');
  writeFileSync(state, '');
});
afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe.runIf(kubectlCheck.available)('--backend kind', () => {
  it('creates the cluster with the config and node image, loads the declared images, deletes the cluster, and records the versions on the page', async () => {
    const r = kindling(['build', '--kind', 'demo', '--kind-config', 'kind.yaml', '--kind-image', 'kindest/node:v1.32.2', '--out', 'site', 'with-image.md'], dir, fakeEnv());
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(logged()).toEqual([
      'kind version',
      'kind get clusters',
      'kind create cluster --name demo --wait 5m --config kind.yaml --image kindest/node:v1.32.2',
      'kind get kubeconfig --name demo',
      'docker image inspect busybox:1.36',
      'docker pull busybox:1.36',
      'kind load docker-image busybox:1.36 --name demo',
      'kind delete cluster --name demo',
    ]);
    const page = readFileSync(join(dir, 'site', readdirSync(join(dir, 'site')).find((f) => f.startsWith('with-image'))!, 'index.html'), 'utf8');
    expect(page).toContain('kind (cluster &quot;demo&quot;, kind v0.27.0, Kubernetes v1.32.2)');
    expect(leftovers(tmp)).toEqual([]);
    // kindling deletes the kind cluster it created, so it asks for the lesson namespace's deletion
    // without waiting for it; the fake kind deletes nothing, and the server finishes on its own.
    expect(await kindlingNamespacesSettled(server!.kubeconfig)).toEqual([]);
  }, 300_000);

  it('reuses a cluster that exists and leaves it; --keep keeps one it created', () => {
    writeFileSync(state, 'kindling\n');
    const reuse = kindling(['verify', '--backend', 'kind', 'with-image.md'], dir, fakeEnv());
    expect(reuse.status, reuse.stdout + reuse.stderr).toBe(0);
    expect(logged().filter((l) => / cluster /.test(l))).toEqual([]);
    writeFileSync(log, '');
    writeFileSync(state, '');
    const keep = kindling(['verify', '--kind', 'kept', '--keep', 'with-image.md'], dir, fakeEnv());
    expect(keep.status, keep.stdout + keep.stderr).toBe(0);
    expect(logged().filter((l) => / cluster /.test(l))).toEqual(['kind create cluster --name kept --wait 5m']);
    expect(readFileSync(state, 'utf8')).toBe('kept\n');
    expect(leftovers(tmp)).toEqual([]);
  }, 300_000);
});

describe('--backend kind without kind on PATH', () => {
  const path = (process.env['PATH'] ?? '').split(delimiter).filter((d) => d !== bin).join(delimiter);
  it.skipIf(findOnPath('kind', path) !== undefined)('is one coded line with install instructions, and nothing runs', () => {
    const r = kindling(['verify', '--backend', 'kind', 'with-image.md'], dir, { ...env, PATH: path });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'kindling verify: KL805 kind-not-found: --backend kind needs `kind` on PATH; install it from https://kind.sigs.k8s.io/docs/user/quick-start/#installation (e.g. `go install sigs.k8s.io/kind@v0.27.0`), or use --backend cluster with a kubeconfig\n',
    );
  });
});
