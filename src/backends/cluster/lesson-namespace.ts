// Each lesson on a cluster gets a namespace of its own, `kindling-<slug>-<random>`: created before
// its first step, made the current namespace of its private kubeconfig, and deleted after (with
// everything in it). Outputs show it as `default` (the `lesson-namespace` normalizer rule).
import { randomBytes } from 'node:crypto';
import { clusterCodes } from './codes.js';
import { ClusterError } from './cluster-error.js';
import { runTool } from './run-tool.js';

/** Every lesson namespace starts with this; the normalizer and the sweep rely on it. */
export const LESSON_NAMESPACE_PREFIX = 'kindling-';

/** The alphabet of the random part: no vowels, so that it never spells a word (as Kubernetes' generated names). */
const ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';
export const NAMESPACE_SUFFIX_LENGTH = 6;

/** `kindling-<slug>-<6 random>`, a DNS label (63 characters at most). */
export function lessonNamespaceName(slug: string): string {
  const bytes = randomBytes(NAMESPACE_SUFFIX_LENGTH);
  const suffix = [...bytes].map((b) => ALPHABET[b % ALPHABET.length]).join('');
  const room = 63 - LESSON_NAMESPACE_PREFIX.length - 1 - NAMESPACE_SUFFIX_LENGTH;
  const label = slug.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+/, '').slice(0, room).replace(/-+$/, '') || 'lesson';
  return `${LESSON_NAMESPACE_PREFIX}${label}-${suffix}`;
}

/** kubectl against the private kubeconfig only. */
function kubectl(kubeconfig: string, args: string[], timeoutMs: number) {
  return runTool('kubectl', ['--kubeconfig', kubeconfig, ...args], { timeoutMs });
}

function lastLine(text: string): string {
  const lines = text.trim().split('\n').filter((l) => l.trim() !== '');
  return lines[lines.length - 1] ?? '';
}

/** Creates the namespace and makes it the kubeconfig's current one; a coded ClusterError if it cannot. */
export async function createLessonNamespace(kubeconfig: string, name: string): Promise<void> {
  const created = await kubectl(kubeconfig, ['create', 'namespace', name], 60_000);
  if (created.exitCode !== 0) {
    const why = lastLine(created.stderr) || (created.timedOut ? 'no answer within 60s' : `kubectl exited with ${created.exitCode ?? 'a signal'}`);
    const info = /Unable to connect|connection to the server|refused|i\/o timeout|no such host/.test(why) ? clusterCodes.unreachable : clusterCodes.namespaceNotCreated;
    throw new ClusterError(info, `cannot create the lesson's namespace ${name}: ${why}`);
  }
  const set = await kubectl(kubeconfig, ['config', 'set-context', '--current', `--namespace=${name}`], 10_000);
  if (set.exitCode !== 0) {
    await deleteLessonNamespace(kubeconfig, name, {});
    throw new Error(`cannot make ${name} the current namespace: ${lastLine(set.stderr)}`);
  }
}

/**
 * Deletes the namespace. With `waitMs` kubectl returns once it is gone (its pods stopped) or that
 * long has passed (the cluster finishes the deletion anyway); without, once the deletion is accepted.
 */
export async function deleteLessonNamespace(kubeconfig: string, name: string, options: { waitMs?: number }): Promise<string | undefined> {
  const wait = options.waitMs !== undefined;
  const args = ['delete', 'namespace', name, '--ignore-not-found', `--wait=${wait}`];
  if (wait) args.push(`--timeout=${Math.ceil(options.waitMs! / 1000)}s`);
  const result = await kubectl(kubeconfig, args, (options.waitMs ?? 0) + 15_000);
  return result.exitCode === 0 ? undefined : lastLine(result.stderr) || 'kubectl did not finish';
}

/** Namespaces deleted without waiting, by the kubeconfig/context that reaches them (JSON of the target). */
const deleting = new Map<string, { kubeconfig?: string; context?: string; names: Set<string> }>();

/** Remembers a namespace whose deletion was asked for, to wait for it at the end of the run. */
export function noteDeleting(target: { kubeconfig?: string; context?: string }, name: string): void {
  const key = JSON.stringify([target.kubeconfig ?? '', target.context ?? '']);
  const entry = deleting.get(key) ?? { ...target, names: new Set<string>() };
  entry.names.add(name);
  deleting.set(key, entry);
}

/**
 * Waits (once, for all of them, at the end of a run) until the namespaces the lessons left are
 * gone: a namespace's pods get their grace period (30 s by default) before it disappears, which
 * is better spent once for the whole run than once per lesson.
 */
export async function waitForDeletedNamespaces(timeoutMs = 180_000): Promise<string[]> {
  const left: string[] = [];
  for (const [key, entry] of deleting) {
    deleting.delete(key);
    const env: Record<string, string | undefined> = { ...process.env };
    if (entry.kubeconfig !== undefined) env['KUBECONFIG'] = entry.kubeconfig;
    const args = ['wait', '--for=delete', ...[...entry.names].map((n) => `namespace/${n}`), `--timeout=${Math.ceil(timeoutMs / 1000)}s`];
    if (entry.context !== undefined) args.push('--context', entry.context);
    const result = await runTool('kubectl', args, { env, timeoutMs: timeoutMs + 10_000 });
    if (result.exitCode !== 0) left.push(...entry.names);
  }
  return left;
}
