// The URLs a page's commands read (`kubectl apply -f https://k8s.io/examples/pods/x.yaml`, and
// `curl -O` of an example), mapped to files of the examples directory: the lesson's `urls:` front matter. The commands
// keep their text; the lesson carries the file, shown where the page showed it, hidden otherwise.
import { importCodes } from './codes.js';
import type { ImportOptions, ImportProblem } from './types.js';

/** Where the website publishes its examples directory. */
const EXAMPLE_URLS = [
  /^https?:\/\/(?:k8s\.io|kubernetes\.io)\/examples\/(.+)$/,
  /^https?:\/\/raw\.githubusercontent\.com\/kubernetes\/website\/[^/]+\/content\/en\/examples\/(.+)$/,
  /^https?:\/\/github\.com\/kubernetes\/website\/(?:raw|blob)\/[^/]+\/content\/en\/examples\/(.+)$/,
];

/** The examples path a URL names, or undefined for another URL. */
export function examplePath(url: string): string | undefined {
  for (const pattern of EXAMPLE_URLS) {
    const m = pattern.exec(url);
    if (m) return m[1];
  }
  return undefined;
}

/** `-f URL`, `-fURL`, `--filename URL`, `--filename=URL` in a kubectl command. */
export function urlsRead(command: string): string[] {
  if (!/\bkubectl\b/.test(command)) return [];
  const found: string[] = [];
  const words = command.split(/\s+/);
  words.forEach((w, i) => {
    const m = /^(?:-f|--filename)=?(https?:\/\/\S+)$/.exec(w);
    if (m) found.push(m[1]!.replace(/["']/g, ''));
    else if ((w === '-f' || w === '--filename') && /^https?:\/\//.test(words[i + 1] ?? '')) found.push((words[i + 1] ?? '').replace(/["']/g, ''));
  });
  return found;
}

/** The website's example URLs a `curl` command downloads (`curl -L -s -O https://k8s.io/examples/...`); other URLs are curl's own business. */
export function exampleDownloads(command: string): string[] {
  if (!/(?:^|[\s;&|(])curl\s/.test(command)) return [];
  return command
    .split(/\s+/)
    .map((w) => w.replace(/["']/g, ''))
    .filter((w) => /^https?:\/\//.test(w) && examplePath(w) !== undefined);
}

export interface UrlMap {
  /** URL -> workspace file. */
  urls: Record<string, string>;
  /** Example files no block of the page shows: the lesson carries them as hidden `file=` blocks. */
  hidden: Array<{ file: string; text: string }>;
}

/** Maps every URL the commands read; `shown` are the files the page's code samples show. */
export function mapUrls(commands: ReadonlyArray<{ source: string; line: number }>, shown: ReadonlySet<string>, options: ImportOptions, problems: ImportProblem[]): UrlMap {
  const map: UrlMap = { urls: {}, hidden: [] };
  for (const { source, line } of commands) {
    for (const url of [...urlsRead(source), ...exampleDownloads(source)]) {
      if (Object.hasOwn(map.urls, url)) continue;
      const file = examplePath(url);
      if (file === undefined) {
        problems.push({
          code: importCodes.unmappedUrl,
          line,
          column: 1,
          severity: 'error',
          message: `\`${source.split('\n')[0]}\` reads ${url}, which is not a file of the website's examples directory, so the import cannot map it to a local file`,
          hint: 'save what the URL serves next to the page and use it in the command by hand',
        });
        continue;
      }
      const text = options.readExample(file);
      if (text === undefined) {
        problems.push({ code: importCodes.missingExampleFile, line, column: 1, severity: 'error', message: `${url} names example file "${file}", which is not in the examples directory`, hint: 'give the website\'s content/en/examples directory with --examples' });
        continue;
      }
      map.urls[url] = file;
      if (!shown.has(file) && !map.hidden.some((h) => h.file === file)) map.hidden.push({ file, text });
    }
  }
  return map;
}
