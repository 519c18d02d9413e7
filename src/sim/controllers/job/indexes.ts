// Completion indexes of Indexed Jobs, after pkg/controller/job/indexed_job_utils.go (1.32): ordered
// intervals and their `0-2,4,6,7` form (two neighbours print as `6,7`), parsing that form back
// (capped at `completions`), the first pending indexes, and the index of a pod.
import type { Pod } from '../../api/types.js';

export const COMPLETION_INDEX_ANNOTATION = 'batch.kubernetes.io/job-completion-index';
export const INDEX_FAILURE_COUNT_ANNOTATION = 'batch.kubernetes.io/job-index-failure-count';
export const INDEX_IGNORED_FAILURE_COUNT_ANNOTATION = 'batch.kubernetes.io/job-index-ignored-failure-count';

export interface Interval {
  first: number;
  last: number;
}

/** orderedIntervals.withOrderedIndexes: the intervals with `indexes` (ascending) merged in. */
export function withOrderedIndexes(intervals: readonly Interval[], indexes: readonly number[]): Interval[] {
  const result: Interval[] = [];
  const add = (iv: Interval) => {
    const last = result[result.length - 1];
    if (!last || iv.first > last.last + 1) result.push({ ...iv });
    else if (last.last < iv.last) last.last = iv.last;
  };
  let i = 0;
  let j = 0;
  while (i < intervals.length && j < indexes.length) {
    if (intervals[i]!.first < indexes[j]!) add(intervals[i++]!);
    else add({ first: indexes[j]!, last: indexes[j++]! });
  }
  while (i < intervals.length) add(intervals[i++]!);
  while (j < indexes.length) add({ first: indexes[j]!, last: indexes[j++]! });
  return result;
}

/** orderedIntervals.total. */
export function totalIndexes(intervals: readonly Interval[]): number {
  return intervals.reduce((n, iv) => n + iv.last - iv.first + 1, 0);
}

/** orderedIntervals.String. */
export function formatIntervals(intervals: readonly Interval[]): string {
  return intervals.map((iv) => (iv.last > iv.first ? `${iv.first}${iv.last === iv.first + 1 ? ',' : '-'}${iv.last}` : `${iv.first}`)).join(',');
}

/** orderedIntervals.has. */
export function hasIndex(intervals: readonly Interval[], ix: number): boolean {
  return intervals.some((iv) => iv.first <= ix && ix <= iv.last);
}

const goAtoi = (s: string): number | undefined => (/^[+-]?\d+$/.test(s) ? Number(s) : undefined);

/** parseIndexesFromString: corrupted intervals are skipped; indexes from `completions` on are dropped. */
export function parseIntervals(text: string | undefined, completions: number): Interval[] {
  if (!text) return [];
  const result: Interval[] = [];
  for (const part of text.split(',')) {
    const limits = part.split('-');
    const first = goAtoi(limits[0]!);
    if (first === undefined) continue;
    if (first >= completions) break;
    let last = first;
    if (limits.length > 1) {
      const parsed = goAtoi(limits[1]!);
      if (parsed === undefined) continue;
      last = Math.min(parsed, completions - 1);
    }
    const prev = result[result.length - 1];
    if (prev && prev.last === first - 1) prev.last = last;
    else result.push({ first, last });
  }
  return result;
}

/** getCompletionIndex: the pod's index annotation, or -1 when missing or not a non-negative integer. */
export function completionIndexOf(pod: Pod): number {
  const v = pod.metadata.annotations?.[COMPLETION_INDEX_ANNOTATION];
  const n = v === undefined ? undefined : goAtoi(v);
  return n === undefined || n < 0 ? -1 : n;
}

/** firstPendingIndexes: `count` indexes below `completions` neither active nor in `done`. */
export function firstPendingIndexes(activeIndexes: readonly number[], done: readonly Interval[], count: number, completions: number, skip: (ix: number) => boolean = () => false): number[] {
  const result: number[] = [];
  if (count <= 0) return result;
  const nonPending = withOrderedIndexes(done, [...new Set(activeIndexes.filter((ix) => ix >= 0))].sort((a, b) => a - b));
  let candidate = 0;
  const take = (limit: number) => {
    for (; candidate < completions && result.length < count && candidate < limit; candidate++) if (!skip(candidate)) result.push(candidate);
  };
  for (const iv of nonPending) {
    take(iv.first);
    if (candidate < iv.last + 1) candidate = iv.last + 1;
  }
  take(Infinity);
  return result;
}

/** podGenerateNameWithIndex: `<job>-<index>-`, the job name cut so the prefix stays within 58 characters. */
export function generateNameWithIndex(jobName: string, index: number): string {
  const suffix = `-${index}-`;
  const prefix = jobName + suffix;
  return prefix.length > 58 ? prefix.slice(0, 58 - suffix.length) + suffix : prefix;
}
