// The Markdown pass over the markers the shortcode pass left: a code sample becomes a `file=`
// block with the example's text; a note, caution or warning becomes a block quote that starts
// with its label; a tab becomes a bold line over its content. Hugo's section comments go.
import type { Blockquote, Code, Html, Paragraph, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import { importCodes } from './codes.js';
import { MARKER } from './expand-shortcodes.js';
import type { ImportOptions, ImportProblem, Marker } from './types.js';

/** Hugo's layout comments (`<!-- overview -->`, `<!-- steps -->`): section markers for the site. */
const HUGO_SECTION = /^<!--\s*[a-z]+\s*-->$/;

const LANGS: Record<string, string> = { yaml: 'yaml', yml: 'yaml', json: 'json', sh: 'sh', conf: 'text', txt: 'text', properties: 'properties', env: 'text' };

export function codeSampleBlock(file: string, text: string): Code {
  const ext = /\.([a-z]+)$/.exec(file)?.[1] ?? '';
  return { type: 'code', lang: LANGS[ext] ?? 'text', meta: `file=${file}`, value: text.replace(/\n$/, '') };
}

function markerOf(node: RootContent, markers: readonly Marker[]): Marker | undefined {
  if (node.type !== 'html') return undefined;
  const m = MARKER.exec((node as Html).value.trim());
  return m ? markers[Number(m[1])] : undefined;
}

/** Replaces markers in every parent of `root`, depth first. */
export function placeMarkers(root: Root, markers: readonly Marker[], options: ImportOptions, problems: ImportProblem[]): void {
  const visit = (parent: Parent): void => {
    const out: RootContent[] = [];
    // Open pairs: where their content starts in `out`.
    const stack: Array<{ marker: Extract<Marker, { kind: 'open' }>; at: number }> = [];
    for (const child of parent.children as RootContent[]) {
      if ('children' in child) visit(child as Parent);
      const marker = markerOf(child, markers);
      if (!marker) {
        if (child.type === 'html' && HUGO_SECTION.test(child.value.trim())) continue;
        out.push(child);
        continue;
      }
      if (marker.kind === 'code') {
        const text = options.readExample(marker.file);
        if (text === undefined) {
          problems.push({ code: importCodes.missingExampleFile, line: marker.line, column: marker.column, severity: 'error', message: `Example file "${marker.file}" is not in the examples directory` , hint: 'give the website\'s content/en/examples directory with --examples' });
          continue;
        }
        const block = codeSampleBlock(marker.file, text);
        // The marker's place, which maps back to the shortcode's line of the page.
        if (child.position) block.position = child.position;
        out.push(block);
      } else if (marker.kind === 'open') stack.push({ marker, at: out.length });
      else {
        const open = stack.pop();
        // A pair split across containers (a list item opens it, the list's end closes it): the
        // label stays as a line, the content where it is.
        if (!open) continue;
        const content = out.splice(open.at) as Blockquote['children'];
        out.push(...wrapPair(open.marker, content));
      }
    }
    for (const open of stack) out.splice(open.at, 0, ...labelLine(open.marker.label));
    parent.children = out as Parent['children'];
  };
  visit(root);
}

function labelLine(label: string): Paragraph[] {
  return label === '' ? [] : [{ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: label }] }] }];
}

function wrapPair(marker: Extract<Marker, { kind: 'open' }>, content: Blockquote['children']): RootContent[] {
  if (!marker.quote) return [...labelLine(marker.label), ...(content as RootContent[])];
  const first = content[0];
  const strong: PhrasingContent = { type: 'strong', children: [{ type: 'text', value: marker.label }] };
  if (first && first.type === 'paragraph') first.children.unshift(strong, { type: 'text', value: ' ' });
  else content.unshift({ type: 'paragraph', children: [strong] });
  return [{ type: 'blockquote', children: content }];
}
