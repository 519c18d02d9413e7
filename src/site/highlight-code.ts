// Build-time syntax highlighting with Shiki: one highlighter for the whole build (created once,
// its languages and themes loaded once), the JavaScript regex engine (no WebAssembly), and both
// themes at once as CSS variables (`--shiki-light`, `--shiki-dark`), so that the page switches
// colours with the reader's theme and ships no highlighter.
import { createHighlighterCore, type HighlighterCore, type ThemedToken } from 'shiki/core';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import { escapeHtml } from './escape-html.js';

export const THEMES = { light: 'github-light-default', dark: 'github-dark-default' } as const;

/** Fence languages we highlight, by the Shiki grammar that reads them. */
const GRAMMARS: Record<string, string> = {
  yaml: 'yaml',
  yml: 'yaml',
  json: 'json',
  sh: 'shellscript',
  bash: 'shellscript',
  shell: 'shellscript',
  shellscript: 'shellscript',
  console: 'shellscript',
};

export interface CodeHighlighter {
  /** Whether `lang` (a fence language, lower-case) is highlighted. */
  knows(lang: string): boolean;
  /** `code` as escaped HTML with coloured spans; plain escaped text for a language we do not highlight. */
  highlight(code: string, lang: string): string;
}

let shared: Promise<HighlighterCore> | undefined;

function loadShiki(): Promise<HighlighterCore> {
  shared ??= createHighlighterCore({
    themes: [import('shiki/themes/github-light-default.mjs'), import('shiki/themes/github-dark-default.mjs')],
    langs: [import('shiki/langs/yaml.mjs'), import('shiki/langs/json.mjs'), import('shiki/langs/shellscript.mjs')],
    engine: createJavaScriptRegexEngine(),
  });
  return shared;
}

/** The style of a token, or '' when it has the theme's default colours in both themes (no span needed). */
function tokenStyle(token: ThemedToken, plain: string): string {
  const style = token.htmlStyle ?? {};
  const css = Object.entries(style)
    .map(([k, v]) => `${k}:${v}`)
    .join(';');
  return css.toLowerCase() === plain ? '' : css;
}

/** Tokens -> spans, adjacent tokens of one style merged, lines joined with `\n`. */
function tokensToHtml(lines: ThemedToken[][], plain: string): string {
  return lines
    .map((line) => {
      let html = '';
      let open = '';
      let run = '';
      const flush = () => {
        if (run !== '') html += open === '' ? escapeHtml(run) : `<span style="${open}">${escapeHtml(run)}</span>`;
        run = '';
      };
      for (const token of line) {
        // Whitespace takes no colour: keep it in the current run.
        const style = token.content.trim() === '' ? open : tokenStyle(token, plain);
        if (style !== open) {
          flush();
          open = style;
        }
        run += token.content;
      }
      flush();
      return html;
    })
    .join('\n');
}

/** Highlighted snippets by language and text: a preview server re-renders pages whose blocks mostly did not change. */
const CACHE_LIMIT = 20_000;

/**
 * The build's highlighter; the first call loads Shiki's grammars and themes (tens of
 * milliseconds), later calls share them. Results are cached unless `cache` is false (the bench).
 */
export async function createCodeHighlighter(options: { cache?: boolean } = {}): Promise<CodeHighlighter> {
  const shiki = await loadShiki();
  const cache = options.cache === false ? null : new Map<string, string>();
  return {
    knows: (lang) => Object.hasOwn(GRAMMARS, lang),
    highlight(code, lang) {
      const grammar = Object.hasOwn(GRAMMARS, lang) ? GRAMMARS[lang] : undefined;
      if (grammar === undefined) return escapeHtml(code);
      const key = `${grammar}\0${code}`;
      const hit = cache?.get(key);
      if (hit !== undefined) return hit;
      const html = highlightWith(shiki, code, grammar);
      if (cache && cache.size < CACHE_LIMIT) cache.set(key, html);
      return html;
    },
  };
}

function highlightWith(shiki: HighlighterCore, code: string, grammar: string): string {
  // No time limit per line (Shiki's default is 500 ms, after which the rest of the line stays
  // uncoloured): on a busy machine that made the same lesson render different bytes.
  const result = shiki.codeToTokens(code, { lang: grammar, themes: THEMES, defaultColor: false, tokenizeTimeLimit: 0 });
  // rootStyle starts with the default colours: `--shiki-light:#24292e;--shiki-dark:#e1e4e8;...-bg...`.
  const plain = (result.rootStyle || '').toLowerCase().split(';').slice(0, 2).join(';');
  return tokensToHtml(result.tokens, plain);
}
