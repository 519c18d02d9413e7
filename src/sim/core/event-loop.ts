// The virtual clock and its timer queue. Nothing in the simulator waits in real time: time moves
// only when something asks the loop to advance, and timers due at the same instant run in the
// order they were scheduled, so every run is the same.

export interface Timer {
  readonly at: number;
  readonly seq: number;
  readonly label: string;
  cancelled: boolean;
  readonly run: () => void;
}

export class EventLoop {
  #now: number;
  #seq = 0;
  #heap: Timer[] = [];

  constructor(startMs: number) {
    this.#now = startMs;
  }

  /** Virtual time in milliseconds since the Unix epoch. */
  now(): number {
    return this.#now;
  }

  /** Runs `run` at virtual time `at` (not before now). */
  at(at: number, label: string, run: () => void): Timer {
    const timer: Timer = { at: Math.max(at, this.#now), seq: this.#seq++, label, cancelled: false, run };
    this.#push(timer);
    return timer;
  }

  /** Runs `run` after `ms` of virtual time. */
  after(ms: number, label: string, run: () => void): Timer {
    return this.at(this.#now + ms, label, run);
  }

  cancel(timer: Timer | undefined): void {
    if (timer) timer.cancelled = true;
  }

  /** When the next live timer is due, if any. */
  nextDue(): number | undefined {
    this.#dropCancelled();
    return this.#heap[0]?.at;
  }

  /** Runs the next due timer if it is due at or before `limit`; returns whether one ran. */
  step(limit: number): boolean {
    this.#dropCancelled();
    const top = this.#heap[0];
    if (!top || top.at > limit) return false;
    this.#pop();
    this.#now = Math.max(this.#now, top.at);
    top.run();
    return true;
  }

  /** Runs every timer due up to `t`, then sets the clock to `t`. */
  advanceTo(t: number): void {
    while (this.step(t)) {
      // each step may schedule more timers at or before t
    }
    if (t > this.#now) this.#now = t;
  }

  /**
   * Advances until `ready()` holds (checked before each timer and at the end) or `deadline` is
   * reached; returns whether `ready()` held. The clock stops at the moment it became true.
   */
  advanceUntil(ready: () => boolean, deadline: number): boolean {
    if (ready()) return true;
    for (;;) {
      if (!this.step(deadline)) break;
      if (ready()) return true;
    }
    if (deadline > this.#now) this.#now = deadline;
    return ready();
  }

  #dropCancelled(): void {
    while (this.#heap.length > 0 && this.#heap[0]!.cancelled) this.#pop();
  }

  #less(a: Timer, b: Timer): boolean {
    return a.at < b.at || (a.at === b.at && a.seq < b.seq);
  }

  #push(timer: Timer): void {
    const heap = this.#heap;
    heap.push(timer);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.#less(heap[i]!, heap[parent]!)) break;
      [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
      i = parent;
    }
  }

  #pop(): Timer | undefined {
    const heap = this.#heap;
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0 && last) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && this.#less(heap[l]!, heap[m]!)) m = l;
        if (r < heap.length && this.#less(heap[r]!, heap[m]!)) m = r;
        if (m === i) break;
        [heap[i], heap[m]] = [heap[m]!, heap[i]!];
        i = m;
      }
    }
    return top;
  }
}
