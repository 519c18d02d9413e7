// The page's Hugo front matter -> the lesson's: the title and description carry over; Hugo's own
// keys (weight, reviewers, content_type, ...) are the website's business and are dropped.
import { parse } from 'yaml';
import { importCodes } from './codes.js';
import type { ImportProblem } from './types.js';

export interface PageMeta {
  title: string;
  description?: string;
  contentType?: string;
}

/** Reads the YAML between the page's opening `---` lines; problems at line 1. */
export function readHugoFrontMatter(yaml: string | undefined, problems: ImportProblem[]): PageMeta | undefined {
  const at = { line: 1, column: 1, severity: 'error' as const, code: importCodes.badFrontMatter };
  if (yaml === undefined) {
    problems.push({ ...at, message: 'The page has no front matter, expected `---`, a title and `---` at its start' });
    return undefined;
  }
  let data: unknown;
  try {
    data = parse(yaml);
  } catch (error) {
    problems.push({ ...at, message: `The page's front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}` });
    return undefined;
  }
  const map = (data ?? {}) as Record<string, unknown>;
  if (typeof map['title'] !== 'string' || map['title'].trim() === '') {
    problems.push({ ...at, message: 'The page\'s front matter has no title, expected "title: ..."' });
    return undefined;
  }
  const meta: PageMeta = { title: map['title'].trim() };
  const description = [map['description'], map['summary']].find((v): v is string => typeof v === 'string' && v.trim() !== '');
  if (description) meta.description = description.trim().replace(/\s+/g, ' ');
  if (typeof map['content_type'] === 'string') meta.contentType = map['content_type'];
  return meta;
}
