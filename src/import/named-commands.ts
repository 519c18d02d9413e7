// Pages name a command in a sentence instead of a block ("To see the ReplicaSet, run `kubectl get
// rs`. The output is similar to this:") and then show its output. The command, as the page wrote
// it in the inline code, becomes a shell block before the sentence, so that the transcript pass
// makes it one `console` block with the output, which is then checked.
import type { Code, InlineCode, Paragraph, Parent, RootContent } from 'mdast';
import { introducesOutput, isOutput, isShell } from './shell-transcripts.js';

/** `run `kubectl ...``, `by running the `kubectl ...``: the text just before the inline code. */
const RUN_BEFORE = /\brun(?:ning)?(?: the)?\s*$/i;

/** The one kubectl command `paragraph` tells the reader to run, or undefined (none, or several). */
function namedCommand(paragraph: RootContent | undefined): InlineCode | undefined {
  if (paragraph?.type !== 'paragraph') return undefined;
  const children = (paragraph as Paragraph).children;
  const found = children.filter((c, i): c is InlineCode => {
    const before = children[i - 1];
    return c.type === 'inlineCode' && /^kubectl\s+\S/.test(c.value) && !c.value.includes('\n') && before?.type === 'text' && RUN_BEFORE.test(before.value);
  });
  return found.length === 1 ? found[0] : undefined;
}

/** Inserts a shell block for each command named in the sentence (or the one before it) that introduces an output block. */
export function namedCommands(parent: Parent): void {
  const children = parent.children as RootContent[];
  for (let i = 0; i < children.length; i++) {
    const node = children[i]!;
    if ('children' in node && node.type !== 'paragraph') {
      namedCommands(node as Parent);
      continue;
    }
    if (!introducesOutput(node) || !isOutput(children[i + 1])) continue;
    const sentence = node as Paragraph;
    const previous = children[i - 1];
    const command = namedCommand(sentence) ?? (isShell(previous) ? undefined : namedCommand(previous));
    if (!command) continue;
    // An output after a block of commands is that block's (the transcript pass joins them),
    // unless the sentence names another command to run ("Run `kubectl kustomize ./` to view").
    const before = [previous, children[i - 2]].find(isShell);
    if (before && before.value.includes(command.value)) continue;
    const line = command.position?.start.line ?? sentence.position?.start.line ?? 1;
    // The block's command is on the line after its fence: the fence is placed a line above the
    // inline code, so that diagnostics name the page's line of the command.
    const block: Code = { type: 'code', lang: 'shell', meta: null, value: command.value, position: { start: { line: line - 1, column: 1 }, end: { line: line - 1, column: 1 } } };
    children.splice(i, 0, block);
    i += 2;
  }
}
