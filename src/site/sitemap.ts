// sitemap.xml (sitemaps.org protocol 0.9): absolute URLs, so only written when the site
// configuration gives a base URL.
import { escapeHtml } from './escape-html.js';

/** The sitemap of `paths` (relative to the site root) under `baseUrl` (ending in `/`), all modified on `date`. */
export function sitemapXml(baseUrl: string, paths: readonly string[], date: string): string {
  const urls = paths.map((p) => `  <url><loc>${escapeHtml(new URL(p, baseUrl).href)}</loc><lastmod>${date}</lastmod></url>\n`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}</urlset>\n`;
}
