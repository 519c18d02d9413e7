// `<!-- kindling:timeline pod=NAME [namespace=NS] -->`: an HTML comment in the prose asking for a
// Pod's lifecycle picture at that place. Readers of the Markdown source (GitHub) see nothing.
import type { Html, Root } from 'mdast';
import { lessonCodes } from './codes.js';
import { makeDiagnostic } from './make-diagnostic.js';
import { tokenizeInfoString } from './tokenize-info-string.js';
import type { Diagnostic, TimelineDirective } from './types.js';

const DIRECTIVE = /^<!--\s*kindling:([\w-]*)(.*?)-->\s*$/s;
const OPTIONS = ['pod', 'namespace'];

export interface ParsedDirectives {
  timelines: TimelineDirective[];
  diagnostics: Diagnostic[];
}

function htmlNodes(root: Root): Html[] {
  const found: Html[] = [];
  const visit = (node: { type: string; children?: unknown[] }): void => {
    if (node.type === 'html') found.push(node as Html);
    for (const child of node.children ?? []) visit(child as { type: string; children?: unknown[] });
  };
  visit(root);
  return found;
}

/** The timeline directives in the lesson's prose, and what is wrong with any of them. */
export function parseTimelineDirectives(root: Root, file: string, base: number): ParsedDirectives {
  const timelines: TimelineDirective[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const node of htmlNodes(root)) {
    const match = DIRECTIVE.exec(node.value);
    const start = node.position?.start;
    if (!match || !start || start.offset === undefined) continue;
    const place = { line: start.line, column: start.column };
    const fail = (message: string, hint: string): void => void diagnostics.push(makeDiagnostic(lessonCodes.badTimelineDirective, file, place, message, hint));
    const [, name = '', rest = ''] = match;
    if (name !== 'timeline') {
      fail(`unknown directive "kindling:${name}"; expected kindling:timeline`, 'Write <!-- kindling:timeline pod=NAME --> where the Pod\'s lifecycle picture should appear.');
      continue;
    }
    const { tokens, problems } = tokenizeInfoString(rest.replace(/\s+/g, ' '), 1);
    const values = new Map<string, string>();
    const unknown = tokens.find((token) => !OPTIONS.includes(token.key) || token.value === undefined);
    for (const token of tokens) if (token.value !== undefined) values.set(token.key, token.value);
    const pod = values.get('pod');
    // One problem per directive: the first that stops it.
    if (unknown) {
      fail(`the timeline directive has an unknown option "${unknown.key}"; expected pod=NAME and optionally namespace=NS`, 'Write <!-- kindling:timeline pod=NAME namespace=NS -->.');
      continue;
    }
    if (problems.length > 0) {
      fail(`the timeline directive's options cannot be read: ${problems.map((p) => p.text).join(', ')}`, 'Write <!-- kindling:timeline pod=NAME -->.');
      continue;
    }
    if (!pod) {
      fail('the timeline directive names no Pod; expected pod=NAME', 'Write <!-- kindling:timeline pod=NAME -->, with the name of a Pod the lesson creates.');
      continue;
    }
    timelines.push({ pod, namespace: values.get('namespace') ?? 'default', line: place.line, column: place.column, offset: start.offset + base });
  }
  return { timelines, diagnostics };
}
