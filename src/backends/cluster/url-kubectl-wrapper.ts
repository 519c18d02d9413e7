// The lesson's `urls:` map on a real cluster: a `kubectl` first on the session's PATH that hands
// the real kubectl the workspace's local copy in place of each mapped URL (`-f URL`, `-fURL`,
// `--filename=URL`), so a lesson's commands stay as the page wrote them.
import { constants } from 'node:fs';
import { access, chmod, mkdir, writeFile } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { shellQuote } from './shell-quote.js';

/** The first executable `kubectl` on `path`, or undefined. */
export async function findKubectl(path: string): Promise<string | undefined> {
  for (const dir of path.split(delimiter)) {
    if (dir === '') continue;
    const candidate = join(dir, 'kubectl');
    if (await access(candidate, constants.X_OK).then(() => true, () => false)) return candidate;
  }
  return undefined;
}

/** The wrapper script's text: a `case` per mapped URL, then `exec` of the real kubectl. */
export function urlKubectlScript(realKubectl: string, workDir: string, urls: Record<string, string>): string {
  const cases = Object.entries(urls).map(([url, file]) => {
    const local = shellQuote(join(workDir, file));
    const u = shellQuote(url);
    return [
      `    ${u}) a=${local} ;;`,
      `    -f${u}) a=-f${local} ;;`,
      `    --filename=${u}) a=--filename=${local} ;;`,
    ].join('\n');
  });
  return [
    '#!/usr/bin/env bash',
    '# Written by kindling: the lesson\'s urls: front matter maps these URLs to workspace files.',
    'args=()',
    'for a in "$@"; do',
    '  case "$a" in',
    ...cases,
    '  esac',
    '  args+=("$a")',
    'done',
    `exec ${shellQuote(realKubectl)} "\${args[@]}"`,
    '',
  ].join('\n');
}

/**
 * Writes the wrapper into `binDir` (outside the workspace, so `ls` in a lesson does not show it)
 * and returns the PATH to give the session; the caller's PATH when there is nothing to map.
 */
export async function installUrlKubectl(binDir: string, workDir: string, urls: Record<string, string> | undefined, path: string): Promise<string> {
  if (!urls || Object.keys(urls).length === 0) return path;
  const real = await findKubectl(path);
  if (!real) return path;
  await mkdir(binDir, { recursive: true });
  const script = join(binDir, 'kubectl');
  await writeFile(script, urlKubectlScript(real, workDir, urls));
  await chmod(script, 0o755);
  return `${binDir}${delimiter}${path}`;
}
