// Opens a cluster-backend session: temp dir, private kubeconfig when a context is chosen, and a
// started bash whose cwd is the workspace.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Session, SessionOpenError } from '../types.js';
import { BashProcess } from './bash-process.js';
import { BashSession } from './bash-session.js';
import { buildSessionEnv } from './session-env.js';
import { installUrlKubectl } from './url-kubectl-wrapper.js';
import { writePrivateKubeconfig } from './write-private-kubeconfig.js';

export interface ClusterOptions {
  /** Path (or colon-separated list) for KUBECONFIG; default: the caller's KUBECONFIG. */
  kubeconfig?: string;
  /** kubeconfig context to use instead of the current one. */
  context?: string;
}

/** Set once at start-up: aliases such as `alias k=kubectl` work in later steps, as in a terminal. */
const SHELL_SETUP = 'shopt -s expand_aliases';

/** Starts one lesson's bash in `os.tmpdir()/kindling-<slug>-XXXXXX/work`. */
export async function openBashSession(slug: string, options: ClusterOptions = {}, urls?: Record<string, string>): Promise<Session> {
  const dir = await mkdtemp(join(tmpdir(), `kindling-${slug.replace(/[^\w.-]/g, '_')}-`));
  const workDir = join(dir, 'work');
  try {
    await mkdir(workDir);
    const kubeconfig =
      options.context === undefined ? options.kubeconfig : await writePrivateKubeconfig(dir, options.context, options.kubeconfig);
    const env = buildSessionEnv(process.env, kubeconfig === undefined ? { slug } : { slug, kubeconfig });
    env['PATH'] = await installUrlKubectl(join(dir, 'bin'), workDir, urls, env['PATH'] ?? '');
    const bash = await BashProcess.start(workDir, env, SHELL_SETUP);
    return new BashSession(dir, workDir, bash);
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    if (error instanceof SessionOpenError) throw error;
    throw new SessionOpenError(`cannot start bash for the lesson: ${(error as Error).message}`, [], { cause: error });
  }
}
