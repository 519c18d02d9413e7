// The playground bundle's entry on the page: site.js loads this script when the reader first
// presses "Try it" or "Try from here", then calls `KINDLING_PLAYGROUND.open(...)`.
import type { PlaygroundLesson } from '../lesson-data.js';
import { PlaygroundPanel } from './playground-panel.js';
import type { StartedWorker } from './start-worker.js';

let open: PlaygroundPanel | undefined;

/**
 * Opens the playground (closing one already open) at the lesson's start or after a step, on the
 * worker site.js started at the press (`started`, null where the browser has no workers) and
 * with site.js's way to start another (Reset).
 */
function openPlayground(lesson: PlaygroundLesson, end: number, step: string | null, assets: string, started?: StartedWorker | null, startWorker?: () => StartedWorker): PlaygroundPanel {
  open?.close();
  open = new PlaygroundPanel({ lesson, end, step, assets, started: started ?? null, ...(startWorker ? { startWorker } : {}) });
  return open;
}

(window as unknown as { KINDLING_PLAYGROUND: unknown }).KINDLING_PLAYGROUND = { open: openPlayground };
