// `kindling import`'s conversion, page text in, lesson text out: shortcodes expanded, the page
// parsed (remark-parse), code samples and notes placed, shell blocks made transcripts, the URLs
// the commands read mapped to files, and the lesson written with remark-stringify. Pure: the
// caller reads the files (through `options`) and writes the result.
import { codeNodes } from '../lesson/code-nodes.js';
import type { Root, RootContent, Yaml } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { stringify as yamlStringify } from 'yaml';
import { expandShortcodes } from './expand-shortcodes.js';
import { readHugoFrontMatter } from './hugo-front-matter.js';
import { pageLine } from './line-origins.js';
import { nameManifests } from './name-manifests.js';
import { codeSampleBlock, placeMarkers } from './place-markers.js';
import { provenanceParagraph } from './provenance.js';
import { namedCommands } from './named-commands.js';
import { makeTranscripts, strayOutputs, type TranscriptContext } from './shell-transcripts.js';
import type { ImportOptions, ImportResult } from './types.js';
import { mapUrls } from './url-map.js';

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);
const writer = unified()
  .use(remarkStringify, { bullet: '*', listItemIndent: 'one', fences: true, rule: '-', emphasis: '_', strong: '*' })
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkGfm);

/** Imports one Kubernetes-website page. */
export function importPage(page: string, options: ImportOptions): ImportResult {
  const expanded = expandShortcodes(page.replace(/^\uFEFF/, ''), { readInclude: options.readInclude });
  const problems = [...expanded.problems];
  const root = parser.parse(expanded.text.text) as Root;
  const front = root.children[0]?.type === 'yaml' ? (root.children.shift() as Yaml) : undefined;
  const meta = readHugoFrontMatter(front?.value, problems);
  placeMarkers(root, expanded.markers, options, problems);
  const ctx: TranscriptContext = { pageLine: (line) => pageLine(expanded.text, line), problems, commands: [] };
  namedCommands(root);
  strayOutputs(root, ctx);
  makeTranscripts(root, ctx);
  nameManifests(root, ctx.pageLine, problems);
  const shown = new Set(codeNodes(root).flatMap((c) => /(?:^|\s)file=(\S+)/.exec(c.meta ?? '')?.[1] ?? []));
  const urlMap = mapUrls(ctx.commands, shown, options, problems);
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  if (!meta || problems.some((p) => p.severity === 'error')) return { problems };

  const lessonMeta: Record<string, unknown> = { title: meta.title };
  if (meta.description) lessonMeta['description'] = meta.description;
  lessonMeta['tags'] = ['k8s-docs', ...(meta.contentType ? [meta.contentType] : [])];
  // The page's outputs came from another cluster at another time: ages, IPs, names differ.
  lessonMeta['match'] = 'normalized';
  if (Object.keys(urlMap.urls).length > 0) lessonMeta['urls'] = urlMap.urls;
  const hidden: RootContent[] = urlMap.hidden.map(({ file, text }) => {
    const block = codeSampleBlock(file, text);
    block.meta = `${block.meta} hidden`;
    return block;
  });
  const lesson: Root = {
    type: 'root',
    children: [
      { type: 'yaml', value: yamlStringify(lessonMeta, { lineWidth: 0 }).trimEnd() },
      provenanceParagraph(options.sourcePath, options.commit),
      ...hidden,
      ...root.children,
    ],
  };
  return { lesson: writer.stringify(lesson), problems };
}

