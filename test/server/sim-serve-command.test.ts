// `kindling sim serve` as a process (run from the TypeScript sources): the KUBECONFIG line, a
// cluster the real kubectl can use, a lesson's state served at the real time, a taken port, and
// a clean exit on SIGINT.
import { spawn, type ChildProcess } from 'node:child_process';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/golden.js';
import { KUBECTL, kubectlCheck } from './support/harness.js';

const run = promisify(execFile);
const HOOKS = join(repoRoot, 'test/server/support/register-ts.mjs');
const CLI = join(repoRoot, 'test/server/support/kindling.mjs');
const dir = mkdtempSync(join(tmpdir(), 'kindling-sim-serve-test-'));

interface Started {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exit: Promise<number | null>;
}

function start(args: string[]): Started {
  const child = spawn(process.execPath, ['--import', HOOKS, CLI, 'sim', ...args], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, stdout: () => stdout, stderr: () => stderr, exit };
}

async function waitFor(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 2400 && !check(); i++) await new Promise((r) => setTimeout(r, 50));
  if (!check()) throw new Error(`timed out waiting for ${what}`);
}

const kubectl = (kubeconfig: string, ...args: string[]) =>
  run(KUBECTL, args, { env: { PATH: process.env['PATH'] ?? '', HOME: join(dir, 'home'), KUBECONFIG: kubeconfig, TZ: 'UTC' } });

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('kindling sim serve', { timeout: 180_000 }, () => {
  it.skipIf(!kubectlCheck.available)('prints the KUBECONFIG to export, serves an empty cluster, and exits 0 on SIGINT', async () => {
    const s = start(['serve', '--speed', '2']);
    try {
      // The export line (stdout) and the serving line (stderr) come through two pipes, in either order.
      await waitFor(() => s.stdout().includes('\n') && /kindling sim serve: serving[^\n]*\n/.test(s.stderr()), 'the export and serving lines');
      const match = /^export KUBECONFIG=(\/\S+\/kubeconfig)\n$/.exec(s.stdout());
      expect(match).not.toBeNull();
      const kubeconfig = match![1]!;
      expect(s.stderr()).toMatch(/^kindling sim serve: serving an empty cluster \(Kubernetes v1\.32\.2\) at https:\/\/127\.0\.0\.1:\d+, the clock at 2x real time; Ctrl-C to stop\n$/);
      // Only the owner can read the kubeconfig, which holds the CA data and the bearer token.
      expect(statSync(kubeconfig).mode & 0o777).toBe(0o600);
      const config = readFileSync(kubeconfig, 'utf8');
      expect(config).toMatch(/certificate-authority-data: \S+/);
      expect(config).toMatch(/token: [A-Za-z0-9_-]{43}\n/);
      const nodes = await kubectl(kubeconfig, 'get', 'nodes');
      expect(nodes.stdout).toMatch(/^NAME +STATUS +ROLES +AGE +VERSION\nkind-control-plane +Ready +control-plane +5m\d*s? +v1\.32\.2\n$/);
      s.child.kill('SIGINT');
      expect(await s.exit).toBe(0);
      expect(existsSync(kubeconfig)).toBe(false);
    } finally {
      s.child.kill('SIGKILL');
    }
  });

  it.skipIf(!kubectlCheck.available)('serves the state a lesson leaves, with the clock at the real time', async () => {
    writeFileSync(
      join(dir, 'lesson.md'),
      ['---', 'title: Served', '---', '', '```yaml file=pod.yaml', 'apiVersion: v1', 'kind: Pod', 'metadata:', '  name: lesson-pod', 'spec:', '  containers:', '  - name: main', '    image: busybox:1.36', "    command: ['sleep', '3600']", '```', '', '```console', '$ kubectl create -f pod.yaml', '$ sleep 50', '```', ''].join('\n'),
    );
    const s = start(['serve', 'lesson.md']);
    try {
      // The export line (stdout) and the serving line (stderr) come through two pipes, in either order.
      await waitFor(() => s.stdout().includes('\n') && /kindling sim serve: serving[^\n]*\n/.test(s.stderr()), 'the export and serving lines');
      const kubeconfig = s.stdout().trim().replace('export KUBECONFIG=', '');
      expect(s.stderr()).toContain('serving the cluster lesson.md leaves');
      const pods = await kubectl(kubeconfig, 'get', 'pods');
      expect(pods.stdout).toMatch(/^NAME +READY +STATUS +RESTARTS +AGE\nlesson-pod +1\/1 +Running +0 +5\ds\n$/);
      const created = Date.parse((await kubectl(kubeconfig, 'get', 'pod', 'lesson-pod', '-o', 'jsonpath={.metadata.creationTimestamp}')).stdout);
      // About 52 virtual seconds ago: the lesson ran in the past so that its end is now.
      expect(Math.abs(Date.now() - 52_000 - created)).toBeLessThan(30_000);
      expect(s.stderr()).not.toContain('the lesson failed');
    } finally {
      s.child.kill('SIGINT');
      await s.exit;
    }
  });

  it.skipIf(process.platform !== 'linux')('on Linux serves from a child of itself started with the malloc setting; the child stops when the parent is killed', async () => {
    const s = start(['serve']);
    try {
      await waitFor(() => s.stdout().includes('\n') && /kindling sim serve: serving[^\n]*\n/.test(s.stderr()), 'the export and serving lines');
      const pid = s.child.pid!;
      const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/);
      expect(children).toHaveLength(1);
      const child = Number(children[0]);
      expect(readFileSync(`/proc/${child}/environ`, 'utf8').split('\0')).toContain('MALLOC_MMAP_THRESHOLD_=16384');
      expect(readFileSync(`/proc/${child}/cmdline`, 'utf8').split('\0')).toContain('--expose-gc');
      const kubeconfig = s.stdout().trim().replace('export KUBECONFIG=', '');
      // SIGKILL: the parent forwards nothing; the child sees its IPC channel close and stops, cleaning up.
      s.child.kill('SIGKILL');
      await s.exit;
      await waitFor(() => !existsSync(`/proc/${child}`), 'the child to exit');
      expect(existsSync(kubeconfig)).toBe(false);
    } finally {
      s.child.kill('SIGKILL');
    }
  });

  it('says a taken port is taken, in one line, and exits 2', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', () => resolve()));
    const port = (blocker.address() as { port: number }).port;
    try {
      const s = start(['serve', '--port', String(port)]);
      expect(await s.exit).toBe(2);
      expect(s.stderr()).toBe(`kindling sim serve: port ${port} on 127.0.0.1 is already in use; choose another with --port\n`);
      expect(s.stdout()).toBe('');
    } finally {
      blocker.close();
    }
  });

  it('refuses a missing subcommand and a bad --speed as usage errors', async () => {
    const none = start([]);
    expect(await none.exit).toBe(2);
    expect(none.stderr()).toBe("kindling sim: expected a subcommand: serve\nSee 'kindling sim --help'.\n");
    const speed = start(['serve', '--speed', '0']);
    expect(await speed.exit).toBe(2);
    expect(speed.stderr()).toContain('option --speed expects a positive number, got "0"');
  });

  it.skipIf(!kubectlCheck.available)('with --insecure-http, serves plain HTTP without a token', async () => {
    const s = start(['serve', '--insecure-http']);
    try {
      await waitFor(() => s.stdout().includes('\n') && /kindling sim serve: serving[^\n]*\n/.test(s.stderr()), 'the export and serving lines');
      expect(s.stderr()).toMatch(/ at http:\/\/127\.0\.0\.1:\d+,/);
      const kubeconfig = s.stdout().trim().replace('export KUBECONFIG=', '');
      expect(readFileSync(kubeconfig, 'utf8')).not.toContain('token:');
      expect((await kubectl(kubeconfig, 'get', 'namespace', 'default', '-o', 'name')).stdout).toBe('namespace/default\n');
    } finally {
      s.child.kill('SIGINT');
      await s.exit;
    }
  });
});
