// What `kindling serve` adds to the pages it serves (never to the static site): the script that
// reloads the page when the site changes and puts the reader back where they were, and an overlay
// with the diagnostics and diffs of a lesson that does not verify (like Vite's error overlay).
import { ansiToHtml } from '../site/ansi-to-html.js';
import { withInlineScripts } from '../site/content-security-policy.js';
import { escapeHtml } from '../site/escape-html.js';
import { formatProblems } from '../verify/reporters/text-reporter.js';
import type { Verdict } from '../verify/types.js';

/**
 * Reloads on the server's `reload` message, and at once when the server's build (its `hello` on
 * connecting) is newer than the page's `generation`, which a reload sent while the page was
 * loading would otherwise miss. The scroll position survives the reload (per path, for this tab).
 */
export function reloadScript(generation: number): string {
  return `<script data-kindling-preview>(() => {
  const key = 'kindling-scroll:' + location.pathname;
  const saved = sessionStorage.getItem(key);
  if (saved !== null) {
    sessionStorage.removeItem(key);
    history.scrollRestoration = 'manual';
    const go = () => scrollTo(0, Number(saved));
    if (document.readyState === 'complete') go(); else addEventListener('load', go);
  }
  const reload = () => {
    sessionStorage.setItem(key, String(scrollY));
    location.reload();
  };
  const events = new EventSource('/_kindling/events');
  events.onmessage = (e) => { if (e.data === 'reload') reload(); };
  events.addEventListener('hello', (e) => { if (e.data !== '${generation}') reload(); });
  const overlay = document.getElementById('kindling-overlay');
  if (overlay) {
    const close = () => overlay.remove();
    const button = overlay.querySelector('button');
    button.addEventListener('click', close);
    button.focus({ preventScroll: true });
    addEventListener('keydown', (e) => { if (e.key === 'Escape') close(); });
  }
})();</script>`;
}

const OVERLAY_STYLE = `<style>
#kindling-overlay{position:fixed;inset:0;z-index:2147483647;background:rgba(0,0,0,.66);overflow:auto;font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
#kindling-overlay>div{max-width:68rem;margin:2rem auto;padding:1rem 1.5rem;background:#1e1e1e;color:#e6e6e6;border-top:6px solid #e5484d;border-radius:6px;box-shadow:0 8px 32px rgba(0,0,0,.5)}
#kindling-overlay h2{margin:.2rem 0 .8rem;font-size:1.05rem;color:#ff8a8f;font-family:inherit}
#kindling-overlay pre{margin:0;white-space:pre-wrap;overflow-wrap:anywhere;font:inherit}
#kindling-overlay p{color:#a0a0a0;margin:.8rem 0 0}
#kindling-overlay button{float:right;background:none;border:1px solid #666;color:#e6e6e6;border-radius:4px;font:inherit;cursor:pointer}
#kindling-overlay .ansi-red{color:#ff7b72}#kindling-overlay .ansi-green{color:#7ee787}#kindling-overlay .ansi-yellow{color:#e3b341}#kindling-overlay .ansi-cyan{color:#79c0ff}#kindling-overlay .ansi-dim{opacity:.7}#kindling-overlay .ansi-bold{font-weight:bold}
</style>`;

/** Why a lesson is not shown, in words. */
function headline(verdict: Verdict): string {
  return verdict.status === 'invalid' ? `${verdict.lesson.file} has errors and cannot run` : `${verdict.lesson.file} does not verify`;
}

/** The overlay for a broken lesson, or for a build that failed as a whole (`message`). */
export function overlayHtml(problem: { verdict: Verdict } | { message: string }): string {
  const [title, body] =
    'verdict' in problem
      ? [headline(problem.verdict), ansiToHtml(formatProblems(problem.verdict, { color: true }))]
      : ['kindling serve could not build the site', escapeHtml(problem.message)];
  return `${OVERLAY_STYLE}<div id="kindling-overlay" role="alertdialog" aria-modal="true" aria-labelledby="kindling-overlay-title"><div>` +
    `<button type="button" aria-label="Close the overlay">×</button><h2 id="kindling-overlay-title">${escapeHtml(title)}</h2>` +
    `<pre>${body}</pre><p>Fix the file and save: this page reloads by itself. Esc or × closes this overlay.</p></div></div>`;
}

/** A line at the top of other pages: which lessons are not shown, with links to their pages. */
export function bannerHtml(failing: readonly { verdict: Verdict; href: string }[]): string {
  if (failing.length === 0) return '';
  const links = failing.map((f) => `<a style="color:#fff" href="${escapeHtml(f.href)}">${escapeHtml(f.verdict.lesson.file)}</a>`).join(', ');
  const n = failing.length;
  return `<div data-kindling-preview style="background:#b00020;color:#fff;padding:.5rem 1rem;font:14px sans-serif">${n} lesson${n === 1 ? '' : 's'} failed to verify and ${n === 1 ? 'is' : 'are'} not shown: ${links}</div>`;
}

/** `html` with `top` at the start of the body and `end` (overlay, reload script) at its end. */
export function injectPreview(page: string, top: string, end: string): string {
  // The page's Content-Security-Policy allows the injected inline scripts by their hashes.
  const html = withInlineScripts(page, `${top}${end}`);
  const open = /<body[^>]*>/.exec(html);
  const withTop = open ? html.slice(0, open.index + open[0].length) + top + html.slice(open.index + open[0].length) : top + html;
  const close = withTop.lastIndexOf('</body>');
  return close < 0 ? withTop + end : withTop.slice(0, close) + end + withTop.slice(close);
}

/** A page for a path the site does not have (yet): it still reloads, so a lesson that comes back shows up. */
export function placeholderPage(title: string, text: string): string {
  return `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${escapeHtml(title)}</title>\n</head>\n<body style="font:16px/1.5 system-ui,sans-serif;margin:2rem">\n<h1>${escapeHtml(title)}</h1>\n<p>${text}</p>\n</body>\n</html>\n`;
}
