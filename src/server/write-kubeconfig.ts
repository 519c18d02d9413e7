// A kubeconfig for the served simulator: cluster and context `kindling-sim`, plain HTTP on
// loopback, with the server's bearer token when it has one. Written into a fresh directory per
// run by the caller, readable by its owner only.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The kubeconfig text for a server at `url`, with the context's namespace. */
export function kubeconfigText(url: string, namespace = 'default', token?: string): string {
  return [
    'apiVersion: v1',
    'kind: Config',
    'clusters:',
    '- cluster:',
    `    server: ${url}`,
    '  name: kindling-sim',
    'contexts:',
    '- context:',
    '    cluster: kindling-sim',
    `    namespace: ${namespace}`,
    '    user: kindling-sim',
    '  name: kindling-sim',
    'current-context: kindling-sim',
    'preferences: {}',
    'users:',
    '- name: kindling-sim',
    token === undefined ? '  user: {}' : `  user:\n    token: ${token}`,
    '',
  ].join('\n');
}

/** Writes `<dir>/kubeconfig` (creating `dir`) and returns its path. */
export async function writeKubeconfig(dir: string, url: string, namespace?: string, token?: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const path = join(dir, 'kubeconfig');
  await writeFile(path, kubeconfigText(url, namespace, token), { mode: 0o600 });
  return path;
}
