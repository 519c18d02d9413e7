// The render stage: verified lessons -> a static site in `outDir`, written atomically.
// Order of work: check -> load templates -> render every file in memory -> write them into a temp dir -> swap.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { assertPublishable } from './assert-publishable.js';
import { loadTemplates } from './load-templates.js';
import { renderSiteFiles } from './render-site-files.js';
import { replaceDirAtomically } from './replace-dir-atomically.js';
import type { SiteEntry, SiteOptions } from './types.js';

export type { SiteEntry, SiteOptions } from './types.js';

/** Renders the site for verified lessons; throws (leaving `outDir` as it was) if any is not verified. */
export async function renderSite(entries: SiteEntry[], options: SiteOptions): Promise<void> {
  assertPublishable(entries, options);
  const templates = await loadTemplates(options.templatesDir);
  const files = await renderSiteFiles(entries, options, { templates });
  await replaceDirAtomically(options.outDir, async (root) => {
    for (const [path, bytes] of files) {
      const file = join(root, path);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, bytes);
    }
  });
}
