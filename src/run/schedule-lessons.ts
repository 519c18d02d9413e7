// Runs lessons `jobs` at a time, except those that must run alone: on one real cluster, a lesson
// that touches cluster-scoped objects (`cluster: { exclusive: true }`) would see, or disturb, the
// lessons beside it. Shared lessons run first in the pool; then each exclusive one by itself.
import type { Lesson } from '../lesson/types.js';

/** Whether `lesson` must run alone on `backend` (never on the simulator: each lesson has its own cluster there). */
export function runsAlone(lesson: Lesson, backend: string): boolean {
  return backend !== 'sim' && lesson.meta.cluster?.exclusive === true;
}

/** Calls `work` for every lesson (index into `lessons`), at most `jobs` at once, exclusive ones alone. */
export async function scheduleLessons(
  lessons: readonly Lesson[],
  jobs: number,
  alone: (lesson: Lesson) => boolean,
  work: (lesson: Lesson, index: number) => Promise<void>,
): Promise<void> {
  const indexes = lessons.map((_, i) => i);
  const shared = indexes.filter((i) => !alone(lessons[i]!));
  const exclusive = indexes.filter((i) => alone(lessons[i]!));
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let at = next++; at < shared.length; at = next++) await work(lessons[shared[at]!]!, shared[at]!);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, shared.length)) }, worker));
  for (const i of exclusive) await work(lessons[i]!, i);
}
