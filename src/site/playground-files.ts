// The site's side of the playground: which lesson pages offer it, the per-lesson data script
// (`<slug>/playground.js`) and the bundle (`assets/playground*.{js,css}`, built by
// scripts/bundle-playground.js into lib/browser/), which the page loads only when the reader
// presses "Try it".
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../package-root.js';
import { PLAYGROUND_LESSON_FILE, playgroundLesson, playgroundLessonScript } from '../playground/lesson-data.js';
import type { SiteConfig } from './load-site-config.js';
import type { SiteEntry } from './types.js';

/** The bundle's files, by their name under `assets/`. */
export const PLAYGROUND_ASSETS = ['playground.js', 'playground-worker.js', 'playground-worker-kubectl.js', 'playground.css', 'playground-explain.js'];

/** Whether the lesson's page offers the playground: on unless the site or the lesson says `playground: false`, and the lesson runs on the simulator. */
export function offersPlayground(entry: SiteEntry, config: Readonly<SiteConfig>): boolean {
  const { meta } = entry.lesson;
  if (!config.playground || meta.playground === false) return false;
  return meta.backends === undefined || meta.backends.includes('sim');
}

/** `<slug>/playground.js`: the lesson's data for the worker. */
export function playgroundLessonPath(slug: string): string {
  return `${slug}/${PLAYGROUND_LESSON_FILE}`;
}

export function playgroundLessonFile(entry: SiteEntry): string {
  return playgroundLessonScript(playgroundLesson(entry.lesson));
}

/** The bundle's files from lib/browser/; a missing bundle is a broken install, not a problem in the lessons. */
export async function readPlaygroundAssets(): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  for (const name of PLAYGROUND_ASSETS) {
    const path = join(PACKAGE_ROOT, 'lib/browser', name);
    try {
      files.set(`assets/${name}`, await readFile(path));
    } catch (error) {
      throw new Error(`kindling: the playground bundle ${path} is missing; run \`npm run build:ts\``, { cause: error });
    }
  }
  return files;
}
