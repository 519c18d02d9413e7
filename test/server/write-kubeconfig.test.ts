// The kubeconfig `sim serve` and the tests hand to kubectl.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { writeKubeconfig } from '../../src/server/write-kubeconfig.js';

describe('writeKubeconfig', () => {
  it('writes a private kubeconfig with one context for the server and namespace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kindling-kubeconfig-'));
    try {
      const path = await writeKubeconfig(join(dir, 'run'), 'http://127.0.0.1:4321', 'lesson');
      expect(path).toBe(join(dir, 'run', 'kubeconfig'));
      expect(statSync(path).mode & 0o777).toBe(0o600);
      expect(parse(readFileSync(path, 'utf8'))).toEqual({
        apiVersion: 'v1',
        kind: 'Config',
        clusters: [{ cluster: { server: 'http://127.0.0.1:4321' }, name: 'kindling-sim' }],
        contexts: [{ context: { cluster: 'kindling-sim', namespace: 'lesson', user: 'kindling-sim' }, name: 'kindling-sim' }],
        'current-context': 'kindling-sim',
        preferences: {},
        users: [{ name: 'kindling-sim', user: {} }],
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('carries the CA data and the bearer token of an HTTPS server', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kindling-kubeconfig-'));
    try {
      const ca = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';
      const path = await writeKubeconfig(dir, 'https://127.0.0.1:4321', undefined, { token: 'secret', ca });
      const config = parse(readFileSync(path, 'utf8')) as { clusters: { cluster: Record<string, string> }[]; users: { user: Record<string, string> }[] };
      expect(config.clusters[0]!.cluster).toEqual({ 'certificate-authority-data': Buffer.from(ca).toString('base64'), server: 'https://127.0.0.1:4321' });
      expect(config.users[0]!.user).toEqual({ token: 'secret' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
