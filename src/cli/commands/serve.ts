// `kindling serve [paths]`: the author's preview. Verifies and renders the lessons into a
// temporary site, serves it on 127.0.0.1, and rebuilds when a lesson or template changes; open
// pages reload themselves. Lessons that fail are listed on every page (and at /_kindling/status)
// instead of being rendered.
import { watch, type FSWatcher } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { checkLessons, publishSite } from '../../build.js';
import { loadLessons } from '../../lesson/load-lessons.js';
import { RELOAD_SCRIPT } from '../../site/content-security-policy.js';
import { formatLessonLine, formatProblems, formatSummary } from '../../verify/reporters/text-reporter.js';
import { KINDLING_VERSION } from '../../version.js';
import { runSettings } from '../common-options.js';
import { UsageError, type ParsedArgs } from '../parse-args.js';
import type { Terminal } from '../terminal.js';
import { BUILTIN_TEMPLATES } from './build.js';
import { DEFAULT_LESSONS } from './verify.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

// Allowed by its hash in the pages' Content-Security-Policy: keep the text in that one place.
const RELOAD = `<script>${RELOAD_SCRIPT}</script>`;


export async function serveCommand(args: ParsedArgs, term: Terminal): Promise<number> {
  const settings = runSettings(args);
  const portText = args.options['port'];
  const port = portText === undefined ? 4000 : Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`option --port expects a port number (0 picks a free one), got "${String(portText)}"`);
  const paths = args.positionals.length > 0 ? args.positionals : DEFAULT_LESSONS;
  const templatesDir = typeof args.options['templates'] === 'string' ? resolve(args.options['templates']) : BUILTIN_TEMPLATES;
  const work = await mkdtemp(join(tmpdir(), 'kindling-serve-'));
  const outDir = join(work, 'site');
  let status = 'building...';
  let failures = 0;
  const clients = new Set<ServerResponse>();

  const build = async () => {
    const lessons = await loadLessons(paths);
    const checked = await checkLessons(lessons, { backend: settings.backend, backendOptions: settings.backendOptions, jobs: settings.jobs });
    const totals = { backend: settings.backend, durationMs: checked.durationMs };
    const lines = checked.verdicts.map((v) => formatLessonLine(v, { color: false }));
    const problems = checked.verdicts.map((v) => formatProblems(v, { color: false })).filter((p) => p !== '');
    status = [...lines, '', ...problems, '', formatSummary(checked.verdicts, totals, { color: false })].join('\n');
    failures = checked.verdicts.filter((v) => v.status === 'failed' || v.status === 'invalid').length;
    await publishSite(checked.verdicts, { outDir, templatesDir, version: KINDLING_VERSION, backend: settings.backend, date: new Date().toISOString().slice(0, 10) });
    term.out(`${formatSummary(checked.verdicts, totals, { color: term.color })}\n`);
    for (const c of clients) c.write('data: reload\n\n');
  };

  let pending: Promise<void> | undefined;
  let again = false;
  const rebuild = () => {
    if (pending) {
      again = true;
      return;
    }
    pending = build()
      .catch((e: unknown) => {
        status = `the build failed: ${e instanceof Error ? e.message : String(e)}`;
        term.err(`kindling serve: ${status}\n`);
      })
      .finally(() => {
        pending = undefined;
        if (again) {
          again = false;
          rebuild();
        }
      });
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/_kindling/events') {
      res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache', Connection: 'keep-alive' });
      res.flushHeaders();
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }
    if (url.pathname === '/_kindling/status') {
      res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(`${status}\n`);
      return;
    }
    void (async () => {
      let file = normalize(join(outDir, decodeURIComponent(url.pathname)));
      if (!file.startsWith(outDir)) {
        res.writeHead(403).end();
        return;
      }
      try {
        if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
        let body: string | Buffer = await readFile(file);
        const type = TYPES[extname(file)] ?? 'application/octet-stream';
        if (type.startsWith('text/html')) {
          const banner = failures > 0 ? `<div style="background:#b00020;color:#fff;padding:.5rem 1rem;font:14px sans-serif">${failures} lesson${failures === 1 ? '' : 's'} failed to verify and ${failures === 1 ? 'is' : 'are'} not shown: <a style="color:#fff" href="/_kindling/status">see why</a></div>` : '';
          body = body.toString('utf8').replace('<body>', `<body>${banner}`).replace('</body>', `${RELOAD}</body>`);
        }
        res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' });
        res.end(body);
      } catch {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`not found: ${url.pathname}\n(${status.split('\n').pop() ?? ''})\n`);
      }
    })();
  });

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) => reject(e.code === 'EADDRINUSE' ? new UsageError(`port ${port} on 127.0.0.1 is already in use; choose another with --port`) : e));
    server.listen(port, '127.0.0.1', () => resolveListen());
  });
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  term.out(`kindling serve: http://127.0.0.1:${actual}/ (rebuilds when ${[...paths, 'templates'].join(', ')} change; Ctrl-C to stop)\n`);
  rebuild();

  const watchers: FSWatcher[] = [];
  for (const p of [...paths, templatesDir]) {
    try {
      watchers.push(watch(p, { recursive: true }, () => rebuild()));
    } catch {
      // a path that cannot be watched is still served; it just does not trigger rebuilds
    }
  }
  return new Promise<number>((done) => {
    const stop = () => {
      for (const w of watchers) w.close();
      for (const c of clients) c.end();
      server.close();
      void rm(work, { recursive: true, force: true }).then(() => done(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}


