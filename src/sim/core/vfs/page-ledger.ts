// The pages of a MemoryFs's files: what each file holds is taken from the filesystem's space
// (ENOSPC when it runs out) and, on a memory-backed filesystem (tmpfs), charged to the memory
// cgroup of the process that wrote it (mm/shmem.c: the block count first, then the memcg charge,
// whose failure is the OOM killer's business). A file's pages go back when its last name goes.
import { allocatedPages, type FileData, PAGE_BYTES, sliceData, writeAt } from './file-data.js';
import type { PageCharger, SpacePool } from './fs-space.js';

/** What a file keeps for the ledger. */
export interface PagedFile {
  data: FileData;
  /** Pages its data holds, as counted in the space. */
  pages: number;
  /** Bytes of its pages charged to each memory cgroup that wrote them (memory-backed only). */
  charges?: Map<PageCharger, number>;
}

/** How a change that did not fit ended: the space was full (ENOSPC) or the cgroup (the OOM killer). */
export type Shortage = 'space' | 'memory';

export class PageLedger {
  constructor(
    private readonly space: SpacePool | undefined,
    /** A tmpfs: pages are charged to the writer's cgroup. */
    private readonly memory: boolean,
  ) {}

  /**
   * Writes `piece` at `at`: all of it when it fits, else the longest prefix whose pages do (a
   * write cut at a page, as generic_perform_write stops). Returns the bytes written and, when
   * cut, what ran out.
   */
  write(file: PagedFile, at: number, piece: FileData, charge?: PageCharger): { written: number; short?: Shortage } {
    const room = this.room(charge);
    const whole = writeAt(file.data, at, piece);
    if (allocatedPages(whole) - file.pages <= room.pages) {
      this.set(file, whole, charge);
      return { written: piece.size };
    }
    let lo = 0;
    let hi = piece.size;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (allocatedPages(writeAt(file.data, at, sliceData(piece, 0, mid))) - file.pages <= room.pages) lo = mid;
      else hi = mid - 1;
    }
    if (lo > 0) this.set(file, writeAt(file.data, at, sliceData(piece, 0, lo)), charge);
    return { written: lo, short: room.byMemory ? 'memory' : 'space' };
  }

  /** Gives the file `data` if its pages fit (fallocate: all or nothing); else says what ran out and changes nothing. */
  replace(file: PagedFile, data: FileData, charge?: PageCharger): Shortage | undefined {
    const room = this.room(charge);
    if (allocatedPages(data) - file.pages > room.pages) return room.byMemory ? 'memory' : 'space';
    this.set(file, data, charge);
    return undefined;
  }

  /** Gives the file new data, taking pages from the space and the writer's cgroup, or giving them back. */
  set(file: PagedFile, data: FileData, charge?: PageCharger): void {
    const pages = allocatedPages(data);
    const delta = pages - file.pages;
    if (delta > 0) {
      this.space?.take(delta);
      if (this.memory && charge) {
        charge.charge(delta * PAGE_BYTES);
        file.charges ??= new Map();
        file.charges.set(charge, (file.charges.get(charge) ?? 0) + delta * PAGE_BYTES);
      }
    } else if (delta < 0) this.release(file, -delta);
    file.data = data;
    file.pages = pages;
  }

  /** The file's last name is gone (no process holds it open here): all its pages go back. */
  drop(file: PagedFile): void {
    this.release(file, file.pages);
    file.pages = 0;
  }

  /** Pages a write may still add, and whether the memory cgroup (not the space) is the bound. */
  private room(charge: PageCharger | undefined): { pages: number; byMemory: boolean } {
    const space = this.space ? this.space.freePages() : Infinity;
    const memory = this.memory && charge ? Math.max(0, Math.floor(charge.room() / PAGE_BYTES)) : Infinity;
    return memory < space ? { pages: memory, byMemory: true } : { pages: space, byMemory: false };
  }

  /** Gives back `pages` of a file: to the space, and to the cgroups that were charged (last writers first). */
  private release(file: PagedFile, pages: number): void {
    this.space?.give(pages);
    let bytes = pages * PAGE_BYTES;
    const charges = [...(file.charges ?? [])].reverse();
    for (const [charger, held] of charges) {
      if (bytes <= 0) break;
      const back = Math.min(held, bytes);
      charger.uncharge(back);
      bytes -= back;
      if (back === held) file.charges!.delete(charger);
      else file.charges!.set(charger, held - back);
    }
  }
}
