// `sim serve`'s request guard: the bearer token of its kubeconfig is required (401 Status), the
// Host header must name this machine (403), bodies over the API server's 3 MiB limit get its 413
// Status. It is served over TLS with a certificate made at start (kubectl sends tokens only over
// TLS); the real kubectl works through the kubeconfig with the CA data and the token.
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiServer, type SimApiServer } from '../../src/server/create-api-server.js';
import { hostAllowed } from '../../src/server/request-guard.js';
import { certificateNames, makeServeCredentials, type ServeCredentials } from '../../src/server/serve-credentials.js';
import { writeKubeconfig } from '../../src/server/write-kubeconfig.js';
import { Cluster } from '../../src/sim/cluster/cluster.js';
import { resolveSimConfig } from '../../src/sim/core/config/config.js';
import { KUBECTL, kubectlCheck } from './support/harness.js';

let server: SimApiServer;
let credentials: ServeCredentials;
const dir = mkdtempSync(join(tmpdir(), 'kindling-guard-'));

beforeAll(async () => {
  credentials = await makeServeCredentials();
  server = await createApiServer(new Cluster(resolveSimConfig(undefined).config), {
    clock: { mode: 'manual' },
    token: 'test-token-123',
    tls: { key: credentials.key, cert: credentials.cert },
  });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A raw request (fetch cannot set Host), with the answer's status and JSON body. */
function send(path: string, headers: Record<string, string | number>, body?: Buffer | string, method = 'GET'): Promise<{ status: number; body: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    // The certificate is checked for localhost whatever the Host header says (a rebinding page's).
    const req = request({ host: '127.0.0.1', port: server.port, path, method, headers, ca: credentials.cert, servername: 'localhost' }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown> }));
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

const AUTH = { Authorization: 'Bearer test-token-123' };

describe('sim serve request guard', () => {
  it('serves HTTPS with a certificate for localhost and the loopback addresses', async () => {
    expect(server.url).toBe(`https://127.0.0.1:${server.port}`);
    expect(certificateNames('127.0.0.1')).toEqual({ dns: ['localhost'], ips: ['127.0.0.1', '::1'] });
    expect(certificateNames('devbox.lan')).toEqual({ dns: ['localhost', 'devbox.lan'], ips: ['127.0.0.1', '::1'] });
    // A client that does not trust the certificate is refused by TLS itself.
    await expect(
      new Promise((resolve, reject) => request({ host: '127.0.0.1', port: server.port, path: '/version' }, resolve).on('error', reject).end()),
    ).rejects.toThrow(/self-signed|self signed/);
  });

  it.runIf(kubectlCheck.available)('lets the real kubectl in through the kubeconfig (CA data and token), and no one with another token', async () => {
    const kubeconfig = await writeKubeconfig(join(dir, 'kube'), server.url, 'default', { token: 'test-token-123', ca: credentials.cert });
    const env = { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: join(dir, 'home'), TZ: 'UTC', LANG: 'C' };
    // stdin at EOF: without credentials kubectl would otherwise wait for a user name on it.
    const run = (args: string[]): Promise<{ stdout: string }> => execa(KUBECTL, args, { env, extendEnv: false, timeout: 30_000, stdin: 'ignore' });
    const ok = await run(['--kubeconfig', kubeconfig, 'get', 'namespaces', '-o', 'name']);
    expect(ok.stdout).toContain('namespace/default\n');
    // Another token (with none at all, kubectl asks for a user name on its stdin after the 401).
    const without = await writeKubeconfig(join(dir, 'kube-without'), server.url, 'default', { token: 'guessed', ca: credentials.cert });
    const refused = await run(['--kubeconfig', without, 'get', 'namespaces']).then(
      () => '',
      (error: { stderr: string }) => error.stderr,
    );
    expect(refused).toContain('error: You must be logged in to the server (Unauthorized)');
  }, 60_000);

  it('answers a request with the token', async () => {
    const r = await send('/api/v1/namespaces/default/pods', AUTH);
    expect(r.status).toBe(200);
    expect(r.body['kind']).toBe('PodList');
  });

  it('answers 401 with the API server Status without the token, or with another one', async () => {
    for (const headers of [{}, { Authorization: 'Bearer wrong' }, { Authorization: 'Basic dGVzdA==' }] as Record<string, string>[]) {
      const r = await send('/api/v1/namespaces/default/pods', headers);
      expect(r.status).toBe(401);
      expect(r.body).toEqual({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: 'Unauthorized', reason: 'Unauthorized', code: 401 });
    }
  });

  it('answers 403 to a Host that is not a localhost name or an IP address (DNS rebinding)', async () => {
    const r = await send('/api/v1/namespaces/default/pods', { ...AUTH, Host: 'evil.example.com:8080' });
    expect(r.status).toBe(403);
    expect(r.body['reason']).toBe('Forbidden');
    for (const host of ['localhost', 'localhost:6443', 'LOCALHOST.', 'kindling.localhost', '127.0.0.1:1', '[::1]:80', '10.0.0.5']) expect(hostAllowed(host), host).toBe(true);
    for (const host of ['example.com', 'localhost.example.com', '127.0.0.1.nip.io']) expect(hostAllowed(host), host).toBe(false);
    // --address devbox.lan: that name too, and nothing else.
    expect(hostAllowed('devbox.lan:6443', 'devbox.lan')).toBe(true);
    expect(hostAllowed('devbox.lan:6443')).toBe(false);
    expect(hostAllowed('example.com', 'devbox.lan')).toBe(false);
  });

  it('answers 413 to a body over 3 MiB, declared or streamed, and stays up', async () => {
    const big = Buffer.alloc(4 * 1024 * 1024, 'a');
    const status413 = { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: 'Request entity too large: limit is 3145728', reason: 'RequestEntityTooLarge', code: 413 };
    const declared = await send('/api/v1/namespaces/default/configmaps', { ...AUTH, 'Content-Type': 'application/json', 'Content-Length': big.length }, big, 'POST');
    expect(declared.status).toBe(413);
    expect(declared.body).toEqual(status413);
    const streamed = await send('/api/v1/namespaces/default/configmaps', { ...AUTH, 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' }, big, 'POST');
    expect(streamed.status).toBe(413);
    expect(streamed.body).toEqual(status413);
    expect((await send('/api/v1/namespaces', AUTH)).status).toBe(200);
  });

  it('answers 4xx, never 500, to malformed bodies', async () => {
    for (const body of ['null', '{', '[]', '"x"', `${'['.repeat(100_000)}`]) {
      const r = await send('/api/v1/namespaces/default/pods', { ...AUTH, 'Content-Type': 'application/json' }, body, 'POST');
      expect(r.status, body.slice(0, 40)).toBeGreaterThanOrEqual(400);
      expect(r.status, body.slice(0, 40)).toBeLessThan(500);
      expect(r.body['kind']).toBe('Status');
    }
  });

  it('answers each malformed or oversized request of a concurrent mix with the real server\'s 4xx Status, drops watches, and stays up', async () => {
    const json = { ...AUTH, 'Content-Type': 'application/json' };
    const cm = (name: string, bytes: number) => JSON.stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name }, data: { blob: 'x'.repeat(bytes) } });
    const cases: { body: string | Buffer; path: string; status: number; message?: string }[] = [
      { path: '/api/v1/namespaces/default/pods', body: JSON.stringify({ apiVersion: 'v1', kind: 'Service', metadata: { name: 's' } }), status: 400, message: 'Service in version "v1" cannot be handled as a Pod: converting (v1.Service) to (core.Pod): unknown conversion' },
      { path: '/api/v1/namespaces/default/pods', body: JSON.stringify({ apiVersion: 'v1', kind: 'Foo', metadata: { name: 's' } }), status: 400, message: 'Foo in version "v1" cannot be handled as a Pod: no kind "Foo" is registered for version "v1" in scheme "pkg/api/legacyscheme/scheme.go:30"' },
      { path: '/api/v1/namespaces/default/pods', body: JSON.stringify({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' } }), status: 422, message: 'Pod "p" is invalid: spec.containers: Required value' },
      { path: '/apis/apps/v1/namespaces/default/deployments', body: JSON.stringify({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'd' }, spec: null }), status: 422, message: 'Deployment.apps "d" is invalid: [spec.selector: Required value, spec.template.spec.containers: Required value]' },
      { path: '/api/v1/namespaces/default/configmaps', body: cm('too-big', 1024 * 1024 + 1), status: 422, message: 'ConfigMap "too-big" is invalid: []: Too long: may not be more than 1048576 bytes' },
      { path: '/api/v1/namespaces/default/configmaps', body: Buffer.alloc(4 * 1024 * 1024, 'a'), status: 413 },
      { path: '/api/v1/namespaces/default/configmaps', body: 'null', status: 400 },
      { path: '/api/v1/namespaces/default/configmaps', body: '{"kind":', status: 400 },
      { path: '/api/v1/namespaces/default/configmaps', body: cm('just-fits', 1024 * 1024 - 64), status: 201 },
    ];
    // A watch opened and dropped after its first bytes, while the mix runs.
    const dropped = new Promise<boolean>((resolve) => {
      const req = request({ host: '127.0.0.1', port: server.port, path: '/api/v1/namespaces/default/configmaps?watch=1', headers: AUTH, ca: credentials.cert, servername: 'localhost' }, (res) => {
        res.once('data', () => {
          req.destroy();
          resolve(true);
        });
      });
      req.on('error', () => resolve(false));
      req.end();
    });
    const answers = await Promise.all(cases.map((c) => send(c.path, json, c.body, 'POST').catch((e: Error) => ({ status: -1, body: { error: e.message } as Record<string, unknown> }))));
    answers.forEach((r, i) => {
      expect(r.status, cases[i]!.path).toBe(cases[i]!.status);
      if (r.status >= 400) expect(r.body['kind']).toBe('Status');
      if (cases[i]!.message) expect(r.body['message']).toBe(cases[i]!.message);
    });
    expect(await dropped).toBe(true);
    expect((await send('/api/v1/namespaces/default/configmaps/just-fits', AUTH, undefined, 'DELETE')).status).toBe(200);
    expect((await send('/version', AUTH)).status).toBe(200);
  });
});

