// The messages between the page (terminal) and the worker (simulator).
import type { PlaygroundLesson } from './lesson-data.js';

/** Fast-forward jumps: a fixed span of virtual time, or to the next thing due in the cluster. */
export type FastForward = { ms: number } | { next: true };

export type PageMessage =
  /** Open a fresh cluster and replay the blocks before `end` (0: the lesson's start). */
  | { type: 'start'; lesson: PlaygroundLesson; end: number }
  /** Run one command (all its lines, here-documents included). */
  | { type: 'run'; command: string }
  /** Whether these lines need another before they are a command. */
  | { type: 'check'; id: number; text: string }
  | { type: 'complete'; id: number; line: string; cursor: number }
  | { type: 'interrupt' }
  | { type: 'fast-forward'; by: FastForward }
  /** Virtual time per real time: 1 is real speed, 0 pauses. */
  | { type: 'speed'; rate: number }
  /** `kubectl explain`'s descriptions, after the worker asked for them. */
  | { type: 'explain-data'; json: string };

/**
 * When the worker reached each point of its start, in ms on its own clock (`performance.now()`,
 * from the worker's creation; `origin` is its `performance.timeOrigin`): the bench's breakdown.
 */
export interface StartTimings {
  origin: number;
  /** The worker told the page it may show the prompt (`ready`). */
  prompt: number;
  /** The worker's bootstrap ran (before it imported the worker's file). */
  script: number;
  /** The worker's file was fetched and compiled: its function started. */
  loaded: number;
  /** Every module of the bundle was initialized. */
  modules: number;
  /** The cluster (and the shell) exist. */
  cluster: number;
  /** The lesson was replayed up to the step. */
  replayed: number;
}

export type WorkerMessage =
  /**
   * The prompt may show. At the lesson's start (end 0) the worker sends it before it builds the
   * cluster: what the page sends meanwhile waits for the cluster (worker-main.ts).
   */
  | { type: 'ready'; replayed: number; ahead: string[]; failure?: { block: number; message: string } }
  /** The cluster exists and the replay is done: when each point of the start was reached. */
  | { type: 'started'; timings: StartTimings }
  | { type: 'output'; text: string }
  | { type: 'exited'; code: number }
  | { type: 'checked'; id: number; more: boolean }
  | { type: 'completed'; id: number; from: number; candidates: string[] }
  /** The virtual clock, about once a second and after each jump. */
  | { type: 'clock'; now: number }
  | { type: 'error'; message: string }
  /** A command names `explain`: the worker holds it until the page sends the descriptions. */
  | { type: 'need-explain' }
  /** The worker's bootstrap could not import the worker's file (src/playground/page/start-worker.ts). */
  | { type: 'import-failed'; message: string };
