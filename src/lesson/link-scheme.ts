// Which URLs a lesson may link to: http, https and mailto, and URLs without a scheme (relative
// paths, `#fragments`, `//host/...`). Everything else (`javascript:`, `data:`, `vbscript:`,
// `file:`) is shown as text on the site, and the parser warns (KL860).

const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto']);

/** The URL's scheme, lower-cased, as a browser reads it (ignoring tabs, newlines and leading controls), or undefined. */
export function urlScheme(url: string): string | undefined {
  // Browsers strip leading C0 controls and spaces, and every tab and newline, before parsing.
  const cleaned = url.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '');
  return /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(cleaned)?.[1]?.toLowerCase();
}

/** Whether a link to `url` may be live on a page. */
export function isSafeUrl(url: string): boolean {
  const scheme = urlScheme(url);
  return scheme === undefined || ALLOWED_SCHEMES.has(scheme);
}
