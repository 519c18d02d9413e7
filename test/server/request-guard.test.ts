// `sim serve`'s request guard: the bearer token of its kubeconfig is required (401 Status), the
// Host header must name this machine (403), bodies over the API server's 3 MiB limit get its 413
// Status; the real kubectl works through the kubeconfig with the token.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiServer, type SimApiServer } from '../../src/server/create-api-server.js';
import { hostAllowed } from '../../src/server/request-guard.js';
import { Cluster } from '../../src/sim/cluster/cluster.js';
import { resolveSimConfig } from '../../src/sim/cluster/config.js';

let server: SimApiServer;

beforeAll(async () => {
  server = await createApiServer(new Cluster(resolveSimConfig(undefined).config), { clock: { mode: 'manual' }, token: 'test-token-123' });
});
afterAll(async () => server.close());

/** A raw request (fetch cannot set Host), with the answer's status and JSON body. */
function send(path: string, headers: Record<string, string | number>, body?: Buffer | string, method = 'GET'): Promise<{ status: number; body: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method, headers }, (res) => {
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
});
