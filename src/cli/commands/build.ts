// `kindling build [paths] [--out dist]`: verify every lesson, then render the site. A lesson that
// fails to verify fails the build (exit 1) and leaves the previous site as it was.
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { startPublishing, type Publisher } from '../../build.js';
import type { Verdict } from '../../verify/types.js';
import { loadSiteConfig } from '../../site/load-site-config.js';
import { problemFromDiagnostic } from '../../verify/types.js';
import { formatProblem } from '../../verify/reporters/format-problem.js';
import { PACKAGE_ROOT } from '../../package-root.js';
import { KINDLING_VERSION } from '../../version.js';
import { reporterName, runSettings } from '../common-options.js';
import type { DriftReport } from '../../drift/types.js';
import { isDriftReport } from '../../site/drift-view.js';
import { UsageError, type ParsedArgs } from '../parse-args.js';
import { withPreparedBackend } from '../prepared-backend.js';
import type { Terminal } from '../terminal.js';
import { failedAny, openCache, runAndReport, selectLessons } from './verify.js';

export const BUILTIN_TEMPLATES = join(PACKAGE_ROOT, 'templates');

async function readDrift(path: string): Promise<DriftReport> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new UsageError(`cannot read the drift report ${path}: ${(error as Error).message}`);
  }
  if (!isDriftReport(parsed)) throw new UsageError(`${path} is not a drift report (write one with kindling drift --output-file)`);
  return parsed;
}

export async function buildCommand(args: ParsedArgs, term: Terminal): Promise<number> {
  const settings = runSettings(args);
  const reporter = reporterName(args);
  const outDir = resolve(typeof args.options['out'] === 'string' ? args.options['out'] : 'dist');
  const templatesDir = typeof args.options['templates'] === 'string' ? resolve(args.options['templates']) : BUILTIN_TEMPLATES;
  const site = await loadSiteConfig(process.cwd());
  if (site.diagnostics.length > 0) {
    term.err(`${site.diagnostics.map((d) => formatProblem(problemFromDiagnostic(d), { color: term.colorErr })).join('\n\n')}\n\nbuild failed: fix the site configuration above\n`);
    return 1;
  }
  const drift = typeof args.options['drift'] === 'string' ? await readDrift(args.options['drift']) : undefined;
  const cache = await openCache(args, settings);
  const lessons = await selectLessons(args, settings, cache);
  const outputFile = typeof args.options['output-file'] === 'string' ? args.options['output-file'] : undefined;
  return withPreparedBackend('build', settings, term, async () => {
    // The day the build verifies on; lesson pages are rendered as their lessons pass.
    const date = new Date().toISOString().slice(0, 10);
    const publishing = startPublishing(lessons, { outDir, templatesDir, version: KINDLING_VERSION, backend: settings.backend, date, config: site.config, ...(drift ? { drift } : {}), ...(cache ? { cache } : {}) });
    // Until it is ready, verdicts wait in a queue (their pages are rendered when it is).
    const early: Verdict[] = [];
    let publisher: Publisher | undefined;
    let failed = false;
    void publishing.then((p) => {
      if (failed) return;
      publisher = p;
      for (const v of early.splice(0)) p.add(v);
    }, () => undefined);
    const checked = await runAndReport(lessons, settings, reporter, outputFile, term, cache, (v) => (publisher ? publisher.add(v) : early.push(v)));
    const log = reporter === 'text' ? term.out : term.err;
    if (failedAny(checked)) {
      failed = true;
      await publisher?.stop();
      log(`\nbuild failed: ${outDir} was left as it was (fix the lessons above, or run \`kindling update\` to record new outputs)\n`);
      return 1;
    }
    const passed = checked.verdicts.filter((v) => v.status === 'passed').length;
    log(`rendering ${passed} lesson page${passed === 1 ? '' : 's'} and the index into ${outDir} ...\n`);
    const published = await (await publishing).publish(checked.verdicts);
    const pages = published.pages;
    const reused = cache ? `; ${published.rendered} rendered, ${pages - published.rendered} unchanged` : '';
    log(`wrote ${outDir} (${pages} lesson page${pages === 1 ? '' : 's'} and the index${reused})\n`);
    return 0;
  });
}
