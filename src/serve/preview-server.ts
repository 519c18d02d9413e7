// The preview's HTTP side, on 127.0.0.1: the site from the builder's snapshot in memory (never
// from a directory being rewritten), the reload channel, and a plain-text status.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname } from 'node:path';
import { bannerHtml, injectPreview, overlayHtml, placeholderPage, reloadScript } from './preview-page.js';
import type { PreviewBuilder } from './preview-builder.js';
import type { ReloadChannel } from './reload-channel.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
};

export interface PreviewServerParts {
  builder: PreviewBuilder;
  channel: ReloadChannel;
  /** The last build's report as text, for /_kindling/status. */
  status: () => string;
}

/** The site path a URL asks for: `/a/` -> `a/index.html`; undefined when it is not a valid path. */
function sitePath(pathname: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(pathname).replace(/^\/+/, '');
  } catch {
    return undefined;
  }
  if (path.split('/').some((part) => part === '..')) return undefined;
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

function send(res: ServerResponse, status: number, type: string, body: string | Uint8Array): void {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

function handle(parts: PreviewServerParts, req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  if (url.pathname === '/_kindling/events') return parts.channel.attach(req, res, parts.builder.generation);
  if (url.pathname === '/_kindling/status') return send(res, 200, 'text/plain; charset=utf-8', `${parts.status()}\n`);
  const { snapshot, lastGood } = parts.builder;
  const path = sitePath(url.pathname);
  if (path === undefined) return send(res, 400, 'text/plain; charset=utf-8', 'bad path\n');
  const broken = snapshot.broken.get(path);
  const others = [...snapshot.broken].filter(([p]) => p !== path).map(([p, verdict]) => ({ verdict, href: `/${p.replace(/index\.html$/, '')}` }));
  const banner = bannerHtml(others);
  const overlay = snapshot.error !== undefined ? overlayHtml({ message: snapshot.error }) : broken ? overlayHtml({ verdict: broken }) : '';
  const html = (page: string): string => injectPreview(page, banner, `${overlay}${reloadScript(parts.builder.generation)}`);

  const file = snapshot.files.get(path);
  if (file !== undefined) {
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    return send(res, 200, type, type.startsWith('text/html') ? html(Buffer.from(file).toString('utf8')) : file);
  }
  if (snapshot.files.has(`${path}/index.html`)) {
    res.writeHead(301, { Location: `${url.pathname}/` }).end();
    return;
  }
  if (broken) {
    const good = lastGood.get(path);
    const page = good ? Buffer.from(good).toString('utf8') : placeholderPage(broken.lesson.meta.title || broken.lesson.file, `${broken.lesson.file} is not shown until it verifies.`);
    return send(res, 200, 'text/html; charset=utf-8', html(page));
  }
  const building = snapshot.verdicts.length === 0 && snapshot.files.size === 0;
  const text = building ? 'The site is being built; this page reloads when it is ready.' : 'No page here. If a lesson should be here, save it and this page reloads.';
  send(res, building ? 503 : 404, 'text/html; charset=utf-8', html(placeholderPage(building ? 'Building…' : 'Not found', text)));
}

/** Listens on 127.0.0.1:`port` (0: any free port); resolves with the port. */
export async function startPreviewServer(parts: PreviewServerParts, port: number): Promise<{ server: Server; port: number }> {
  const server = createServer((req, res) => handle(parts, req, res));
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolveListen());
  });
  const address = server.address();
  return { server, port: typeof address === 'object' && address ? address.port : port };
}

