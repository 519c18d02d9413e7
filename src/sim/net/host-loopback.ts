// The loopback of the machine the lesson's shell and kubectl run on: what `kubectl port-forward`
// and `kubectl proxy` listen on, and what `curl localhost:8080` in the lesson's shell reaches.
// Ports are per address (`127.0.0.1`, `::1`, `0.0.0.0`); a wildcard bind answers every address.
import type { Listener } from '../runtime/http.js';

/** The lowest and highest port the kernel hands out for a bind to port 0 (ip_local_port_range). */
const EPHEMERAL_LOW = 32768;
const EPHEMERAL_HIGH = 60999;

export class HostLoopback {
  readonly #listeners = new Map<string, Listener>();
  #nextEphemeral: number;

  constructor(seed: number) {
    this.#nextEphemeral = EPHEMERAL_LOW + ((seed * 7919 + 12345) % (EPHEMERAL_HIGH - EPHEMERAL_LOW));
  }

  /** Binds `address:port`; false when it, or a wildcard bind of the same family, is taken. */
  bind(address: string, port: number, listener: Listener): boolean {
    if (this.#taken(address, port)) return false;
    this.#listeners.set(key(address, port), listener);
    return true;
  }

  unbind(address: string, port: number): void {
    this.#listeners.delete(key(address, port));
  }

  /** A free port, as a bind to port 0 gets one: deterministic for a seed. */
  freePort(addresses: readonly string[]): number {
    for (;;) {
      const port = this.#nextEphemeral;
      this.#nextEphemeral = port >= EPHEMERAL_HIGH ? EPHEMERAL_LOW : port + 1;
      if (!addresses.some((a) => this.#taken(a, port))) return port;
    }
  }

  /** What answers a connection to `address:port` (`localhost` is 127.0.0.1). */
  listener(address: string, port: number): Listener | undefined {
    const ip = address === 'localhost' ? '127.0.0.1' : address;
    const wildcard = ip.includes(':') ? '::' : '0.0.0.0';
    return this.#listeners.get(key(ip, port)) ?? this.#listeners.get(key(wildcard, port));
  }

  /** Whether the address is this machine's (a closed port there refuses rather than times out). */
  isLocal(address: string): boolean {
    return address === 'localhost' || address === '127.0.0.1' || address === '::1' || address.startsWith('127.');
  }

  #taken(address: string, port: number): boolean {
    if (this.#listeners.has(key(address, port))) return true;
    const v6 = address.includes(':');
    const wildcard = v6 ? '::' : '0.0.0.0';
    if (this.#listeners.has(key(wildcard, port))) return true;
    // A wildcard bind conflicts with any bind of its family on the port.
    if (address === wildcard) return [...this.#listeners.keys()].some((k) => k.endsWith(`|${port}`) && k.includes(':') === v6);
    return false;
  }
}

function key(address: string, port: number): string {
  return `${address}|${port}`;
}
