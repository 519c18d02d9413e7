// What a lesson may say about a node beyond its name, role and address (`sim.nodes[i]`): its
// capacity (a kind node reports its host's), extra labels, and taints (`key=value:NoSchedule`).
import { canonicalQuantity, parseQuantity } from '../quantity.js';
import type { ConfigProblem } from './config-problem.js';

export interface NodeTaint {
  key: string;
  value?: string;
  effect: 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute';
}

export interface NodeExtras {
  /** Capacity (and allocatable: kind reserves nothing) by resource name, canonical quantities. */
  capacity?: Record<string, string>;
  labels?: Record<string, string>;
  taints?: NodeTaint[];
}

/** Node keys that set capacity, and the resource each names. */
const CAPACITY_KEYS: Readonly<Record<string, string>> = { cpu: 'cpu', memory: 'memory', pods: 'pods', ephemeralStorage: 'ephemeral-storage' };
export const NODE_EXTRA_KEYS = [...Object.keys(CAPACITY_KEYS), 'labels', 'taints'];

/** A kind node on a typical laptop: what every node reports unless the lesson says otherwise. */
export const DEFAULT_NODE_CAPACITY: Readonly<Record<string, string>> = {
  cpu: '8',
  'ephemeral-storage': '102625208Ki',
  'hugepages-1Gi': '0',
  'hugepages-2Mi': '0',
  memory: '16369528Ki',
  pods: '110',
};

const TAINT = /^([^=:\s]+)(?:=([^:\s]*))?:(NoSchedule|PreferNoSchedule|NoExecute)$/;

/** Reads the extra keys of one node mapping; problems name `nodes[i].key`. */
export function parseNodeExtras(o: Record<string, unknown>, path: string, problems: ConfigProblem[]): NodeExtras {
  const bad = (key: string, message: string) => problems.push({ path: `${path}.${key}`, message });
  const out: NodeExtras = {};
  for (const [key, resource] of Object.entries(CAPACITY_KEYS)) {
    const v = o[key];
    if (v === undefined) continue;
    const q = typeof v === 'number' || typeof v === 'string' ? parseQuantity(String(v)) : undefined;
    if (!q || q.nano <= 0n || (key === 'pods' && (typeof v !== 'number' || !Number.isInteger(v)))) {
      bad(key, key === 'pods' ? `expected a positive whole number of pods, got ${JSON.stringify(v)}` : `expected a positive quantity such as ${key === 'cpu' ? '"4" or "2500m"' : '"8Gi"'}, got ${JSON.stringify(v)}`);
      continue;
    }
    out.capacity = { ...out.capacity, [resource]: canonicalQuantity(String(v)) };
  }
  if (o['labels'] !== undefined) {
    const l = o['labels'];
    if (l && typeof l === 'object' && !Array.isArray(l) && Object.values(l).every((x) => typeof x === 'string')) out.labels = l as Record<string, string>;
    else bad('labels', 'expected a mapping of label names to string values');
  }
  if (o['taints'] !== undefined) {
    const list = Array.isArray(o['taints']) ? o['taints'] : undefined;
    if (!list) bad('taints', 'expected a list of taints such as "dedicated=gpu:NoSchedule"');
    else {
      out.taints = [];
      list.forEach((t: unknown, i) => {
        const m = typeof t === 'string' ? TAINT.exec(t) : null;
        if (!m) return bad(`taints[${i}]`, `expected a taint such as "key=value:NoSchedule" (effects: NoSchedule, PreferNoSchedule, NoExecute), got ${JSON.stringify(t)}`);
        out.taints!.push({ key: m[1]!, ...(m[2] !== undefined ? { value: m[2] } : {}), effect: m[3] as NodeTaint['effect'] });
      });
    }
  }
  return out;
}
