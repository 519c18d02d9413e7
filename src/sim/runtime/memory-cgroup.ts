// The memory cgroups of a node (cgroup v2, as the kubelet lays them out): the node, a pod under
// it, a container under the pod. A cgroup's usage is what its processes hold (a program's own
// figure, or an idle one) plus the tmpfs pages charged to it (a file written to /dev/shm or to a
// memory-backed emptyDir is charged to the cgroup of the process that wrote it, mm/memcontrol.c),
// plus its children's. A write that would take a cgroup past its memory.max, or the node past
// its memory, wakes the OOM killer: the kubelet sets memory.oom.group, so the writer's whole
// container dies.
import type { PageCharger } from '../core/vfs/fs-space.js';

export class MemoryCgroup implements PageCharger {
  #tmpfs = 0;
  readonly #children = new Set<MemoryCgroup>();
  #own: () => number;
  #onOom: (() => never) | undefined;
  #released = false;

  /**
   * `limit` is memory.max in bytes (undefined: max); `own` what its processes use besides tmpfs
   * pages; `onOom` ends its processes and unwinds the writer.
   */
  constructor(
    readonly parent: MemoryCgroup | undefined,
    readonly limit: number | undefined,
    own: () => number = () => 0,
    onOom?: () => never,
  ) {
    this.#own = own;
    this.#onOom = onOom;
    if (parent) parent.#children.add(this);
  }

  /** memory.current: its processes, its tmpfs pages and its children's. */
  usage(): number {
    let total = this.#own() + this.#tmpfs;
    for (const c of this.#children) total += c.usage();
    return total;
  }

  /** Bytes of tmpfs pages charged to this cgroup itself. */
  tmpfsBytes(): number {
    return this.#tmpfs;
  }

  room(): number {
    let room = Infinity;
    for (let g: MemoryCgroup | undefined = this; g; g = g.parent) {
      if (g.limit !== undefined) room = Math.min(room, g.limit - g.usage());
    }
    return Math.max(0, room);
  }

  charge(bytes: number): void {
    this.#tmpfs += bytes;
  }

  uncharge(bytes: number): void {
    this.#tmpfs = Math.max(0, this.#tmpfs - bytes);
    // A dead container's cgroup goes once nothing is charged to it any more.
    if (this.#released && this.#tmpfs === 0) this.detach();
  }

  outOfMemory(): never {
    if (!this.#onOom) throw new Error('bug: a cgroup without processes was asked to allocate');
    return this.#onOom();
  }

  /**
   * Its processes are gone (the container exited): what they held goes with them, but the tmpfs
   * pages stay charged here, and so count for the pod and the node (the kernel reparents a dead
   * cgroup's pages to its parent; a restarted container has a new cgroup and starts from zero).
   */
  release(): void {
    this.#own = () => 0;
    this.#onOom = undefined;
    this.#released = true;
    if (this.#tmpfs === 0) this.detach();
  }

  /** The cgroup is removed (the pod's sandbox is torn down, its tmpfs volumes unmounted). */
  detach(): void {
    if (this.parent) this.parent.#children.delete(this);
  }
}
