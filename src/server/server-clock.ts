// The virtual clock while the simulator is served over HTTP. In `realtime` mode virtual time
// follows real time × speed (a timer moves it, and every request first catches it up); in
// `manual` mode only `advance` moves it (tests, the differential harness). Streams that wait on
// the simulation (log follow, exec, attach) subscribe to ticks: after every move of the clock,
// and every 50 ms in both modes, since a caller may also step the cluster's loop directly.
import type { EventLoop } from '../sim/index.js';

export type ClockOptions = { mode: 'realtime'; speed: number } | { mode: 'manual' };

/** How often the realtime clock catches up with real time, and streams look for news. */
const TICK_MS = 50;

export class ServerClock {
  readonly #loop: EventLoop;
  readonly #options: ClockOptions;
  /** Virtual time at `#realBase` (realtime mode). */
  #virtualBase: number;
  #realBase: number;
  #timer: NodeJS.Timeout | undefined;
  /** Called after each timer the loop runs: exec processes waiting on a condition check it here. */
  readonly #stepListeners = new Set<() => void>();
  /** Called after every catch-up or advance, whether or not time moved. */
  readonly #tickListeners = new Set<() => void>();

  readonly #onError: (error: unknown) => void;

  /** `onError` hears of a failure while the timer moves the clock (a request reports its own). */
  constructor(loop: EventLoop, options: ClockOptions, onError: (error: unknown) => void = () => {}) {
    this.#onError = onError;
    if (options.mode === 'realtime' && !(options.speed > 0)) throw new Error(`clock speed must be positive, got ${options.speed}`);
    this.#loop = loop;
    this.#options = options;
    this.#virtualBase = loop.now();
    this.#realBase = performance.now();
  }

  get mode(): ClockOptions['mode'] {
    return this.#options.mode;
  }

  now(): number {
    return this.#loop.now();
  }

  /**
   * Starts the timer: in realtime mode it moves the clock; in both modes it tells the tick
   * listeners, so streams notice changes made by whoever moves the loop (a caller may step the
   * cluster's loop directly rather than through `advance`).
   */
  start(): void {
    if (this.#timer) return;
    this.#virtualBase = this.#loop.now();
    this.#realBase = performance.now();
    this.#timer = setInterval(() => {
      try {
        if (this.#options.mode === 'realtime') this.sync();
        else if (this.#tickListeners.size > 0) this.#tick();
      } catch (error) {
        this.#onError(error);
      }
    }, TICK_MS);
  }

  stop(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = undefined;
    this.#stepListeners.clear();
    this.#tickListeners.clear();
  }

  /** Brings virtual time up to date with real time (realtime mode), then tells the listeners. */
  sync(): void {
    if (this.#options.mode === 'realtime') {
      const target = this.#virtualBase + Math.floor((performance.now() - this.#realBase) * this.#options.speed);
      this.#advanceTo(Math.max(target, this.#loop.now()));
    }
    this.#tick();
  }

  /** Moves virtual time forward by `ms` (in realtime mode the clock then keeps running from there). */
  advance(ms: number): void {
    if (!(ms >= 0)) throw new Error(`cannot advance the clock by ${ms} ms`);
    if (this.#options.mode === 'realtime') this.#virtualBase += ms;
    this.#advanceTo(this.#loop.now() + ms);
    this.sync();
  }

  /** Registers a listener for every timer the loop runs; returns its remover. */
  onStep(listener: () => void): () => void {
    this.#stepListeners.add(listener);
    return () => this.#stepListeners.delete(listener);
  }

  /** Registers a listener for every catch-up; returns its remover. */
  onTick(listener: () => void): () => void {
    this.#tickListeners.add(listener);
    return () => this.#tickListeners.delete(listener);
  }

  #advanceTo(t: number): void {
    while (this.#loop.step(t)) {
      for (const listener of [...this.#stepListeners]) this.#call(listener);
    }
    this.#loop.advanceTo(t);
  }

  #tick(): void {
    for (const listener of [...this.#tickListeners]) this.#call(listener);
  }

  /** A failing stream must not fail the request (or the tick) that moved the clock. */
  #call(listener: () => void): void {
    try {
      listener();
    } catch (error) {
      this.#onError(error);
    }
  }
}
