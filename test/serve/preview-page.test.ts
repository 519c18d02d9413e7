// What serve adds to the pages it serves.
import { describe, expect, it } from 'vitest';
import { parseLesson } from '../../src/lesson/parse-lesson.js';
import { injectPreview, overlayHtml, reloadScript } from '../../src/serve/preview-page.js';
import { invalidVerdict } from '../../src/verify/verify-lesson.js';

describe('injectPreview', () => {
  it('puts the banner right after <body ...> and the overlay and script right before </body>', () => {
    expect(injectPreview('<html><body class="x"><p>hi</p></body></html>', '<b>top</b>', '<i>end</i>')).toBe('<html><body class="x"><b>top</b><p>hi</p><i>end</i></body></html>');
  });
  it('still adds both to a fragment without a body', () => {
    expect(injectPreview('<p>hi</p>', 'T', 'E')).toBe('T<p>hi</p>E');
  });
});

describe('overlayHtml', () => {
  it("shows an invalid lesson's diagnostics, escaped, with a way to close it", () => {
    const lesson = parseLesson('lessons/x.md', '---\ntitle: <X>\nwhat: 1\n---\n');
    const html = overlayHtml({ verdict: invalidVerdict(lesson, 'sim') });
    expect(html).toContain('lessons/x.md has errors and cannot run');
    expect(html).toContain('KL104 unknown-front-matter-key');
    expect(html).toContain('aria-label="Close the overlay"');
    expect(html).not.toContain('\u001b[');
  });
});

describe('reloadScript', () => {
  it('keeps the scroll position across the reload it does', () => {
    expect(reloadScript(3)).toContain("sessionStorage.setItem(key, String(scrollY))");
    expect(reloadScript(3)).toContain('scrollTo(0, Number(saved))');
  });
  it("reloads at once when the server's build is not the one the page was served from", () => {
    expect(reloadScript(3)).toContain("events.addEventListener('hello', (e) => { if (e.data !== '3') reload(); });");
  });
});
