// Opens a cluster-backend session: the workspace (temp dir with an owner note), a private
// kubeconfig, the lesson's own namespace, and a started bash whose cwd is the workspace. Whatever
// was set up is undone if a later part fails, and registered to be undone if kindling is stopped.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execaSync } from 'execa';
import { makeDiagnostic } from '../../lesson/make-diagnostic.js';
import type { Diagnostic, Lesson } from '../../lesson/types.js';
import { type Session, SessionOpenError } from '../types.js';
import { BashProcess } from './bash-process.js';
import { BashSession } from './bash-session.js';
import { cleanUpOnExit } from './cleanup-on-exit.js';
import { ClusterError } from './cluster-error.js';
import { clusterCodes } from './codes.js';
import { killProcessTree } from './kill-process-tree.js';
import { createLessonNamespace, deleteLessonNamespace, lessonNamespaceName, noteDeleting } from './lesson-namespace.js';
import { probeClusterOnce, type ClusterFacts } from './probe-cluster.js';
import { buildSessionEnv } from './session-env.js';
import { installLessonKubectl } from './lesson-kubectl-wrapper.js';
import { sweepLeftoversOnce } from './sweep-leftovers.js';
import { markerOf, writeOwner } from './workspace-owner.js';
import { writePrivateKubeconfig } from './write-private-kubeconfig.js';

export interface ClusterOptions {
  /** Path (or colon-separated list) for KUBECONFIG; default: the caller's KUBECONFIG. */
  kubeconfig?: string;
  /** kubeconfig context to use instead of the current one. */
  context?: string;
  /**
   * `per-lesson` (the default): a namespace of its own for each lesson, which needs a reachable
   * cluster. `none`: the shell gets the kubeconfig as it is (bash-only uses, such as tests of the shell).
   */
  namespace?: 'per-lesson' | 'none';
  /** Called with what the cluster said about itself, once it answered. */
  onFacts?: (facts: ClusterFacts) => void;
}

/** After a signal, how long kindling waits for the lesson's namespace to be gone before it exits. */
const SIGNAL_NAMESPACE_WAIT_MS = 20_000;

/** Set once at start-up: aliases such as `alias k=kubectl` work in later steps, as in a terminal. */
const SHELL_SETUP = 'shopt -s expand_aliases';

function slugPart(slug: string): string {
  return slug.replace(/[^\w.-]/g, '_');
}

/** The one diagnostic for a cluster problem, at the top of the lesson. */
function clusterDiagnostic(lesson: Lesson, error: ClusterError): Diagnostic {
  return makeDiagnostic(error.info, lesson.file, { line: 1, column: 1 }, error.message);
}

/** Starts one lesson's bash in `os.tmpdir()/kindling-<slug>-XXXXXX/work`. */
export async function openBashSession(lesson: Lesson, options: ClusterOptions = {}): Promise<Session> {
  const target = { ...(options.kubeconfig !== undefined ? { kubeconfig: options.kubeconfig } : {}), ...(options.context !== undefined ? { context: options.context } : {}) };
  const isolated = (options.namespace ?? 'per-lesson') === 'per-lesson';
  const warnings: Diagnostic[] = [];
  if (isolated) {
    await sweepLeftoversOnce();
    try {
      const facts = await probeClusterOnce(target);
      options.onFacts?.(facts);
      if (facts.skewWarning) warnings.push(makeDiagnostic(clusterCodes.versionSkew, lesson.file, { line: 1, column: 1 }, facts.skewWarning, undefined, 'warning'));
    } catch (error) {
      if (error instanceof ClusterError) throw new SessionOpenError(error.message, [clusterDiagnostic(lesson, error)], { cause: error });
      throw error;
    }
  }
  // Synchronous, so that no signal lands between creating the workspace and registering its clean-up.
  const dir = mkdtempSync(join(tmpdir(), `kindling-${slugPart(lesson.slug)}-`));
  const marker = markerOf(dir);
  let namespace: string | undefined;
  let kubeconfig: string | undefined;
  const deleteNamespace = async (waitMs?: number): Promise<void> => {
    if (namespace !== undefined && kubeconfig !== undefined) await deleteLessonNamespace(kubeconfig, namespace, waitMs === undefined ? {} : { waitMs });
  };
  const forget = cleanUpOnExit({
    run: async () => {
      killProcessTree({ marker });
      // kindling is exiting: wait a little for the namespace to go (pods get their grace period).
      await deleteNamespace(SIGNAL_NAMESPACE_WAIT_MS);
      await rm(dir, { recursive: true, force: true, maxRetries: 3 });
    },
    runSync: () => {
      killProcessTree({ marker });
      if (namespace !== undefined && kubeconfig !== undefined) {
        execaSync('kubectl', ['--kubeconfig', kubeconfig, 'delete', 'namespace', namespace, '--ignore-not-found', '--wait=false'], { reject: false, timeout: 10_000, stdin: 'ignore', stdout: 'ignore', stderr: 'ignore' });
      }
      rmSync(dir, { recursive: true, force: true });
    },
  });
  try {
    writeOwner(dir);
    const workDir = join(dir, 'work');
    mkdirSync(workDir);
    if (isolated || options.context !== undefined) kubeconfig = await writePrivateKubeconfig(dir, target);
    if (isolated && kubeconfig !== undefined) {
      const name = lessonNamespaceName(lesson.slug);
      // Noted before it exists: a run killed right after creating it still lets the sweep find it.
      writeOwner(dir, { namespace: name, kubeconfig });
      namespace = name;
      await createLessonNamespace(kubeconfig, name).catch((error: unknown) => {
        namespace = undefined;
        throw error;
      });
    }
    const env = buildSessionEnv(process.env, { slug: lesson.slug, marker, ...(kubeconfig ?? options.kubeconfig ? { kubeconfig: kubeconfig ?? options.kubeconfig } : {}) });
    env['PATH'] = await installLessonKubectl(join(dir, 'bin'), workDir, { urls: lesson.meta.urls, namespace }, env['PATH'] ?? '');
    const bash = await BashProcess.start(workDir, env, SHELL_SETUP, marker);
    return new BashSession(dir, workDir, bash, {
      warnings,
      finish: async () => {
        await deleteNamespace();
        if (namespace !== undefined) noteDeleting(target, namespace);
        forget();
      },
    });
  } catch (error) {
    killProcessTree({ marker });
    await deleteNamespace();
    await rm(dir, { recursive: true, force: true });
    forget();
    if (error instanceof SessionOpenError) throw error;
    if (error instanceof ClusterError) throw new SessionOpenError(error.message, [clusterDiagnostic(lesson, error)], { cause: error });
    throw new SessionOpenError(`cannot start bash for the lesson: ${(error as Error).message}`, [], { cause: error });
  }
}
