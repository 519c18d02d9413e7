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

export type WorkerMessage =
  | { type: 'ready'; replayed: number; ahead: string[]; failure?: { block: number; message: string }; now: number }
  | { type: 'output'; text: string }
  | { type: 'exited'; code: number }
  | { type: 'checked'; id: number; more: boolean }
  | { type: 'completed'; id: number; from: number; candidates: string[] }
  /** The virtual clock, about once a second and after each jump. */
  | { type: 'clock'; now: number }
  | { type: 'error'; message: string }
  /** A command names `explain`: the worker holds it until the page sends the descriptions. */
  | { type: 'need-explain' };
