import { describe, expect, it } from 'vitest';
import { createCodeHighlighter } from '../../src/site/highlight-code.js';

describe('the code highlighter', () => {
  it('colours YAML, JSON and shell with both themes as CSS variables, and leaves default-coloured text bare', async () => {
    const h = await createCodeHighlighter();
    expect(h.highlight('apiVersion: v1\nkind: Pod\n', 'yaml').split('\n')[1]).toBe(
      '<span style="--shiki-light:#116329;--shiki-dark:#7EE787">kind</span>: <span style="--shiki-light:#0A3069;--shiki-dark:#A5D6FF">Pod</span>',
    );
    expect(h.highlight('{"a": 1}', 'json')).toMatch(/^\{<span style="[^"]+">&quot;a&quot;<\/span>: <span style="[^"]+">1<\/span>\}$/);
    expect(h.highlight('echo "$HOME"', 'bash')).toContain('>echo </span>');
  });

  it('escapes the text of languages it does not know', async () => {
    const h = await createCodeHighlighter();
    expect(h.knows('python')).toBe(false);
    expect(h.highlight('print("<b>")', 'python')).toBe('print(&quot;&lt;b&gt;&quot;)');
  });

  it('keeps one line of HTML per line of code, spans never crossing a line', async () => {
    const h = await createCodeHighlighter();
    const html = h.highlight('a: |\n  multi\n  line\nb: 2', 'yaml');
    expect(html.split('\n')).toHaveLength(4);
    for (const line of html.split('\n')) expect(line.match(/<span/g)?.length ?? 0).toBe(line.match(/<\/span>/g)?.length ?? 0);
  });
});
