// The render stage: verified lessons -> a static site in `outDir`, written atomically.
// Order of work: check -> load templates -> render every file in memory -> write them into a temp
// dir (directories 0755, files 0644, whatever the umask) -> swap.
// With a record of the previous output (PreviousOutput, kept by the result cache), a file whose
// bytes are already in `outDir` is hard-linked into the temp dir instead of written again, and a
// lesson page the cache says is unchanged (KEPT_FILE) is not even rendered; when every file is
// already there and nothing else is, `outDir` is left alone (no swap).
import { createHash } from 'node:crypto';
import { chmod, link, mkdir, readdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { assertPublishable } from './assert-publishable.js';
import { loadTemplates } from './load-templates.js';
import { KEPT_FILE, renderSiteFiles, STAGED_FILE, type LessonPages, type SiteFiles } from './render-site-files.js';
import { replaceDirAtomically } from './replace-dir-atomically.js';
import type { SiteEntry, SiteOptions } from './types.js';

export type { SiteEntry, SiteOptions } from './types.js';

/** What the last build wrote into `outDir`, as far as it is still there unchanged. */
export interface PreviousOutput {
  /** The hash (fileHash) of `outDir/path` as the last build wrote it; undefined when it is gone or was changed since. */
  hashOf(path: string): string | undefined;
  /** The paths the last build wrote. */
  paths(): ReadonlySet<string>;
  /** Remembers what `outDir` holds now (path -> hash), after the swap; `written` were written, the others linked. */
  record(hashes: ReadonlyMap<string, string>, written: ReadonlySet<string>): Promise<void>;
}

/** Files written ahead (STAGED_FILE): each under `dir` at its own path, moved into the site when it is put in place. */
export interface StagedFiles {
  dir: string;
  /** The hash (fileHash) of the staged file at `path`. */
  hashOf(path: string): string | undefined;
}

/** How a site may reuse earlier work: lesson pages, the files of the previous output, files written ahead. */
export interface SiteReuse {
  pages?: LessonPages;
  previous?: PreviousOutput;
  staged?: StagedFiles;
}

const hashes = new WeakMap<Uint8Array, string>();

/** The hash the previous output is recorded by (not a security boundary: files kindling wrote itself). */
export function fileHash(bytes: Uint8Array): string {
  let hash = hashes.get(bytes);
  if (hash === undefined) {
    hash = createHash('sha1').update(bytes).digest('hex');
    hashes.set(bytes, hash);
  }
  return hash;
}

/** What the site's files cost to put in place: written, or linked from the previous output. */
export interface RenderStats {
  written: number;
  linked: number;
}

/** Renders the site for verified lessons; throws (leaving `outDir` as it was) if any is not verified. */
export async function renderSite(entries: SiteEntry[], options: SiteOptions, reuse: SiteReuse = {}): Promise<RenderStats> {
  assertPublishable(entries, options);
  const templates = await loadTemplates(options.templatesDir);
  const files = await renderSiteFiles(entries, options, { templates, ...(reuse.pages ? { cache: reuse.pages } : {}) });
  const { previous, staged } = reuse;
  const stats: RenderStats = { written: 0, linked: 0 };
  /** The hash of the file at `path`: of its bytes, of the old output's file (KEPT_FILE) or of the staged file. */
  const hashOf = (path: string, bytes: Uint8Array): string | undefined =>
    bytes === KEPT_FILE ? previous?.hashOf(path) : bytes === STAGED_FILE ? staged?.hashOf(path) : fileHash(bytes);
  if (previous !== undefined && (await unchanged(options.outDir, files, previous, hashOf))) return stats;
  const recorded = new Map<string, string>();
  const written = new Set<string>();
  await replaceDirAtomically(options.outDir, async (root) => {
    const made = new Set<string>([root]);
    const makeDir = async (dir: string): Promise<void> => {
      if (made.has(dir)) return;
      await makeDir(dirname(dir));
      await mkdir(dir, { mode: 0o755 });
      await chmod(dir, 0o755);
      made.add(dir);
    };
    for (const [path, bytes] of files) {
      const file = join(root, path);
      await makeDir(dirname(file));
      const hash = hashOf(path, bytes);
      if (hash === undefined) {
        if (bytes === STAGED_FILE) throw new Error(`${path} was not staged`);
        throw new Error(`${join(options.outDir, path)} changed while the site was built; build again`);
      }
      recorded.set(path, hash);
      if (previous !== undefined && previous.hashOf(path) === hash) {
        try {
          // The same file as the old output's, with the mode it was written with.
          await link(join(options.outDir, path), file);
          stats.linked++;
          continue;
        } catch (error) {
          if (bytes === KEPT_FILE) throw error;
        }
      }
      if (bytes === STAGED_FILE) {
        // Written 0644 when it was staged.
        await rename(join(staged!.dir, path), file);
      } else {
        await writeFile(file, bytes, { mode: 0o644 });
        await chmod(file, 0o644);
      }
      written.add(path);
      stats.written++;
    }
    await chmod(root, 0o755);
  });
  await previous?.record(recorded, written);
  return stats;
}

/**
 * Whether `outDir` already holds exactly `files`: each one as the last build wrote it (KEPT_FILE,
 * or bytes of the same hash) and nothing else. Then there is nothing to write, link or swap.
 */
async function unchanged(outDir: string, files: SiteFiles, previous: PreviousOutput, hashOf: (path: string, bytes: Uint8Array) => string | undefined): Promise<boolean> {
  const paths = previous.paths();
  if (paths.size !== files.size) return false;
  for (const [path, bytes] of files) {
    if (!paths.has(path)) return false;
    const hash = previous.hashOf(path);
    if (hash === undefined || hashOf(path, bytes) !== hash) return false;
  }
  // Nothing but those files (a file added by hand would be gone after a swap).
  let found = 0;
  try {
    for (const entry of await readdir(outDir, { recursive: true, withFileTypes: true })) if (!entry.isDirectory()) found++;
  } catch {
    return false;
  }
  return found === files.size;
}
