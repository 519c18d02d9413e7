// `kindling serve [paths]`: the author's preview. Verifies and renders the lessons into memory,
// serves them on 127.0.0.1, and on each save runs again only the lessons that changed and renders
// only the pages that can differ; open pages reload once and keep their scroll position. A lesson
// that does not verify shows its diagnostics and diffs over its page until the next good save.
import { findLessonFiles } from '../../lesson/load-lessons.js';
import { formatLessonLine, formatProblems, formatSummary } from '../../verify/reporters/text-reporter.js';
import type { Verdict } from '../../verify/types.js';
import { PreviewBuilder } from '../../serve/preview-builder.js';
import { startPreviewServer } from '../../serve/preview-server.js';
import { RebuildLoop } from '../../serve/rebuild-loop.js';
import { ReloadChannel } from '../../serve/reload-channel.js';
import { watchSources } from '../../serve/watch-sources.js';
import { KINDLING_VERSION } from '../../version.js';
import { runSettings } from '../common-options.js';
import { UsageError, type ParsedArgs } from '../parse-args.js';
import type { Terminal } from '../terminal.js';
import { BUILTIN_TEMPLATES } from './build.js';
import { DEFAULT_LESSONS } from './verify.js';
import { join, resolve } from 'node:path';
import { SITE_CONFIG_FILE } from '../../site/load-site-config.js';

/** How long a burst of file events must be quiet before a rebuild starts. */
const QUIET_MS = 15;

function statusText(verdicts: readonly Verdict[], durationMs: number, backend: string, error: string | undefined): string {
  const lines = verdicts.map((v) => formatLessonLine(v, { color: false }));
  const problems = verdicts.map((v) => formatProblems(v, { color: false })).filter((p) => p !== '');
  const summary = formatSummary(verdicts, { backend, durationMs }, { color: false });
  return [...lines, '', ...problems, ...(error ? [`the site could not be rendered: ${error}`] : []), '', summary].join('\n');
}

export async function serveCommand(args: ParsedArgs, term: Terminal): Promise<number> {
  const settings = runSettings(args);
  if (settings.backend === 'kind') throw new UsageError('serve previews on sim or cluster; --backend kind is for build, verify, update and drift');
  const portText = args.options['port'];
  const port = portText === undefined ? 4000 : Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`option --port expects a port number (0 picks a free one), got "${String(portText)}"`);
  const paths = args.positionals.length > 0 ? args.positionals : DEFAULT_LESSONS;
  const templatesDir = typeof args.options['templates'] === 'string' ? resolve(args.options['templates']) : BUILTIN_TEMPLATES;
  await findLessonFiles(paths); // a path that does not exist at the start is a mistake (exit 2); later it may come and go

  const builder = new PreviewBuilder({
    paths,
    templatesDir,
    backend: settings.backend,
    backendOptions: settings.backendOptions,
    jobs: settings.jobs,
    ...(settings.match ? { match: settings.match } : {}),
    version: KINDLING_VERSION,
    date: () => new Date().toISOString().slice(0, 10),
    configDir: process.cwd(),
  });
  const channel = new ReloadChannel();
  let status = 'building...';
  let first = true;

  const build = async (): Promise<void> => {
    try {
      const report = await builder.build((verdict, done, total) => {
        const counter = total > 1 ? `[${done}/${total}] ` : '';
        term.out(`${counter}${formatLessonLine(verdict, { color: term.color })}\n`);
        const problems = formatProblems(verdict, { color: term.color });
        if (problems !== '') term.out(`${problems}\n`);
      });
      if (report === undefined || (!report.changed && !first)) return;
      const { verdicts, error } = builder.snapshot;
      status = statusText(verdicts, report.durationMs, settings.backend, error);
      if (error) term.err(`kindling serve: the site could not be rendered: ${error}\n`);
      const rendered = `${report.rendered} lesson page${report.rendered === 1 ? '' : 's'} rendered`;
      term.out(`${formatSummary(verdicts, { backend: settings.backend, durationMs: report.durationMs }, { color: term.color })}; ${rendered}\n`);
      first = false;
      channel.reload();
    } catch (error) {
      status = `the build failed: ${error instanceof Error ? error.message : String(error)}`;
      term.err(`kindling serve: ${status}\n`);
    }
  };
  const loop = new RebuildLoop(build, QUIET_MS);

  let listening;
  try {
    listening = await startPreviewServer({ builder, channel, status: () => status }, port);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new UsageError(`port ${port} on 127.0.0.1 is already in use; choose another with --port`);
    throw e;
  }
  const { server } = listening;
  const watcher = await watchSources(paths, templatesDir, (change) => {
    if (change.kind === 'templates') builder.templatesChanged();
    loop.poke();
  }, join(process.cwd(), SITE_CONFIG_FILE));
  term.out(`kindling serve: http://127.0.0.1:${listening.port}/ (rebuilds when ${[...paths, 'templates', SITE_CONFIG_FILE].join(', ')} change; Ctrl-C to stop)\n`);
  loop.now();

  return new Promise<number>((done) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      builder.stop();
      channel.close();
      server.close();
      server.closeAllConnections();
      void Promise.all([watcher.close(), loop.stop()]).then(() => done(0));
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
