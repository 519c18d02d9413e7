// A kubeconfig for the served simulator: cluster and context `kindling-sim`, the server's CA data
// when it serves HTTPS and its bearer token when it has one. Written into a fresh directory per
// run by the caller, readable by its owner only.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** How a client reaches the server: its bearer token and the PEM certificate that signs its own. */
export interface KubeconfigCredentials {
  token?: string | undefined;
  ca?: string | undefined;
}

/** The kubeconfig text for a server at `url`, with the context's namespace. */
export function kubeconfigText(url: string, namespace = 'default', { token, ca }: KubeconfigCredentials = {}): string {
  return [
    'apiVersion: v1',
    'kind: Config',
    'clusters:',
    '- cluster:',
    ...(ca === undefined ? [] : [`    certificate-authority-data: ${Buffer.from(ca, 'utf8').toString('base64')}`]),
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
export async function writeKubeconfig(dir: string, url: string, namespace?: string, credentials?: KubeconfigCredentials): Promise<string> {
  await mkdir(dir, { recursive: true });
  const path = join(dir, 'kubeconfig');
  await writeFile(path, kubeconfigText(url, namespace, credentials), { mode: 0o600 });
  return path;
}
