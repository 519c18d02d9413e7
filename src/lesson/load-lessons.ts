// Finds lesson files under the given paths (files or directories) and parses each one.
import { readFile, readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { parseLesson } from './parse-lesson.js';
import type { Lesson } from './types.js';
import { LessonPathError } from './lesson-path-error.js';

export { LessonPathError };

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await walk(path, out);
    else if (entry.isFile() && entry.name.endsWith('.md')) out.push(path);
  }
}

/** Lesson files under `paths`, sorted, without duplicates; a missing path is an error. */
export async function findLessonFiles(paths: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch {
      throw new LessonPathError(`no such file or directory: ${path}`);
    }
    if (info.isDirectory()) await walk(path, found);
    else found.push(path);
  }
  const shown = found.map((p) => {
    const rel = relative(process.cwd(), p);
    return (rel.startsWith('..') ? p : rel).split(sep).join('/');
  });
  return [...new Set(shown)].sort();
}

/** Reads and parses every lesson under `paths`. */
export async function loadLessons(paths: readonly string[]): Promise<Lesson[]> {
  const files = await findLessonFiles(paths);
  return Promise.all(files.map(async (file) => parseLesson(file, await readFile(file, 'utf8'))));
}
