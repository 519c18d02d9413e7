// A per-session copy of the kubeconfig, reduced to one context and made current, so that the
// lesson's kubectl talks to the chosen cluster and later work can give each lesson its own namespace.
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { SessionOpenError } from '../types.js';

const execFileAsync = promisify(execFile);

/**
 * Writes `<dir>/kubeconfig` holding only `context` (certificates embedded, so relative paths in
 * the original keep working) and returns its path. kubectl does the merging of KUBECONFIG lists.
 */
export async function writePrivateKubeconfig(dir: string, context: string, kubeconfig: string | undefined): Promise<string> {
  const env = { ...process.env };
  if (kubeconfig !== undefined) env['KUBECONFIG'] = kubeconfig;
  let yaml: string;
  try {
    const args = ['config', 'view', '--raw', '--flatten', '--minify', '--context', context];
    ({ stdout: yaml } = await execFileAsync('kubectl', args, { env, encoding: 'utf8' }));
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim();
    const why = stderr || (error as Error).message;
    throw new SessionOpenError(`cannot select kubeconfig context "${context}": ${why}`, [], { cause: error });
  }
  const path = join(dir, 'kubeconfig');
  await writeFile(path, yaml, { mode: 0o600 });
  return path;
}
