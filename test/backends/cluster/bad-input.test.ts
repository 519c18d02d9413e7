// What goes wrong before a lesson can run on a cluster, each one coded line (or a warning, for
// version skew), with nothing left behind: no workspace, no namespace.
import { createServer, type Server } from 'node:http';
import { request } from 'node:https';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { kubectlCheck } from '../../server/support/harness.js';
import { kindling, kindlingNamespaces, leftovers, simServe, testDir, write, type Served } from './sim-serve.js';

const { dir, tmp, env } = testDir('bad-input');
let server: Served | undefined;

const LESSON = `---
title: Hello
---

\`\`\`console
$ kubectl get configmap kube-root-ca.crt -o name
configmap/kube-root-ca.crt
\`\`\`
`;

interface Kubeconfig {
  clusters: { cluster: { server: string; 'certificate-authority-data'?: string } }[];
  users: { name: string; user: Record<string, unknown> }[];
}

/** A copy of the sim serve kubeconfig, changed by `edit`. */
function kubeconfigWith(name: string, edit: (k: Kubeconfig) => void): string {
  const config = parse(readFileSync(server!.kubeconfig, 'utf8')) as Kubeconfig;
  edit(config);
  return write(dir, name, stringify(config));
}

beforeAll(async () => {
  if (!kubectlCheck.available) return;
  server = await simServe(dir, env);
  write(dir, 'hello.md', LESSON);
}, 60_000);
afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

function verify(args: string[]) {
  return kindling(['verify', '--backend', 'cluster', ...args, 'hello.md'], dir, env, 120_000);
}

describe.runIf(kubectlCheck.available)('a cluster kindling cannot use', () => {
  it('an unknown context: KL801 on one line, nothing run, nothing left', () => {
    const r = verify(['--kubeconfig', server!.kubeconfig, '--context', 'nope']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('kindling verify: KL801 cluster-context-unknown: kubeconfig context "nope" cannot be used: error: context "nope" does not exist\n');
    expect(leftovers(tmp)).toEqual([]);
  }, 120_000);

  it('an unreachable server: KL802 on one line', () => {
    const kubeconfig = kubeconfigWith('unreachable.yaml', (k) => (k.clusters[0]!.cluster.server = 'http://127.0.0.1:1'));
    const r = verify(['--kubeconfig', kubeconfig]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      'kindling verify: KL802 cluster-unreachable: the API server of the current kubeconfig context did not answer: The connection to the server 127.0.0.1:1 was refused - did you specify the right host or port?\n',
    );
    expect(leftovers(tmp)).toEqual([]);
  }, 120_000);

  it('a user who may not create namespaces (RBAC): KL803 on one line, no namespace created', () => {
    const kubeconfig = kubeconfigWith('nobody.yaml', (k) => (k.users[0]!.user = { ...k.users[0]!.user, as: 'nobody' }));
    const r = verify(['--kubeconfig', kubeconfig]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      'kindling verify: KL803 namespace-not-created: lessons cannot get a namespace of their own on the current kubeconfig context: Error from server (Forbidden): namespaces is forbidden: User "nobody" cannot create resource "namespaces" in API group "" at the cluster scope\n',
    );
    expect(kindlingNamespaces(server!.kubeconfig)).toEqual([]);
    expect(leftovers(tmp)).toEqual([]);
  }, 120_000);

  it('a server far from kubectl\'s version: the lesson runs, with kubectl\'s skew warning as KL804', async () => {
    // The sim serve API, but /version says v1.20.0. (The kubectl here is gcloud's dispatcher, which
    // runs the kubectl it has closest to the server's version: 1.28 for a 1.20 server, still 8 apart.)
    // The proxy speaks plain HTTP to kubectl (which then sends no token) and HTTPS, with the token, to sim serve.
    const served = parse(readFileSync(server!.kubeconfig, 'utf8')) as Kubeconfig;
    const upstream = new URL(served.clusters[0]!.cluster.server);
    const ca = Buffer.from(served.clusters[0]!.cluster['certificate-authority-data'] ?? '', 'base64').toString('utf8');
    const token = String(served.users[0]!.user['token']);
    const proxy: Server = createServer((req, res) => {
      if (req.url === '/version' || req.url?.startsWith('/version?')) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ major: '1', minor: '20', gitVersion: 'v1.20.0', platform: 'linux/amd64' }));
        return;
      }
      const headers = { ...req.headers, host: upstream.host, authorization: `Bearer ${token}` };
      const forward = request({ host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers, ca }, (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      });
      req.pipe(forward);
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    try {
      const port = (proxy.address() as { port: number }).port;
      const kubeconfig = kubeconfigWith('old.yaml', (k) => (k.clusters[0]!.cluster = { server: `http://127.0.0.1:${port}` }));
      const { spawn } = await import('node:child_process');
      const { HOOKS, CLI } = await import('./sim-serve.js');
      // Asynchronously: the proxy answers on this process's event loop.
      const child = spawn(process.execPath, ['--import', HOOKS, CLI, 'verify', '--backend', 'cluster', '--kubeconfig', kubeconfig, '--reporter', 'json', 'hello.md'], { cwd: dir, env });
      let stdout = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.resume();
      const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
      expect(code, stdout).toBe(0);
      const report = JSON.parse(stdout) as { lessons: { status: string; warnings: { code: string; message: string }[] }[] };
      expect(report.lessons[0]!.status).toBe('passed');
      const warnings = report.lessons[0]!.warnings.map((w) => `${w.code} ${w.message}`);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/^KL804 WARNING: version difference between client \(1\.(2[89]|3\d)\) and server \(1\.20\) exceeds the supported minor version skew of \+\/-1$/);
      expect(leftovers(tmp)).toEqual([]);
    } finally {
      proxy.closeAllConnections();
      await new Promise((resolve) => proxy.close(resolve));
    }
  }, 180_000);
});
