import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/site/escape-html.js';

describe('escapeHtml', () => {
  it('escapes the five characters that matter in content and quoted attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });

  it('leaves other text, newlines and non-ASCII alone', () => {
    expect(escapeHtml('kubectl get pods\n  -o wide → ✓')).toBe('kubectl get pods\n  -o wide → ✓');
  });
});
