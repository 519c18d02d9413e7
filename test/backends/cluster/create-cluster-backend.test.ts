import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createClusterBackend } from '../../../src/backends/cluster/create-cluster-backend.js';
import { SessionOpenError } from '../../../src/backends/types.js';
import { requireTool } from '../../support/tools.js';
import { buildLesson } from '../../run/lesson-builder.js';

const KUBECONFIG = `apiVersion: v1
kind: Config
clusters:
- name: first
  cluster: {server: 'https://127.0.0.1:6443', certificate-authority: ca.crt}
- name: second
  cluster: {server: 'https://127.0.0.1:7443'}
contexts:
- name: one
  context: {cluster: first, user: me}
- name: two
  context: {cluster: second, user: me, namespace: lessons}
current-context: one
users:
- name: me
  user: {token: secret}
`;

const fixtures = mkdtempSync(join(tmpdir(), 'kindling-kubeconfig-test-'));
const kubeconfig = join(fixtures, 'config');
writeFileSync(kubeconfig, KUBECONFIG);
writeFileSync(join(fixtures, 'ca.crt'), 'CA\n');
afterAll(() => rmSync(fixtures, { recursive: true, force: true }));

/** Temp dirs a session for `slug` would use. */
const sessionDirs = (slug: string) => readdirSync(tmpdir()).filter((name) => name.startsWith(`kindling-${slug}-`));

describe('createClusterBackend', () => {
  it('is named cluster and says which context it uses', () => {
    expect(createClusterBackend({ namespace: 'none' }).name).toBe('cluster');
    expect(createClusterBackend({ namespace: 'none' }).describe()).toBe('cluster (bash and kubectl against the current kubeconfig context)');
    expect(createClusterBackend({ context: 'kind-kindling' }).describe()).toBe('cluster (bash and kubectl against kubeconfig context kind-kindling)');
  });

  it('passes the kubeconfig path to the shell as KUBECONFIG', async () => {
    const session = await createClusterBackend({ kubeconfig, namespace: 'none' }).open(buildLesson('kubeconfig-path', []));
    try {
      expect((await session.run('echo "$KUBECONFIG"', { timeoutMs: 2000 })).output).toBe(`${kubeconfig}\n`);
    } finally {
      await session.close();
    }
  });

  const kubectl = requireTool('kubectl', '/usr/bin/kubectl');

  it.runIf(kubectl.available)('gives the shell a private kubeconfig whose current context is the chosen one', async () => {
    const session = await createClusterBackend({ kubeconfig, context: 'two', namespace: 'none' }).open(buildLesson('kubeconfig-context', []));
    try {
      const result = await session.run('echo "$KUBECONFIG"; pwd', { timeoutMs: 2000 });
      const [path, workDir] = result.output.trim().split('\n');
      expect(path).toBe(join(dirname(workDir ?? ''), 'kubeconfig'));
      const copy = parse(readFileSync(path ?? '', 'utf8')) as { 'current-context': string; contexts: { name: string }[] };
      expect(copy['current-context']).toBe('two');
      expect(copy.contexts.map((c) => c.name)).toEqual(['two']);
      expect(readFileSync(kubeconfig, 'utf8')).toBe(KUBECONFIG);
    } finally {
      await session.close();
    }
  });

  it.runIf(kubectl.available)('refuses to open a session for a context the kubeconfig lacks, leaving no temp dir', async () => {
    const backend = createClusterBackend({ kubeconfig, context: 'three', namespace: 'none' });
    const opening = backend.open(buildLesson('kubeconfig-missing', []));
    await expect(opening).rejects.toBeInstanceOf(SessionOpenError);
    await expect(opening).rejects.toThrow('cannot select kubeconfig context "three": error: cannot locate context three');
    expect(sessionDirs('kubeconfig-missing')).toEqual([]);
  });
});
