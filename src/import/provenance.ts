// The paragraph an imported lesson opens with: where its text came from, and under which licence.
import type { Paragraph } from 'mdast';

const REPO = 'https://github.com/kubernetes/website';

export function provenanceParagraph(sourcePath: string, commit: string | undefined): Paragraph {
  const url = `${REPO}/blob/${commit ?? 'main'}/${sourcePath}`;
  return {
    type: 'paragraph',
    children: [
      { type: 'text', value: 'Imported by kindling import from ' },
      { type: 'link', url, children: [{ type: 'inlineCode', value: sourcePath }] },
      { type: 'text', value: ' of the kubernetes/website repository' },
      ...(commit ? [{ type: 'text' as const, value: ' at commit ' }, { type: 'inlineCode' as const, value: commit }] : []),
      { type: 'text', value: ' (© The Kubernetes Authors, CC BY 4.0). Its commands run as the page wrote them; its outputs are the ones the page documents.' },
    ],
  };
}
