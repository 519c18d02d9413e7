// Finds lesson files under the given paths (files or directories) and parses each one.
import { readFile, readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { lessonCodes } from './codes.js';
import { makeDiagnostic, sortDiagnostics } from './make-diagnostic.js';
import { parseLessonBytes } from './parse-lesson.js';
import type { Lesson } from './types.js';
import { LessonPathError } from './lesson-path-error.js';

export { LessonPathError };

/**
 * Collects `.md` files under `dir`. Symbolic links are followed (to a file or a directory), each
 * real directory visited once, so a link loop ends.
 */
async function walk(dir: string, out: string[], seen: Set<string>): Promise<void> {
  const real = await realpath(dir);
  if (seen.has(real)) return;
  seen.add(real);
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      const target = await stat(path).catch(() => undefined);
      if (!target) throw new LessonPathError(`${path} is a symbolic link to nothing (a missing file)`);
      isDir = target.isDirectory();
      isFile = target.isFile();
    }
    if (isDir) await walk(path, out, seen);
    else if (isFile && entry.name.endsWith('.md')) out.push(path);
  }
}

/** Lesson files under `paths`, sorted, without duplicates; a missing path, or no lesson at all, is an error. */
export async function findLessonFiles(paths: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  const seen = new Set<string>();
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch {
      throw new LessonPathError(`no such file or directory: ${path}`);
    }
    if (info.isDirectory()) await walk(path, found, seen);
    else if (info.isFile()) found.push(path);
    else throw new LessonPathError(`${path} is neither a file nor a directory`);
  }
  const shown = found.map((p) => {
    const rel = relative(process.cwd(), p);
    return (rel.startsWith('..') ? p : rel).split(sep).join('/');
  });
  // A run that checks nothing must not pass: CI would stay green with no lessons verified.
  if (shown.length === 0) throw new LessonPathError(`no lessons (.md files) found in ${paths.join(', ')}`);
  return [...new Set(shown)].sort();
}

/** Reads and parses every lesson under `paths`. */
export async function loadLessons(paths: readonly string[]): Promise<Lesson[]> {
  const files = await findLessonFiles(paths);
  const lessons = await Promise.all(files.map(async (file) => parseLessonBytes(file, await readFile(file))));
  return checkSlugs(lessons);
}

/** Adds a KL017 error to every lesson whose slug an earlier lesson (in file order) already has. */
export function checkSlugs(lessons: Lesson[]): Lesson[] {
  const first = new Map<string, string>();
  for (const lesson of lessons) {
    const earlier = first.get(lesson.slug);
    if (earlier === undefined) {
      first.set(lesson.slug, lesson.file);
      continue;
    }
    const message = `Lesson ${lesson.file} would be published as ${lesson.slug}.html, like ${earlier}, expected every lesson to have its own page name`;
    lesson.diagnostics = sortDiagnostics([...lesson.diagnostics, makeDiagnostic(lessonCodes.slugCollision, lesson.file, { line: 1, column: 1 }, message, 'Rename one of the two files.')]);
  }
  return lessons;
}
