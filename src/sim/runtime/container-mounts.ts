// A container's mount table on a kind node (containerd, runc, cgroup v2), in the order runc
// mounts it: the overlay root and the spec's defaults (proc, the /dev tmpfs, devpts, mqueue,
// sysfs, cgroup2); then the CRI mounts, sorted by their number of path parts (containerd's
// WithMounts, a stable sort): the kubelet's volume mounts, /etc/hosts and /dev/termination-log,
// then containerd's /etc/hostname, /etc/resolv.conf and the sandbox's /dev/shm; then runc's
// read-only paths and masked paths (the kubelet's defaults: a directory gets a read-only tmpfs,
// a file the /dev/null of the /dev tmpfs). /proc/mounts prints it; statfs and df read it.
//
// Host-dependent choices, as on a laptop running kind: the host disk is /dev/vda1 (ext4); of
// the masked paths the host has /proc/acpi, /proc/kcore, /proc/keys, /proc/timer_list,
// /proc/scsi and /sys/firmware (no sound, no latencytop, no powercap); an unsized tmpfs gets half
// the host's memory, as the kernel's default size=50% does.
import type { Container } from '../api/types.js';
import { PAGE_BYTES } from '../core/vfs/file-data.js';
import { type FsStats, noBlocks, SpacePool } from '../core/vfs/fs-space.js';
import { normalizePath } from '../core/vfs/vfs.js';
import type { PodSandbox } from './pod-sandbox.js';

export interface MountEntry {
  source: string;
  target: string;
  type: string;
  options: string;
  stats(): FsStats;
}

/** runc's default /dev: `tmpfs /dev tmpfs rw,nosuid,size=65536k,mode=755`. */
const DEV_BYTES = 64 * 1024 * 1024;
const READONLY_PATHS = ['/proc/bus', '/proc/fs', '/proc/irq', '/proc/sys', '/proc/sysrq-trigger'];
/** The kubelet's default masked paths that a kind host has, in its order; `file` ones are bind mounts of /dev/null. */
const MASKED_PATHS: ReadonlyArray<{ path: string; file: boolean }> = [
  { path: '/proc/acpi', file: false },
  { path: '/proc/kcore', file: true },
  { path: '/proc/keys', file: true },
  { path: '/proc/timer_list', file: true },
  { path: '/proc/scsi', file: false },
  { path: '/sys/firmware', file: false },
];
const SNAPSHOTS = '/var/lib/containerd/io.containerd.snapshotter.v1.overlayfs/snapshots';

export interface MountInputs {
  containerId: string;
  container: Container;
  sandbox: PodSandbox;
  /** The kubelet manages /etc/hosts (not with hostNetwork). */
  etcHosts: boolean;
  /** Which snapshot is the container's writable layer (its /proc/mounts line names it). */
  snapshot: number;
}

/** The container's mounts, in /proc/mounts order. */
export function containerMounts(inputs: MountInputs): MountEntry[] {
  const { containerId: id, container, sandbox } = inputs;
  const disk = sandbox.host.disk;
  const vda1 = () => disk.stats();
  const dev = SpacePool.ofBytes(DEV_BYTES, { id: `dev-${id}` });
  const devOptions = `rw,nosuid,size=${DEV_BYTES / 1024}k,mode=755`;
  const upper = `${SNAPSHOTS}/${inputs.snapshot}`;
  const out: MountEntry[] = [
    { source: 'overlay', target: '/', type: 'overlay', options: `rw,relatime,lowerdir=${SNAPSHOTS}/${inputs.snapshot - 1}/fs,upperdir=${upper}/fs,workdir=${upper}/work`, stats: () => ({ ...disk.stats(), id: `overlay-${id}` }) },
    { source: 'proc', target: '/proc', type: 'proc', options: 'rw,nosuid,nodev,noexec,relatime', stats: () => noBlocks(`proc-${id}`) },
    { source: 'tmpfs', target: '/dev', type: 'tmpfs', options: devOptions, stats: () => dev.stats() },
    { source: 'devpts', target: '/dev/pts', type: 'devpts', options: 'rw,nosuid,noexec,relatime,gid=5,mode=620,ptmxmode=666', stats: () => noBlocks(`devpts-${id}`) },
    { source: 'mqueue', target: '/dev/mqueue', type: 'mqueue', options: 'rw,nosuid,nodev,noexec,relatime', stats: () => noBlocks(`mqueue-${id}`) },
    { source: 'sysfs', target: '/sys', type: 'sysfs', options: 'ro,nosuid,nodev,noexec,relatime', stats: () => noBlocks(`sysfs-${id}`) },
    { source: 'cgroup', target: '/sys/fs/cgroup', type: 'cgroup2', options: 'ro,nosuid,nodev,noexec,relatime', stats: () => noBlocks(`cgroup-${id}`) },
  ];
  const cri: MountEntry[] = [];
  for (const m of container.volumeMounts ?? []) {
    const medium = sandbox.media.get(m.name);
    if (!medium) continue;
    const ro = medium.readOnly || m.readOnly === true;
    cri.push({ source: medium.source, target: normalizePath(m.mountPath), type: medium.type, options: `${ro ? 'ro' : 'rw'},${medium.options}`, stats: medium.stats });
  }
  const bind = (target: string): MountEntry => ({ source: '/dev/vda1', target, type: 'ext4', options: 'rw,relatime', stats: vda1 });
  const taken = (target: string) => cri.some((m) => m.target === target);
  if (inputs.etcHosts && !taken('/etc/hosts')) cri.push(bind('/etc/hosts'));
  const message = normalizePath(container.terminationMessagePath || '/dev/termination-log');
  if (!taken(message)) cri.push(bind(message));
  for (const extra of ['/etc/hostname', '/etc/resolv.conf']) if (!taken(extra)) cri.push(bind(extra));
  if (!taken('/dev/shm')) {
    cri.push({ source: 'shm', target: '/dev/shm', type: 'tmpfs', options: `rw,nosuid,nodev,noexec,relatime,size=${(sandbox.shm.statfs('/').blocks * PAGE_BYTES) / 1024}k`, stats: () => sandbox.shm.statfs('/') });
  }
  const parts = (p: string) => p.split('/').filter((x) => x !== '').length;
  out.push(...cri.map((m, i) => ({ m, i })).sort((a, b) => parts(a.m.target) - parts(b.m.target) || a.i - b.i).map((x) => x.m));
  for (const target of READONLY_PATHS) out.push({ source: 'proc', target, type: 'proc', options: 'ro,nosuid,nodev,noexec,relatime', stats: () => noBlocks(`proc-${id}`) });
  const halfRam = Math.floor(sandbox.host.memoryBytes / 2 / PAGE_BYTES) * PAGE_BYTES;
  for (const { path, file } of MASKED_PATHS) {
    if (file) out.push({ source: 'tmpfs', target: path, type: 'tmpfs', options: devOptions, stats: () => dev.stats() });
    else {
      const empty = SpacePool.ofBytes(halfRam, { id: `masked-${id}-${path}` });
      out.push({ source: 'tmpfs', target: path, type: 'tmpfs', options: 'ro,relatime', stats: () => empty.stats() });
    }
  }
  return out;
}

/** /proc/mounts: `source target type options 0 0`, a space in a field written `\040` as the kernel does. */
export function procMounts(entries: readonly MountEntry[]): string {
  const esc = (s: string) => s.replace(/[ \t\n\\]/g, (c) => `\\${c.charCodeAt(0).toString(8).padStart(3, '0')}`);
  return entries.map((m) => `${esc(m.source)} ${esc(m.target)} ${m.type} ${m.options} 0 0\n`).join('');
}

/** statfs(2) of a path: the filesystem of the last mount whose target holds it (later mounts cover earlier ones). */
export function statfsFor(entries: readonly MountEntry[], path: string): FsStats | undefined {
  let best: MountEntry | undefined;
  for (const m of entries) {
    const inside = m.target === '/' || path === m.target || path.startsWith(`${m.target}/`);
    if (inside && (best === undefined || m.target.length >= best.target.length)) best = m;
  }
  return best?.stats();
}
