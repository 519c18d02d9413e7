// The playground bundle's entry on the page: site.js loads this script when the reader first
// presses "Try it" or "Try from here", then calls `KINDLING_PLAYGROUND.open(...)`.
import type { PlaygroundLesson } from '../lesson-data.js';
import { PlaygroundPanel } from './playground-panel.js';

let open: PlaygroundPanel | undefined;

/** Opens the playground (closing one already open) at the lesson's start or after a step. */
function openPlayground(lesson: PlaygroundLesson, end: number, step: string | null, assets: string): PlaygroundPanel {
  open?.close();
  open = new PlaygroundPanel({ lesson, end, step, assets });
  return open;
}

(window as unknown as { KINDLING_PLAYGROUND: unknown }).KINDLING_PLAYGROUND = { open: openPlayground };
