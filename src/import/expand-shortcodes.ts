// The first pass of an import, on the page's text: inline shortcodes become text, block ones
// become `<!--kindling:N-->` markers on lines of their own (for the Markdown pass), comments go.
import { importCodes } from './codes.js';
import { rewriteRanges, type RewrittenText } from './line-origins.js';
import { findShortcodes, type Shortcode } from './shortcode-syntax.js';
import { SHORTCODES, type ShortcodeContext } from './shortcode-table.js';
import type { ImportProblem, Marker } from './types.js';

export const MARKER = /^<!--kindling:(\d+)-->$/;

export interface ExpandedPage {
  text: RewrittenText;
  markers: Marker[];
  problems: ImportProblem[];
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Expands the shortcodes of `page` (the whole file, front matter included). */
export function expandShortcodes(page: string, ctx: ShortcodeContext): ExpandedPage {
  const place = placer(page);
  const markers: Marker[] = [];
  const problems: ImportProblem[] = [];
  const edits: Edit[] = [];
  const open: Array<{ sc: Shortcode; drop: boolean }> = [];
  const markerEdit = (sc: Shortcode, marker: Marker): Edit => {
    markers.push(marker);
    const lineStart = page.lastIndexOf('\n', sc.start - 1) + 1;
    const before = page.slice(lineStart, sc.start);
    const indent = /^[ \t]*$/.test(before) ? before : ' '.repeat(before.length);
    return { start: sc.start, end: sc.end, text: `\n\n${indent}<!--kindling:${markers.length - 1}-->\n\n${indent}` };
  };
  for (const sc of findShortcodes(page)) {
    const at = place(sc.start);
    const dropping = open.some((o) => o.drop);
    const rule = Object.hasOwn(SHORTCODES, sc.name) ? SHORTCODES[sc.name] : undefined;
    if (dropping && !(sc.closing && rule?.kind === 'drop')) continue;
    if (!rule) {
      problems.push({
        code: importCodes.unknownShortcode,
        ...at,
        severity: 'error',
        message: `Unknown shortcode "${sc.name}", expected one of: ${Object.keys(SHORTCODES).sort().join(', ')}`,
        hint: 'convert this part of the page by hand, then import the edited page',
      });
      continue;
    }
    if (sc.closing) {
      const top = open[open.length - 1];
      if (!top || top.sc.name !== sc.name) {
        problems.push({ code: importCodes.unclosedShortcode, ...at, severity: 'error', message: `Closing shortcode "/${sc.name}" has no opening "${sc.name}"${top ? ` (the open one is "${top.sc.name}")` : ''}` });
        continue;
      }
      open.pop();
      if (top.drop) edits.push({ start: top.sc.start, end: sc.end, text: '' });
      else edits.push(markerEdit(sc, { kind: 'close', name: sc.name, ...at }));
      continue;
    }
    switch (rule.kind) {
      case 'inline': {
        const text = rule.text(sc, ctx);
        if (text === undefined) {
          problems.push({
            code: importCodes.unknownShortcode,
            ...at,
            severity: 'error',
            message: `Shortcode "${sc.name}" with arguments ${JSON.stringify(page.slice(sc.start, sc.end))} is not known to the import`,
            hint: sc.name === 'include' ? 'give the website\'s includes directory with --includes' : 'convert this part of the page by hand',
          });
        } else edits.push({ start: sc.start, end: sc.end, text });
        break;
      }
      case 'code': {
        // The website resolves `/controllers/x.yaml` and `controllers/x.yaml` alike.
        const file = (sc.named['file'] ?? sc.positional[0])?.replace(/^\/+/, '');
        if (!file) {
          problems.push({ code: importCodes.missingExampleFile, ...at, severity: 'error', message: `Shortcode "${sc.name}" names no file, expected file="DIR/NAME.yaml"` });
          break;
        }
        edits.push(markerEdit(sc, { kind: 'code', file, ...at }));
        break;
      }
      case 'pair':
        open.push({ sc, drop: false });
        edits.push(markerEdit(sc, { kind: 'open', name: sc.name, label: rule.label(sc), quote: rule.quote, ...at }));
        break;
      case 'drop':
        open.push({ sc, drop: true });
        break;
    }
  }
  for (const o of open) {
    problems.push({ code: importCodes.unclosedShortcode, ...place(o.sc.start), severity: 'error', message: `Shortcode "${o.sc.name}" is never closed, expected "{{< /${o.sc.name} >}}" after it` });
  }
  edits.sort((a, b) => a.start - b.start);
  return { text: rewriteRanges(page, edits), markers, problems };
}

/** 1-based line and column of an offset. */
function placer(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
  };
}
