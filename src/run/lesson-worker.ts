// A worker thread that runs and verifies lessons for the pool in the main thread
// (src/run/lesson-pool.ts). Each message is one lesson, already parsed: the worker runs it on a
// fresh backend, verifies it, and posts the verdict back without the lesson (the main thread
// holds it already). A crash is caught here and sent back as an error; the pool turns it into
// that lesson's failure.
import { parentPort } from 'node:worker_threads';
import '../backends/builtin.js';
import { createBackend } from '../backends/registry.js';
import { runLesson } from './run-lesson.js';
import { verifyLesson } from '../verify/verify-lesson.js';
import type { PoolReply, PoolTask } from './lesson-pool-messages.js';

const port = parentPort;
if (!port) throw new Error('lesson-worker.js runs as a worker thread');

port.on('message', (task: PoolTask) => {
  void (async (): Promise<PoolReply> => {
    try {
      const run = await runLesson(task.lesson, createBackend(task.backend, task.backendOptions));
      const verdict = verifyLesson(run, task.verify);
      // The lesson goes back as nothing: the main thread puts its own copy back in place.
      return { id: task.id, verdict: { ...verdict, lesson: undefined, run: verdict.run ? { ...verdict.run, lesson: undefined } : undefined } };
    } catch (error) {
      return { id: task.id, error: (error as Error).stack ?? String(error) };
    }
  })().then((reply) => port.postMessage(reply));
});
