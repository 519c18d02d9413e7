// `kindling build [paths] [--out dist]`: verify every lesson, then render the site. A lesson that
// fails to verify fails the build (exit 1) and leaves the previous site as it was.
import { join, resolve } from 'node:path';
import { publishSite } from '../../build.js';
import { PACKAGE_ROOT } from '../../package-root.js';
import { KINDLING_VERSION } from '../../version.js';
import { reporterName, runSettings } from '../common-options.js';
import type { ParsedArgs } from '../parse-args.js';
import type { Terminal } from '../terminal.js';
import { failedAny, runAndReport, selectLessons } from './verify.js';

export const BUILTIN_TEMPLATES = join(PACKAGE_ROOT, 'templates');

export async function buildCommand(args: ParsedArgs, term: Terminal): Promise<number> {
  const settings = runSettings(args);
  const reporter = reporterName(args);
  const outDir = resolve(typeof args.options['out'] === 'string' ? args.options['out'] : 'dist');
  const templatesDir = typeof args.options['templates'] === 'string' ? resolve(args.options['templates']) : BUILTIN_TEMPLATES;
  const lessons = await selectLessons(args, settings);
  const outputFile = typeof args.options['output-file'] === 'string' ? args.options['output-file'] : undefined;
  const checked = await runAndReport(lessons, settings, reporter, outputFile, term);
  const log = reporter === 'text' ? term.out : term.err;
  if (failedAny(checked)) {
    log(`\nbuild failed: ${outDir} was left as it was (fix the lessons above, or run \`kindling update\` to record new outputs)\n`);
    return 1;
  }
  const date = new Date().toISOString().slice(0, 10);
  const passed = checked.verdicts.filter((v) => v.status === 'passed').length;
  log(`rendering ${passed} lesson page${passed === 1 ? '' : 's'} and the index into ${outDir} ...\n`);
  const pages = await publishSite(checked.verdicts, { outDir, templatesDir, version: KINDLING_VERSION, backend: settings.backend, date });
  log(`wrote ${outDir} (${pages} lesson page${pages === 1 ? '' : 's'} and the index)\n`);
  return 0;
}
