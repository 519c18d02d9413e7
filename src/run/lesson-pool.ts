// Lessons run and verified in worker threads, so that a build uses every core: each worker runs
// one lesson at a time on a backend of its own and sends back the verdict; verdicts come back in
// whatever order the lessons finish, and the caller keeps its own order. A worker that crashes
// (an uncaught error, running out of memory) fails only the lesson it was running; the pool starts
// another worker for the lessons still waiting.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { BackendOptions } from '../backends/registry.js';
import type { Lesson } from '../lesson/types.js';
import { PACKAGE_ROOT } from '../package-root.js';
import type { Verdict } from '../verify/types.js';
import { verifyLesson, type VerifyOptions } from '../verify/verify-lesson.js';
import type { PoolReply, PoolTask } from './lesson-pool-messages.js';
import { crashedRun } from './run-lessons.js';

/** The worker's module: the bundled one (`npm run build:ts` writes it), else tsc's. */
export function lessonWorkerFile(): string {
  const bundled = join(PACKAGE_ROOT, 'lib/bundle/lesson-worker.js');
  return existsSync(bundled) ? bundled : join(PACKAGE_ROOT, 'lib/run/lesson-worker.js');
}

interface Job {
  task: PoolTask;
  started: number;
  resolve: (verdict: Verdict) => void;
}

interface Slot {
  worker: Worker;
  job: Job | undefined;
}

export class LessonPool {
  readonly #size: number;
  readonly #file: string;
  #slots: Slot[] = [];
  #waiting: Job[] = [];
  #nextId = 0;
  #closed = false;

  /** A pool of at most `size` workers, started as lessons come. */
  constructor(size: number, file = lessonWorkerFile()) {
    this.#size = Math.max(1, size);
    this.#file = file;
  }

  /** Runs `lesson` on a new backend in a worker and verifies it; never rejects (a crash is the lesson's failure). */
  run(lesson: Lesson, backend: string, backendOptions: BackendOptions, verify: VerifyOptions): Promise<Verdict> {
    if (this.#closed) throw new Error('the lesson pool is closed');
    return new Promise<Verdict>((resolve) => {
      this.#waiting.push({ task: { id: this.#nextId++, lesson, backend, backendOptions, verify }, started: performance.now(), resolve });
      this.#dispatch();
    });
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    this.#closed = true;
    const slots = this.#slots;
    this.#slots = [];
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  #dispatch(): void {
    while (this.#waiting.length > 0) {
      let slot = this.#slots.find((s) => s.job === undefined);
      if (!slot && this.#slots.length < this.#size) slot = this.#start();
      if (!slot) return;
      const job = this.#waiting.shift()!;
      slot.job = job;
      job.started = performance.now();
      slot.worker.postMessage(job.task);
    }
  }

  #start(): Slot {
    const slot: Slot = { worker: new Worker(this.#file), job: undefined };
    slot.worker.on('message', (reply: PoolReply) => {
      const job = slot.job;
      if (!job || job.task.id !== reply.id) return;
      slot.job = undefined;
      job.resolve('error' in reply ? this.#crashed(job, reply.error) : restore(reply.verdict, job.task.lesson));
      this.#dispatch();
    });
    const lost = (why: string) => {
      this.#slots = this.#slots.filter((s) => s !== slot);
      const job = slot.job;
      slot.job = undefined;
      if (job) job.resolve(this.#crashed(job, why));
      if (!this.#closed) this.#dispatch();
    };
    slot.worker.on('error', (error) => lost(error.stack ?? String(error)));
    slot.worker.on('exit', (code) => {
      if (this.#slots.includes(slot)) lost(`the worker thread running this lesson exited with code ${code}`);
    });
    this.#slots.push(slot);
    return slot;
  }

  #crashed(job: Job, why: string): Verdict {
    const { lesson, backend, verify } = job.task;
    return verifyLesson(crashedRun(lesson, backend, why, job.started), verify);
  }
}

/** The verdict a worker sent, with the pool's own lesson put back in place. */
function restore(sent: Extract<PoolReply, { verdict: unknown }>['verdict'], lesson: Lesson): Verdict {
  return { ...sent, lesson, run: sent.run ? { ...sent.run, lesson } : undefined };
}
