// The Content-Security-Policy every page carries (as a <meta> tag): scripts only from the site's
// own files and the inline scripts listed here by hash; no plugins, no <base>, no form posts.
// A link or script that slipped into a lesson's HTML could not run under it.
import { createHash } from 'node:crypto';

/** The preview server's live-reload script (`kindling serve` adds it to every page it serves). */
export const RELOAD_SCRIPT = "new EventSource('/_kindling/events').onmessage = () => location.reload();";

/** Inline scripts the site itself writes or serves; only these may run inline. */
const INLINE_SCRIPTS = [RELOAD_SCRIPT];

function hashOf(script: string): string {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}

/** The policy, for `<meta http-equiv="Content-Security-Policy" content="...">`. */
export function contentSecurityPolicy(): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${INLINE_SCRIPTS.map(hashOf).join(' ')}`,
    // Inline style attributes are not script (the preview's banner uses them).
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: http: https:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}
