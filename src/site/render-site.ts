// The render stage: verified lessons -> a static site in `outDir`, written atomically.
// Order of work: check -> order -> load templates -> (in a temp dir) assets, index, lesson pages -> swap.
import { cp, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { assertPublishable } from './assert-publishable.js';
import { blockView } from './block-view.js';
import { contentSecurityPolicy } from './content-security-policy.js';
import { indexView } from './index-view.js';
import { lessonView } from './lesson-view.js';
import { loadTemplates, type Templates } from './load-templates.js';
import { lessonPath, orderEntries } from './order-entries.js';
import type { PageView } from './page-view.js';
import { renderLessonBody } from './render-lesson-body.js';
import { replaceDirAtomically } from './replace-dir-atomically.js';
import type { SiteEntry, SiteOptions } from './types.js';

export type { SiteEntry, SiteOptions } from './types.js';

async function writePage(root: string, path: string, templates: Templates, page: Omit<PageView, 'body'>, body: string): Promise<void> {
  const file = join(root, path);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, templates.layout({ ...page, body, csp: contentSecurityPolicy() }));
}

function renderBody(entry: SiteEntry, templates: Templates): string {
  return renderLessonBody(entry.lesson, (block) => {
    const shown = blockView(block, entry.run);
    return shown === null ? null : templates.partial(shown.partial)(shown.view);
  });
}

/** Renders the site for verified lessons; throws (leaving `outDir` as it was) if any is not verified. */
export async function renderSite(entries: SiteEntry[], options: SiteOptions): Promise<void> {
  assertPublishable(entries, options);
  const ordered = orderEntries(entries);
  const templates = await loadTemplates(options.templatesDir);

  await replaceDirAtomically(options.outDir, async (root) => {
    await cp(join(options.templatesDir, 'assets'), join(root, 'assets'), { recursive: true });
    const index = indexView(ordered, options);
    await writePage(root, 'index.html', templates, index.page, templates.index(index.view));
    for (const [at, entry] of ordered.entries()) {
      const { page, view } = lessonView(ordered, at, renderBody(entry, templates), options);
      await writePage(root, lessonPath(entry.lesson.slug), templates, page, templates.lesson(view));
    }
  });
}
