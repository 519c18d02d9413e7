// The fenced code nodes of a Markdown tree, wherever they are.
import type { Code, Root } from 'mdast';

/** Code nodes in document order, at any depth (lists, blockquotes, footnotes). */
export function codeNodes(root: Root): Code[] {
  const found: Code[] = [];
  const visit = (node: { type: string; children?: unknown[] }): void => {
    if (node.type === 'code') found.push(node as Code);
    for (const child of node.children ?? []) visit(child as { type: string; children?: unknown[] });
  };
  visit(root);
  return found;
}
