// The shape of a simulated cluster, from a lesson's `sim:` front matter. Defaults to a fresh
// single-node kind cluster running Kubernetes v1.32, like the one most tutorials start from.
import type { ConfigProblem } from './config-problem.js';
import { parseImageDeclarations, parseRegistryDate, type DeclaredImage } from './image-declarations.js';
import { NODE_EXTRA_KEYS, parseNodeExtras, type NodeExtras } from './node-declarations.js';
import { parseDuration } from '../time/parse-duration.js';
import { parseKubeconfigNames, type KubeconfigNames } from './kubeconfig-declaration.js';

export interface NodeConfig extends NodeExtras {
  name: string;
  role: 'control-plane' | 'worker';
  ip: string;
}

export type CniName = 'kindnet' | 'flannel' | 'calico';

/** Add-ons a lesson's cluster has installed before it starts (`sim.addons`). */
export const ADDON_NAMES = ['metrics-server'] as const;
export type AddonName = (typeof ADDON_NAMES)[number];

export interface SimConfig {
  /** Seed of the random source: UIDs, names, IPs. */
  seed: number;
  /** Virtual wall-clock time when the lesson's first command runs (ms since epoch). */
  start: number;
  /** How long the cluster has existed before the lesson starts (ms). */
  clusterAge: number;
  /** Virtual time each lesson command takes before it runs, so ages read naturally (ms). */
  commandStep: number;
  kubernetesVersion: string;
  nodes: NodeConfig[];
  podCIDR: string;
  serviceCIDR: string;
  dnsIP: string;
  clusterDomain: string;
  /** Search domains the node's own resolv.conf adds (the seed's `localdomain`). */
  dnsSearch: string[];
  cni: CniName;
  /** Namespace of the CNI's pods (kube-flannel puts flannel in its own namespace today). */
  cniNamespace: string;
  containerRuntime: string;
  kernelVersion: string;
  osImage: string;
  /** The cluster's name, as kind names it (`kind`): node names derive from it by default. */
  clusterName: string;
  /** Images the lesson declares (`sim.images`): what the catalog does not know, or knows otherwise. */
  images: DeclaredImage[];
  /**
   * The day (`YYYY-MM-DD`) the simulated registry answers as of: which build `busybox` or
   * `nginx:1.27` is. Unset: the day of `start`, so a lesson behaves as it would on a cluster of that day.
   */
  registryDate?: string;
  /** What kind users commonly install after creating the cluster (kind has none of them). */
  addons: AddonName[];
  /** The names kubectl's kubeconfig starts with (`sim.kubeconfig`); unset: kind's `kind-<clusterName>`. */
  kubeconfig?: KubeconfigNames;
}


const DEFAULT_START = Date.UTC(2025, 0, 6, 10, 0, 0);

export function defaultSimConfig(): SimConfig {
  return {
    seed: 1,
    start: DEFAULT_START,
    clusterAge: 5 * 60_000,
    commandStep: 1000,
    kubernetesVersion: 'v1.32.2',
    nodes: [{ name: 'kind-control-plane', role: 'control-plane', ip: '172.18.0.2' }],
    podCIDR: '10.244.0.0/16',
    serviceCIDR: '10.96.0.0/12',
    dnsIP: '10.96.0.10',
    clusterDomain: 'cluster.local',
    dnsSearch: [],
    cni: 'kindnet',
    cniNamespace: 'kube-system',
    containerRuntime: 'containerd://2.0.2',
    kernelVersion: '6.8.0-51-generic',
    osImage: 'Debian GNU/Linux 12 (bookworm)',
    clusterName: 'kind',
    images: [],
    addons: [],
  };
}

const KNOWN_KEYS = [
  'seed', 'start', 'clusterAge', 'commandStep', 'kubernetesVersion', 'nodes', 'podCIDR', 'serviceCIDR',
  'dnsIP', 'clusterDomain', 'dnsSearch', 'cni', 'cniNamespace', 'containerRuntime', 'kernelVersion', 'osImage', 'clusterName',
  'images', 'registryDate', 'addons', 'kubeconfig',
];

export function ipToInt(ip: string): number | undefined {
  const parts = ip.split('.');
  if (parts.length !== 4) return undefined;
  let n = 0;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || Number(p) > 255) return undefined;
    n = n * 256 + Number(p);
  }
  return n;
}

export function intToIp(n: number): string {
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

/** `10.96.0.0/12` -> first address and size; undefined when malformed. */
export function parseCidr(cidr: string): { base: number; size: number; bits: number } | undefined {
  const m = cidr.match(/^([\d.]+)\/(\d{1,2})$/);
  if (!m) return undefined;
  const ip = ipToInt(m[1]!);
  const bits = Number(m[2]);
  if (ip === undefined || bits > 32) return undefined;
  const size = 2 ** (32 - bits);
  return { base: ip - (ip % size), size, bits };
}

function stringList(v: unknown): string[] | undefined {
  return Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : undefined;
}

/** Validates `sim:` front matter and fills in defaults; problems name the key. */
export function resolveSimConfig(raw: Record<string, unknown> | undefined): { config: SimConfig; problems: ConfigProblem[] } {
  const config = defaultSimConfig();
  const problems: ConfigProblem[] = [];
  if (!raw) return { config, problems };
  const bad = (path: string, message: string) => problems.push({ path, message });
  for (const key of Object.keys(raw)) {
    if (!KNOWN_KEYS.includes(key)) bad(key, `unknown key "${key}", expected one of: ${KNOWN_KEYS.join(', ')}`);
  }
  const r = raw as Record<string, unknown>;
  if (r['seed'] !== undefined) {
    if (typeof r['seed'] === 'number' && Number.isInteger(r['seed'])) config.seed = r['seed'];
    else bad('seed', 'expected an integer');
  }
  if (r['start'] !== undefined) {
    const t = typeof r['start'] === 'string' ? Date.parse(r['start']) : r['start'] instanceof Date ? r['start'].getTime() : NaN;
    if (Number.isNaN(t)) bad('start', 'expected an RFC 3339 time such as "2025-01-06T10:00:00Z"');
    else config.start = t;
  }
  for (const key of ['clusterAge', 'commandStep'] as const) {
    if (r[key] === undefined) continue;
    const d = parseDuration(r[key]);
    if (d === undefined) bad(key, 'expected a duration such as "10h", "5m", "2s" or "500ms"');
    else config[key] = d;
  }
  for (const key of ['kubernetesVersion', 'clusterDomain', 'containerRuntime', 'kernelVersion', 'osImage', 'cniNamespace', 'clusterName'] as const) {
    if (r[key] === undefined) continue;
    if (typeof r[key] === 'string' && r[key] !== '') config[key] = r[key];
    else bad(key, 'expected a non-empty string');
  }
  if (r['kubernetesVersion'] !== undefined && !/^v1\.32\.\d+$/.test(config.kubernetesVersion)) {
    bad('kubernetesVersion', `the simulator models Kubernetes v1.32; expected "v1.32.N", got "${config.kubernetesVersion}"`);
  }
  for (const key of ['podCIDR', 'serviceCIDR'] as const) {
    if (r[key] === undefined) continue;
    if (typeof r[key] === 'string' && parseCidr(r[key])) config[key] = r[key];
    else bad(key, 'expected an IPv4 CIDR such as "10.244.0.0/16"');
  }
  if (r['serviceCIDR'] !== undefined && r['dnsIP'] === undefined) {
    const cidr = parseCidr(config.serviceCIDR);
    if (cidr) config.dnsIP = intToIp(cidr.base + 10);
  }
  if (r['dnsIP'] !== undefined) {
    if (typeof r['dnsIP'] === 'string' && ipToInt(r['dnsIP']) !== undefined) config.dnsIP = r['dnsIP'];
    else bad('dnsIP', 'expected an IPv4 address');
  }
  if (r['dnsSearch'] !== undefined) {
    const list = stringList(r['dnsSearch']);
    if (list) config.dnsSearch = list;
    else bad('dnsSearch', 'expected a list of domain names');
  }
  if (r['cni'] !== undefined) {
    if (r['cni'] === 'kindnet' || r['cni'] === 'flannel' || r['cni'] === 'calico') {
      config.cni = r['cni'];
      if (r['cniNamespace'] === undefined) config.cniNamespace = r['cni'] === 'flannel' ? 'kube-flannel' : 'kube-system';
    } else bad('cni', 'expected one of: kindnet, flannel, calico');
  }
  if (r['clusterName'] !== undefined && r['nodes'] === undefined) {
    config.nodes = [{ name: `${config.clusterName}-control-plane`, role: 'control-plane', ip: '172.18.0.2' }];
  }
  if (r['nodes'] !== undefined) {
    if (!Array.isArray(r['nodes']) || r['nodes'].length === 0) {
      bad('nodes', 'expected a non-empty list of nodes ({name, role, ip})');
    } else {
      const nodes: NodeConfig[] = [];
      const problemsBefore = problems.length;
      r['nodes'].forEach((n: unknown, i: number) => {
        const path = `nodes[${i}]`;
        if (typeof n === 'string') {
          nodes.push({ name: n, role: i === 0 ? 'control-plane' : 'worker', ip: `172.18.0.${i + 2}` });
          return;
        }
        if (!n || typeof n !== 'object') return bad(path, 'expected a node name or a mapping {name, role, ip}');
        const o = n as Record<string, unknown>;
        const keys = ['name', 'role', 'ip', ...NODE_EXTRA_KEYS];
        for (const k of Object.keys(o)) if (!keys.includes(k)) bad(`${path}.${k}`, `unknown key "${k}", expected one of: ${keys.join(', ')}`);
        if (typeof o['name'] !== 'string' || o['name'] === '') return bad(`${path}.name`, 'expected a node name');
        const role = o['role'] ?? (i === 0 ? 'control-plane' : 'worker');
        if (role !== 'control-plane' && role !== 'worker') bad(`${path}.role`, 'expected "control-plane" or "worker"');
        const ip = o['ip'] ?? `172.18.0.${i + 2}`;
        if (typeof ip !== 'string' || ipToInt(ip) === undefined) bad(`${path}.ip`, 'expected an IPv4 address');
        nodes.push({ name: o['name'], role: role === 'worker' ? 'worker' : 'control-plane', ip: String(ip), ...parseNodeExtras(o, path, problems) });
      });
      if (nodes.length > 0) config.nodes = nodes;
      const names = new Set<string>();
      for (const n of nodes) {
        if (names.has(n.name)) bad('nodes', `duplicate node name "${n.name}"`);
        names.add(n.name);
      }
      // Only when every entry was readable: a skipped entry is already reported, and may be the control plane.
      if (problems.length === problemsBefore && !nodes.some((n) => n.role === 'control-plane')) bad('nodes', 'expected one node with role "control-plane"');
    }
  }
  if (r['images'] !== undefined) config.images = parseImageDeclarations(r['images'], problems);
  if (r['addons'] !== undefined) {
    if (!Array.isArray(r['addons'])) bad('addons', `expected a list of add-ons (${ADDON_NAMES.join(', ')})`);
    else {
      r['addons'].forEach((a: unknown, i: number) => {
        if (typeof a === 'string' && (ADDON_NAMES as readonly string[]).includes(a)) {
          if (!config.addons.includes(a as AddonName)) config.addons.push(a as AddonName);
        } else bad(`addons[${i}]`, `unknown add-on ${JSON.stringify(a)}, expected one of: ${ADDON_NAMES.join(', ')}`);
      });
    }
  }
  if (r['kubeconfig'] !== undefined) {
    const names = parseKubeconfigNames(r['kubeconfig'], problems);
    if (names !== undefined) config.kubeconfig = names;
  }
  if (r['registryDate'] !== undefined) {
    const date = parseRegistryDate(r['registryDate'], problems);
    if (date !== undefined) config.registryDate = date;
  }
  return { config, problems };
}

/** The registry's day: `registryDate`, or the day the lesson starts. */
export function registryDay(config: SimConfig): string {
  return config.registryDate ?? new Date(config.start).toISOString().slice(0, 10);
}
