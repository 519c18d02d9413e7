// Which comparison a lesson gets: `--match` on the command line wins, then the lesson's `match:`,
// then the backend's default (exact on the deterministic simulator, normalized on a real cluster).
import type { Lesson, MatchMode } from '../lesson/types.js';

export function resolveMatchMode(lesson: Lesson, backend: string, override?: MatchMode): MatchMode {
  return override ?? lesson.meta.match ?? (backend === 'sim' ? 'exact' : 'normalized');
}

/** The node names a lesson's `sim:` gives its cluster (a name, or `{ name }`; `clusterName` names the default node). */
export function lessonNodeNames(lesson: Lesson): string[] {
  const sim = lesson.meta.sim ?? {};
  const nodes = Array.isArray(sim['nodes']) ? (sim['nodes'] as unknown[]) : [];
  const names = nodes
    .map((n) => (typeof n === 'string' ? n : n && typeof n === 'object' && typeof (n as { name?: unknown }).name === 'string' ? (n as { name: string }).name : undefined))
    .filter((n): n is string => n !== undefined && n !== '');
  if (nodes.length === 0 && typeof sim['clusterName'] === 'string') names.push(`${sim['clusterName']}-control-plane`);
  return names;
}
