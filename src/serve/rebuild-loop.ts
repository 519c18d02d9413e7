// When to rebuild: a burst of file events (an editor's save is several: truncate, write, rename,
// chmod) becomes one build after a short quiet time; events during a build make one more build
// after it. `idle()` resolves when nothing is running or waiting, for a clean stop.
export class RebuildLoop {
  readonly #build: () => Promise<void>;
  readonly #quietMs: number;
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<void> | undefined;
  #again = false;
  #stopped = false;

  constructor(build: () => Promise<void>, quietMs: number) {
    this.#build = build;
    this.#quietMs = quietMs;
  }

  /** Something changed: build soon. */
  poke(): void {
    if (this.#stopped) return;
    if (this.#running) {
      this.#again = true;
      return;
    }
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#start(), this.#quietMs);
  }

  /** Builds now (the first build). */
  now(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#start();
  }

  #start(): void {
    this.#timer = undefined;
    if (this.#stopped || this.#running) return;
    this.#running = this.#build().finally(() => {
      this.#running = undefined;
      if (this.#again && !this.#stopped) {
        this.#again = false;
        this.poke();
      }
    });
  }

  /** No more builds; resolves when the one running (if any) has returned. */
  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#timer) clearTimeout(this.#timer);
    await this.#running;
  }
}
