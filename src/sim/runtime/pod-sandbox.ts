// What the containers of one pod share: its IP, its hostname, its volumes (an emptyDir is one
// filesystem mounted into every container that names it), its /dev/shm (the sandbox's IPC
// namespace: a 64 MiB tmpfs, containerd's default) and its memory cgroup.
import { base64Decode } from '../api/strategies/generic-strategy.js';
import type { ConfigMap, DownwardAPIVolumeFile, Pod, Secret, Volume } from '../api/types.js';
import { writeAtomically } from './atomic-volume.js';
import { ProcessTable } from './process-table.js';
import { fieldRefValue, resourceFieldValue } from './downward-api.js';
import { MemoryFs, type FsStats, type PageCharger, type VirtualFs, type WriteOptions } from '../core/vfs/vfs.js';
import { PAGE_BYTES } from '../core/vfs/file-data.js';
import { SpacePool } from '../core/vfs/fs-space.js';
import { parseQuantity, quantityValue } from '../core/quantity.js';
import { MemoryCgroup } from './memory-cgroup.js';
import type { NodeHost } from './node-host.js';
import { memoryVolumeBytes, podMemoryLimit } from './pod-memory.js';
import type { FileData } from '../core/vfs/file-data.js';

export interface SandboxDeps {
  now(): number;
  configMap(namespace: string, name: string): ConfigMap | undefined;
  secret(namespace: string, name: string): Secret | undefined;
  /** A node's hostPath tree, shared by every pod on that node. */
  nodeFs(node: string): VirtualFs;
  /** Where on its node the volume bound to a claim keeps its files (a hostPath or local PV), if bound. */
  claimPath?(namespace: string, claimName: string): string | undefined;
  clusterDomain: string;
  dnsIP: string;
  nodeSearch: string[];
  /** The node's upstream resolver (its gateway), for dnsPolicy Default. */
  nodeNameserver: string;
  /** The node's allocatable resources, for downward API limits a container does not set. */
  nodeAllocatable(): Record<string, string>;
  /** The node's disk and memory, which the pod's filesystems and cgroup take from. */
  host: NodeHost;
}

/** How a volume is mounted into a container, as /proc/mounts and df show it. */
export interface VolumeMedium {
  source: string;
  type: string;
  /** Mount options after rw/ro (`relatime,size=65536k,noswap`). */
  options: string;
  /** The kubelet mounts API data volumes (configMap, secret, projected, downwardAPI) read-only. */
  readOnly: boolean;
  stats(): FsStats;
}

/** containerd's sandbox /dev/shm: `mode=1777,size=65536k`, nosuid, nodev, noexec (sandbox_run_linux.go). */
export const SHM_BYTES = 64 * 1024 * 1024;

export class PodSandbox {
  readonly volumes = new Map<string, VirtualFs>();
  readonly media = new Map<string, VolumeMedium>();
  /** The pod's memory cgroup, under the node's; its containers' cgroups are under it. */
  readonly memory: MemoryCgroup;
  /** The sandbox's /dev/shm, shared by the pod's containers. */
  readonly shm: MemoryFs;
  /** The pod's PID namespace when its containers share one: the pause process is PID 1. */
  readonly #sharedProcesses: ProcessTable | undefined;

  constructor(
    public pod: Pod,
    readonly podIP: string,
    private readonly deps: SandboxDeps,
    /** containerd's sandbox id (64 hex digits) and the CNI network namespace it made (`/var/run/netns/cni-<uuid>`; `host` with hostNetwork). */
    readonly identity: { id: string; netnsPath: string } = { id: '', netnsPath: '' },
  ) {
    this.memory = new MemoryCgroup(deps.host.memory, podMemoryLimit(pod));
    this.shm = new MemoryFs({ now: () => deps.now(), memory: true, space: SpacePool.ofBytes(SHM_BYTES) });
    for (const v of pod.spec.volumes ?? []) {
      const fs = this.#volumeFs(v.name);
      if (fs) this.volumes.set(v.name, fs);
    }
    if (pod.spec.shareProcessNamespace) {
      this.#sharedProcesses = new ProcessTable();
      // Current pause images run as 65535:65535.
      this.#sharedProcesses.spawn({ uid: 65535, args: '/pause', comm: 'pause', startedAt: deps.now(), cpuMillicores: () => 0, signal: () => undefined, container: '', root: new MemoryFs({ now: () => deps.now() }) });
    }
  }

  get host(): NodeHost {
    return this.deps.host;
  }

  /** The sandbox is gone: its tmpfs volumes are unmounted, and what they held is no one's. */
  teardown(): void {
    this.memory.detach();
  }

  /** Where a new container's processes go: the pod's shared namespace, or one of its own. */
  processTable(): ProcessTable {
    return this.#sharedProcesses ?? new ProcessTable();
  }

  #writes = 0;

  /** A volume written by the kubelet's atomic writer (its `..data` layout). */
  #writeAll(fs: MemoryFs, files: Record<string, string>, volume: string): MemoryFs {
    let h = 0x811c9dc5;
    for (const c of `${this.pod.metadata.uid ?? ''}/${volume}/${this.#writes++}`) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0;
    writeAtomically(fs, files, this.deps.now(), h);
    return fs;
  }

  /** The downward API files of a volume (downwardAPI, or a projected source), from the pod as it is now. */
  #downwardFiles(items: readonly DownwardAPIVolumeFile[]): Record<string, string> {
    const files: Record<string, string> = {};
    for (const item of items) {
      if (item.fieldRef) files[item.path] = fieldRefValue(this.pod, item.fieldRef.fieldPath);
      else if (item.resourceFieldRef) files[item.path] = resourceFieldValue(this.pod, undefined, item.resourceFieldRef, this.deps.nodeAllocatable());
    }
    return files;
  }

  /** The files of a volume whose content the kubelet computes (configMap, secret, downward API, projected). */
  #payload(v: Volume): Record<string, string> | undefined {
    const ns = this.pod.metadata.namespace ?? 'default';
    if (v.configMap) {
      const data = this.deps.configMap(ns, v.configMap.name)?.data ?? {};
      const items = v.configMap.items ?? Object.keys(data).map((key) => ({ key, path: key }));
      return Object.fromEntries(items.filter((i) => data[i.key] !== undefined).map((i) => [i.path, data[i.key]!]));
    }
    if (v.secret) {
      const data = this.deps.secret(ns, v.secret.secretName)?.data ?? {};
      const items = v.secret.items ?? Object.keys(data).map((key) => ({ key, path: key }));
      return Object.fromEntries(items.filter((i) => data[i.key] !== undefined).map((i) => [i.path, base64Decode(data[i.key]!)]));
    }
    if (v.downwardAPI) return this.#downwardFiles(v.downwardAPI.items ?? []);
    if (v.projected) {
      const files: Record<string, string> = {};
      for (const src of v.projected.sources) {
        if (src.serviceAccountToken) files[src.serviceAccountToken.path] = serviceAccountToken(this.pod);
        if (src.configMap) {
          const cm = this.deps.configMap(ns, src.configMap.name);
          for (const item of src.configMap.items ?? Object.keys(cm?.data ?? {}).map((key) => ({ key, path: key }))) {
            const value = cm?.data?.[item.key];
            if (value !== undefined) files[item.path] = value;
          }
        }
        if (src.secret) {
          const data = this.deps.secret(ns, src.secret.name)?.data ?? {};
          for (const item of src.secret.items ?? Object.keys(data).map((key) => ({ key, path: key }))) {
            const value = data[item.key];
            if (value !== undefined) files[item.path] = base64Decode(value);
          }
        }
        if (src.downwardAPI) Object.assign(files, this.#downwardFiles(src.downwardAPI.items));
      }
      return files;
    }
    return undefined;
  }

  #volumeFs(name: string): VirtualFs | undefined {
    const v = this.pod.spec.volumes?.find((x) => x.name === name);
    if (!v) return undefined;
    // A claim's volume is a directory of its node (local-path volumes are hostPath PVs): its files
    // outlive the pod, and the next pod that mounts the claim sees them.
    const path = v.hostPath?.path ?? (v.persistentVolumeClaim ? this.deps.claimPath?.(this.pod.metadata.namespace ?? 'default', v.persistentVolumeClaim.claimName) : undefined);
    if (path !== undefined) {
      const nodeFs = this.deps.nodeFs(this.pod.spec.nodeName ?? '');
      if (!nodeFs.exists(path)) nodeFs.mkdir(path, { recursive: true });
      this.#describe(v, v.persistentVolumeClaim?.readOnly === true, nodeFs);
      return new SubtreeFs(nodeFs, path);
    }
    // configMap and disk emptyDirs live under /var/lib/kubelet (the node's disk); secret, projected
    // and downwardAPI volumes are emptyDirs of medium Memory inside (their plugins' wrappedVolumeSpec).
    const memory = v.emptyDir ? v.emptyDir.medium === 'Memory' : Boolean(v.secret || v.projected || v.downwardAPI);
    const fs = this.#newFs(v, memory);
    const payload = v.emptyDir ? undefined : this.#payload(v);
    if (payload) {
      this.#writeAll(fs, payload, v.name);
      this.#written.set(v.name, JSON.stringify(payload));
    }
    return fs;
  }

  /** A volume's filesystem: a tmpfs of the kubelet's size, or a directory on the node's disk. */
  #newFs(v: Volume, memory: boolean): MemoryFs {
    const now = () => this.deps.now();
    const readOnly = Boolean(v.configMap || v.secret || v.projected || v.downwardAPI);
    if (!memory) {
      const fs = new MemoryFs({ now, space: this.deps.host.disk });
      this.#describe(v, readOnly, fs);
      return fs;
    }
    const allocatable = parseQuantity(this.deps.nodeAllocatable()['memory'] ?? '') ?? undefined;
    const bytes = memoryVolumeBytes(this.pod, v, allocatable ? quantityValue(allocatable) : this.deps.host.memoryBytes);
    const fs = new MemoryFs({ now, memory: true, space: SpacePool.ofBytes(bytes) });
    const noswap = kernelAtLeast(this.deps.host.kernelVersion, 6, 4) ? ',noswap' : '';
    this.media.set(v.name, { source: 'tmpfs', type: 'tmpfs', options: `relatime,size=${Math.ceil(bytes / PAGE_BYTES) * 4}k${noswap}`, readOnly, stats: () => fs.statfs('/') });
    return fs;
  }

  /** A disk-backed volume: the node's disk, as the kubelet's bind mount shows it. */
  #describe(v: Volume, readOnly: boolean, fs: VirtualFs): void {
    this.media.set(v.name, { source: '/dev/vda1', type: 'ext4', options: 'relatime', readOnly, stats: () => fs.statfs('/') });
  }

  readonly #written = new Map<string, string>();

  /**
   * The pod object changed (labels, annotations): the kubelet rewrites the downward API volumes
   * whose files now read differently, with a new timestamped directory.
   */
  refreshDownwardVolumes(pod: Pod): void {
    this.pod = pod;
    for (const v of pod.spec.volumes ?? []) {
      if (!v.downwardAPI && !v.projected?.sources.some((s) => s.downwardAPI)) continue;
      const fs = this.volumes.get(v.name);
      const payload = this.#payload(v);
      if (!(fs instanceof MemoryFs) || !payload || this.#written.get(v.name) === JSON.stringify(payload)) continue;
      this.#writeAll(fs, payload, v.name);
      this.#written.set(v.name, JSON.stringify(payload));
    }
  }

  /** `/etc/resolv.conf` for the pod's dnsPolicy. */
  resolvConf(): string {
    const ns = this.pod.metadata.namespace ?? 'default';
    const domain = this.deps.clusterDomain;
    const policy = this.pod.spec.dnsPolicy ?? 'ClusterFirst';
    let search: string[] = [];
    let nameservers: string[] = [];
    let options: string[] = [];
    if (policy === 'ClusterFirst' || (policy === 'ClusterFirstWithHostNet' && this.pod.spec.hostNetwork)) {
      search = [`${ns}.svc.${domain}`, `svc.${domain}`, domain, ...this.deps.nodeSearch];
      nameservers = [this.deps.dnsIP];
      options = ['ndots:5'];
    } else if (policy === 'Default' || policy === 'ClusterFirst') {
      search = [...this.deps.nodeSearch];
      nameservers = [this.deps.nodeNameserver];
    }
    const cfg = this.pod.spec.dnsConfig;
    if (cfg) {
      search = [...search, ...(cfg.searches ?? [])];
      nameservers = [...nameservers, ...(cfg.nameservers ?? [])];
      options = [...options, ...(cfg.options ?? []).map((o) => (o.value !== undefined ? `${o.name}:${o.value}` : o.name))];
    }
    const lines: string[] = [];
    if (search.length > 0) lines.push(`search ${search.join(' ')}`);
    for (const n of nameservers) lines.push(`nameserver ${n}`);
    if (options.length > 0) lines.push(`options ${options.join(' ')}`);
    return `${lines.join('\n')}\n`;
  }

  /** `/etc/hosts` as the kubelet writes it. */
  hostsFile(): string {
    const host = this.pod.spec.hostname ?? this.pod.metadata.name;
    const ns = this.pod.metadata.namespace ?? 'default';
    const sub = this.pod.spec.subdomain;
    const own = sub ? `${this.podIP}\t${host}.${sub}.${ns}.svc.${this.deps.clusterDomain}\t${host}` : `${this.podIP}\t${host}`;
    return [
      '# Kubernetes-managed hosts file.',
      '127.0.0.1\tlocalhost',
      '::1\tlocalhost ip6-localhost ip6-loopback',
      'fe00::0\tip6-localnet',
      'fe00::0\tip6-mcastprefix',
      'fe00::1\tip6-allnodes',
      'fe00::2\tip6-allrouters',
      own,
      '',
    ].join('\n');
  }
}

/** A deterministic, JWT-shaped token; nothing checks it, but `cat token` should look right. */
function serviceAccountToken(pod: Pod): string {
  const header = 'eyJhbGciOiJSUzI1NiIsImtpZCI6IjRtX2tpbmRsaW5nIn0';
  const claims = btoa(JSON.stringify({ aud: ['https://kubernetes.default.svc.cluster.local'], sub: `system:serviceaccount:${pod.metadata.namespace}:${pod.spec.serviceAccountName ?? 'default'}` })).replace(/=+$/, '');
  return `${header}.${claims}.c2ltdWxhdGVkLXNpZ25hdHVyZQ`;
}

/** A view of one directory of another filesystem (hostPath volumes). */
export class SubtreeFs implements VirtualFs {
  constructor(
    private readonly base: VirtualFs,
    private readonly root: string,
  ) {}
  #p(path: string): string {
    return path === '/' ? this.root : `${this.root}${path}`;
  }
  readFile(path: string) { return this.base.readFile(this.#p(path)); }
  writeFile(path: string, content: string) { this.base.writeFile(this.#p(path), content); }
  appendFile(path: string, content: string) { this.base.appendFile(this.#p(path), content); }
  exists(path: string) { return this.base.exists(this.#p(path)); }
  stat(path: string) { return this.base.stat(this.#p(path)); }
  readdir(path: string) { return this.base.readdir(this.#p(path)); }
  mkdir(path: string, options?: { recursive?: boolean }) { this.base.mkdir(this.#p(path), options); }
  rm(path: string, options?: { recursive?: boolean }) { this.base.rm(this.#p(path), options); }
  rename(from: string, to: string) { this.base.rename(this.#p(from), this.#p(to)); }
  lstat(path: string) { return this.base.lstat(this.#p(path)); }
  symlink(target: string, path: string) { this.base.symlink(target, this.#p(path)); }
  readlink(path: string) { return this.base.readlink(this.#p(path)); }
  link(existing: string, path: string) { this.base.link(this.#p(existing), this.#p(path)); }
  mount(path: string, fs: VirtualFs) { this.base.mount(this.#p(path), fs); }
  readData(path: string) { return this.base.readData(this.#p(path)); }
  write(path: string, data: FileData, options?: WriteOptions) { return this.base.write(this.#p(path), data, options); }
  resize(path: string, size: number) { this.base.resize(this.#p(path), size); }
  allocate(path: string, offset: number, length: number, options?: { charge?: PageCharger }) { this.base.allocate(this.#p(path), offset, length, options); }
  statfs(path: string) { return this.base.statfs(this.#p(path)); }
}

/** Whether `uname -r` (`6.8.0-51-generic`) is at least major.minor. */
function kernelAtLeast(version: string, major: number, minor: number): boolean {
  const m = /^(\d+)\.(\d+)/.exec(version);
  if (!m) return false;
  const [a, b] = [Number(m[1]), Number(m[2])];
  return a > major || (a === major && b >= minor);
}
