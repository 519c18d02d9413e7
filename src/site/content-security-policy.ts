// The Content-Security-Policy every page carries (as a <meta> tag): scripts only from the site's
// own files and the inline scripts of its own layout (by hash: the theme set before first paint);
// no other inline script, workers only from the site or a Blob URL (the playground), no plugins,
// no <base>, no form posts. A link or script that slipped into
// a lesson's HTML could not run under it. The preview (`kindling serve`) adds the hashes of the
// inline scripts it injects, and only those (withInlineScripts).
import { createHash } from 'node:crypto';

function hashOf(script: string): string {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}

/** The CSP hash sources of the inline `<script>` elements in `html`, in order, without repeats. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter((m) => !/\bsrc=/.test(m[1]!)).map((m) => hashOf(m[2]!));
  return [...new Set(hashes)];
}

/**
 * The policy, for `<meta http-equiv="Content-Security-Policy" content="...">`; `scriptHashes` are
 * the site's own inline scripts (inlineScriptHashes of the layout without a page body).
 */
export function contentSecurityPolicy(scriptHashes: readonly string[] = []): string {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...scriptHashes].join(' '),
    // Inline style attributes are not script (the preview's overlay and banner use them).
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: http: https:",
    // The playground's simulator runs in a worker started from a Blob URL (file:// forbids workers from files).
    "worker-src 'self' blob:",
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
  const hashes = inlineScriptHashes(injected).map((hash) => hash.replace(/'/g, '&#x27;'));
  if (hashes.length === 0 || !html.includes(SCRIPT_SRC)) return html;
  return html.replace(SCRIPT_SRC, `${SCRIPT_SRC} ${hashes.join(' ')}`);
}
