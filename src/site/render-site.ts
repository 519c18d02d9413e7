// The render stage: verified lessons -> a static site in `outDir`, written atomically.
// Order of work: check -> load templates -> render every file in memory -> write them into a temp
// dir (directories 0755, files 0644, whatever the umask) -> swap.
// With a record of the previous output (PreviousOutput, kept by the result cache), a file whose
// bytes are already in `outDir` is hard-linked into the temp dir instead of written again, and a
// lesson page the cache says is unchanged (KEPT_FILE) is not even rendered.
import { createHash } from 'node:crypto';
import { link, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { assertPublishable } from './assert-publishable.js';
import { loadTemplates } from './load-templates.js';
import { makeWorldReadable } from './make-world-readable.js';
import { KEPT_FILE, renderSiteFiles, type LessonPages } from './render-site-files.js';
import { replaceDirAtomically } from './replace-dir-atomically.js';
import type { SiteEntry, SiteOptions } from './types.js';

export type { SiteEntry, SiteOptions } from './types.js';

/** What the last build wrote into `outDir`, as far as it is still there unchanged. */
export interface PreviousOutput {
  /** The hash (fileHash) of `outDir/path` as the last build wrote it; undefined when it is gone or was changed since. */
  hashOf(path: string): string | undefined;
  /** Remembers what `outDir` holds now (path -> hash), after the swap. */
  record(hashes: ReadonlyMap<string, string>): Promise<void>;
}

/** How a site may reuse earlier work: lesson pages, and the files of the previous output. */
export interface SiteReuse {
  pages?: LessonPages;
  previous?: PreviousOutput;
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
  const previous = reuse.previous;
  const stats: RenderStats = { written: 0, linked: 0 };
  const recorded = new Map<string, string>();
  await replaceDirAtomically(options.outDir, async (root) => {
    const made = new Set<string>();
    for (const [path, bytes] of files) {
      const file = join(root, path);
      const dir = dirname(file);
      if (!made.has(dir)) {
        await mkdir(dir, { recursive: true });
        made.add(dir);
      }
      const kept = bytes === KEPT_FILE ? previous?.hashOf(path) : undefined;
      if (bytes === KEPT_FILE && kept === undefined) throw new Error(`${join(options.outDir, path)} changed while the site was built; build again`);
      const hash = kept ?? fileHash(bytes);
      recorded.set(path, hash);
      if (previous !== undefined && (kept !== undefined || previous.hashOf(path) === hash)) {
        try {
          await link(join(options.outDir, path), file);
          stats.linked++;
          continue;
        } catch (error) {
          if (kept !== undefined) throw error;
        }
      }
      await writeFile(file, bytes);
      stats.written++;
    }
    await makeWorldReadable(root);
  });
  await previous?.record(recorded);
  return stats;
}
