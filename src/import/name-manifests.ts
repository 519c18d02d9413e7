// Pages often show a manifest without naming its file, then run `kubectl apply -f myapp.yaml`:
// the reader is to save it under that name. The import names the manifest block after the file
// the first command that needs it reads (a warning says so), so the lesson has the file. A code
// sample (`controllers/x.yaml`) that a command reads by its base name (`-f x.yaml`, as the
// page's download link saves it) is written under that name too.
import type { Code, Root } from 'mdast';
import { importCodes } from './codes.js';
import type { ImportProblem } from './types.js';

const MANIFEST_LANGS = new Set(['yaml', 'yml', 'json']);

/** Local files a command reads with `-f` (not URLs, not stdin). */
export function localFilesRead(command: string): string[] {
  if (!/\bkubectl\b/.test(command)) return [];
  const words = command.split(/\s+/);
  const found: string[] = [];
  words.forEach((w, i) => {
    const m = /^(?:-f|--filename)=?(.+)$/.exec(w);
    const file = m && w !== '-f' && w !== '--filename' ? m[1] : w === '-f' || w === '--filename' ? words[i + 1] : undefined;
    if (file && file !== '-' && !/^https?:/.test(file) && /\.(ya?ml|json)$/.test(file)) found.push(file.replace(/^\.\//, ''));
  });
  return found;
}

/** Names unnamed manifest blocks after the files later commands read. */
export function nameManifests(root: Root, pageLine: (line: number) => number, problems: ImportProblem[]): void {
  const named = new Set<string>();
  /** Code samples by base name, for `-f x.yaml` after `{{% code_sample file="dir/x.yaml" %}}`. */
  const samples = new Map<string, Code>();
  let pending: Code | undefined;
  const visit = (node: { type: string; children?: unknown[] }): void => {
    if (node.type === 'code') {
      const code = node as Code;
      const meta = code.meta ?? '';
      const file = /(?:^|\s)file=(\S+)/.exec(meta)?.[1];
      if (file) {
        named.add(file);
        samples.set(file.replace(/^.*\//, ''), code);
      }
      else if (MANIFEST_LANGS.has((code.lang ?? '').toLowerCase())) pending = code;
      else if (code.lang === 'console' && !/\bnorun\b/.test(meta)) {
        for (const line of code.value.split('\n')) {
          if (!line.startsWith('$ ')) continue;
          for (const wanted of localFilesRead(line.slice(2))) {
            if (named.has(wanted)) continue;
            const sample = samples.get(wanted);
            if (sample && !wanted.includes('/')) {
              const from = /(?:^|\s)file=(\S+)/.exec(sample.meta ?? '')?.[1] ?? '';
              sample.meta = (sample.meta ?? '').replace(/(^|\s)file=\S+/, `$1file=${wanted}`);
              named.add(wanted);
              problems.push({
                code: importCodes.guessedFileName,
                line: pageLine(sample.position?.start.line ?? 1),
                column: 1,
                severity: 'warning',
                message: `The example ${from} is written as ${wanted}, the file \`${line.slice(2)}\` reads (the name the page's download link saves it under)`,
              });
              continue;
            }
            if (!pending) continue;
            pending.meta = pending.meta ? `file=${wanted} ${pending.meta}` : `file=${wanted}`;
            named.add(wanted);
            problems.push({
              code: importCodes.guessedFileName,
              line: pageLine(pending.position?.start.line ?? 1),
              column: 1,
              severity: 'warning',
              message: `This manifest has no file name on the page; it is written as ${wanted}, the file \`${line.slice(2)}\` reads`,
            });
            pending = undefined;
          }
        }
      }
    }
    for (const child of node.children ?? []) visit(child as { type: string; children?: unknown[] });
  };
  visit(root);
}
