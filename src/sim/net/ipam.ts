// Address allocation: pod IPs from each node's /24 (host-local IPAM: the next free address
// after the last one handed out), ClusterIPs at random from the service CIDR (above the static
// band, like the 1.32 allocator), NodePorts at random from 30000-32767.
import { intToIp, ipToInt, parseCidr } from '../core/config/config.js';
import type { SeededRandom } from '../core/random.js';

export class NodePodIPs {
  #used = new Set<number>();
  #last: number;
  readonly #base: number;

  constructor(readonly cidr: string) {
    this.#base = parseCidr(cidr)!.base;
    this.#last = this.#base + 1;
  }

  allocate(): string {
    for (let i = 0; i < 253; i++) {
      let next = this.#last + 1;
      if (next > this.#base + 254) next = this.#base + 2;
      this.#last = next;
      if (!this.#used.has(next)) {
        this.#used.add(next);
        return intToIp(next);
      }
    }
    throw new Error(`no free pod IP in ${this.cidr}`);
  }

  release(ip: string): void {
    const n = ipToInt(ip);
    if (n !== undefined) this.#used.delete(n);
  }
}

export class ServiceIPs {
  #used = new Set<number>();
  readonly #base: number;
  readonly #size: number;
  readonly #staticBand: number;

  constructor(
    cidr: string,
    private readonly random: SeededRandom,
  ) {
    const c = parseCidr(cidr)!;
    this.#base = c.base;
    this.#size = c.size;
    this.#staticBand = Math.min(Math.max(16, Math.floor(c.size / 16)), 256);
  }

  /** Takes a requested IP (undefined when taken or outside the range), or picks one. */
  allocate(requested?: string): string | undefined {
    if (requested !== undefined) {
      const n = ipToInt(requested);
      if (n === undefined || n <= this.#base || n >= this.#base + this.#size - 1 || this.#used.has(n)) return undefined;
      this.#used.add(n);
      return requested;
    }
    for (let i = 0; i < 10_000; i++) {
      const n = this.#base + this.#staticBand + this.random.int(this.#size - this.#staticBand - 1);
      if (n > this.#base && !this.#used.has(n)) {
        this.#used.add(n);
        return intToIp(n);
      }
    }
    throw new Error('service IP range exhausted');
  }

  release(ip: string): void {
    const n = ipToInt(ip);
    if (n !== undefined) this.#used.delete(n);
  }
}

export class NodePorts {
  #used = new Set<number>();
  constructor(private readonly random: SeededRandom) {}

  allocate(requested?: number): number | undefined {
    if (requested !== undefined) {
      if (requested < 30000 || requested > 32767 || this.#used.has(requested)) return undefined;
      this.#used.add(requested);
      return requested;
    }
    for (let i = 0; i < 10_000; i++) {
      const p = 30000 + this.random.int(2768);
      if (!this.#used.has(p)) {
        this.#used.add(p);
        return p;
      }
    }
    return undefined;
  }

  release(port: number): void {
    this.#used.delete(port);
  }
}
