// What a running container uses, as its cgroup would report it (memory working set, CPU time):
// what its program says it uses (the stress images, declared behaviours), or an idle figure for
// what it runs. The idle figures are typical of `kubectl top` on a quiet kind cluster (rounded;
// they vary on a real node): enough for `top` to show the right order of magnitude, not a profile.
import type { ImageProgram } from './image-catalog.js';

export interface Usage {
  /** CPU in millicores (the rate over the last scrape window). */
  cpuMillicores: number;
  /** Memory working set in bytes. */
  memoryBytes: number;
  /** CPU time (ns) of discrete work done by `at` since the container started (requests served), on top of the rate. */
  workCpuNs?(at: number): number;
}

const MI = 2 ** 20;

/** Idle usage by program; a shell script (busybox or bash) and anything unlisted use the `shell` row. */
const IDLE: Readonly<Partial<Record<ImageProgram | 'shell', Usage>>> = {
  shell: { cpuMillicores: 0, memoryBytes: 0.4 * MI },
  pause: { cpuMillicores: 0, memoryBytes: 0.2 * MI },
  nginx: { cpuMillicores: 0, memoryBytes: 3 * MI },
  httpd: { cpuMillicores: 1, memoryBytes: 9 * MI },
  'php-apache': { cpuMillicores: 1, memoryBytes: 11 * MI },
  redis: { cpuMillicores: 2, memoryBytes: 3 * MI },
  'http-echo': { cpuMillicores: 0, memoryBytes: 2 * MI },
  echoserver: { cpuMillicores: 0, memoryBytes: 2 * MI },
  'serve-hostname': { cpuMillicores: 0, memoryBytes: 1 * MI },
  agnhost: { cpuMillicores: 0, memoryBytes: 6 * MI },
  'hello-app': { cpuMillicores: 0, memoryBytes: 2 * MI },
  'kubernetes-bootcamp': { cpuMillicores: 0, memoryBytes: 12 * MI },
  node: { cpuMillicores: 0, memoryBytes: 9 * MI },
  python: { cpuMillicores: 0, memoryBytes: 9 * MI },
  mysql: { cpuMillicores: 4, memoryBytes: 370 * MI },
  postgres: { cpuMillicores: 1, memoryBytes: 30 * MI },
  etcd: { cpuMillicores: 20, memoryBytes: 40 * MI },
  'metrics-server': { cpuMillicores: 3, memoryBytes: 18 * MI },
  // A small Go program: what vish/stress holds before (or without) its --mem-total allocations.
  'vish-stress': { cpuMillicores: 0, memoryBytes: 2 * MI },
};

/** The cluster's own daemons, by executable. */
const DAEMONS: Readonly<Record<string, Usage>> = {
  'kube-apiserver': { cpuMillicores: 40, memoryBytes: 250 * MI },
  etcd: { cpuMillicores: 20, memoryBytes: 40 * MI },
  'kube-controller-manager': { cpuMillicores: 15, memoryBytes: 50 * MI },
  'kube-scheduler': { cpuMillicores: 3, memoryBytes: 22 * MI },
  'kube-proxy': { cpuMillicores: 1, memoryBytes: 14 * MI },
  coredns: { cpuMillicores: 2, memoryBytes: 13 * MI },
  kindnetd: { cpuMillicores: 1, memoryBytes: 10 * MI },
  'local-path-provisioner': { cpuMillicores: 1, memoryBytes: 8 * MI },
  flanneld: { cpuMillicores: 2, memoryBytes: 12 * MI },
  start_runit: { cpuMillicores: 25, memoryBytes: 110 * MI },
};

/** Idle usage of a container whose PID 1 runs `program` (undefined: a shell or a tool). */
export function idleUsage(program: ImageProgram | undefined, executable: string): Usage {
  const name = executable.slice(executable.lastIndexOf('/') + 1);
  if (program === 'daemon' && DAEMONS[name]) return DAEMONS[name]!;
  return IDLE[program ?? 'shell'] ?? IDLE.shell!;
}

/** What the kubelet's node itself uses beyond its pods (kubelet, containerd, systemd), on a kind node. */
export const NODE_SYSTEM_USAGE: Usage = { cpuMillicores: 60, memoryBytes: 420 * MI };
