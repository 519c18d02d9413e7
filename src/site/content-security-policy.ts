// The Content-Security-Policy every page carries (as a <meta> tag): scripts only from the site's
// own files; no inline script, no plugins, no <base>, no form posts. A link or script that slipped
// into a lesson's HTML could not run under it. The preview (`kindling serve`) adds the hashes of
// the inline scripts it injects, and only those (withInlineScripts).
import { createHash } from 'node:crypto';

function hashOf(script: string): string {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}

/** The policy, for `<meta http-equiv="Content-Security-Policy" content="...">`. */
export function contentSecurityPolicy(): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    // Inline style attributes are not script (the preview's overlay and banner use them).
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: http: https:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The layout writes the policy HTML-escaped: `script-src 'self'` as it appears in a page. */
const SCRIPT_SRC = 'script-src &#x27;self&#x27;';

/** `html` with the hashes of the inline scripts in `injected` allowed by its policy. */
export function withInlineScripts(html: string, injected: string): string {
  const hashes = [...injected.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => hashOf(m[1]!).replace(/'/g, '&#x27;'));
  if (hashes.length === 0 || !html.includes(SCRIPT_SRC)) return html;
  return html.replace(SCRIPT_SRC, `${SCRIPT_SRC} ${hashes.join(' ')}`);
}
