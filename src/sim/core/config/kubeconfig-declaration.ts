// What a lesson may say about the kubeconfig kubectl starts with (`sim.kubeconfig`): the names of
// its one cluster, user and context. kind names all three `kind-<cluster name>`; a page written on
// another cluster names its own (`lithe-cocoa-92103_kubernetes`), the way `sim.nodes` names nodes.
import type { ConfigProblem } from './config-problem.js';

export interface KubeconfigNames {
  cluster: string;
  user: string;
  context: string;
}

const KEYS = ['cluster', 'user', 'context'] as const;

/**
 * Reads `sim.kubeconfig`: a string names all three, a mapping names each (`context` defaults to
 * the cluster's name, `user` too). Problems name `kubeconfig.key`.
 */
export function parseKubeconfigNames(raw: unknown, problems: ConfigProblem[]): KubeconfigNames | undefined {
  if (typeof raw === 'string' && raw !== '') return { cluster: raw, user: raw, context: raw };
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push({ path: 'kubeconfig', message: 'expected a name, or a mapping {cluster, user, context}' });
    return undefined;
  }
  const o = raw as Record<string, unknown>;
  const before = problems.length;
  for (const key of Object.keys(o)) {
    if (!(KEYS as readonly string[]).includes(key)) problems.push({ path: `kubeconfig.${key}`, message: `unknown key "${key}", expected one of: ${KEYS.join(', ')}` });
  }
  for (const key of KEYS) {
    if (o[key] !== undefined && (typeof o[key] !== 'string' || o[key] === '')) problems.push({ path: `kubeconfig.${key}`, message: 'expected a non-empty string' });
  }
  if (o['cluster'] === undefined) problems.push({ path: 'kubeconfig', message: 'expected a "cluster" name' });
  if (problems.length > before) return undefined;
  const cluster = o['cluster'] as string;
  return { cluster, user: (o['user'] as string | undefined) ?? cluster, context: (o['context'] as string | undefined) ?? cluster };
}
