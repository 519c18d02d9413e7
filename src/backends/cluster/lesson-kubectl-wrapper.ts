// A `kubectl` first on a cluster session's PATH, so that a lesson's commands stay as the page wrote
// them: it hands the real kubectl the workspace's local copy in place of each URL of the lesson's
// `urls:` map (`-f URL`, `-fURL`, `--filename=URL`), and the lesson's own namespace where a command
// names `default` (`-n default`, `--namespace=default`, ...), which on a shared cluster is every
// lesson's and outlives the lesson.
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

/** What the wrapper rewrites: the lesson's URL map, and the namespace that stands for `default`. */
export interface LessonKubectlRewrites {
  urls?: Record<string, string> | undefined;
  /** The lesson's own namespace: `-n default` (every spelling) names it, so the lesson stays in it. */
  namespace?: string | undefined;
}

/**
 * The wrapper script's text: a `case` per mapped URL and per spelling of `-n default`, then `exec`
 * of the real kubectl. Words after `--` (a command for `exec`, `run`, `debug`) pass untouched.
 */
export function lessonKubectlScript(realKubectl: string, workDir: string, rewrites: LessonKubectlRewrites): string {
  const cases = Object.entries(rewrites.urls ?? {}).map(([url, file]) => {
    const local = shellQuote(join(workDir, file));
    const u = shellQuote(url);
    return [
      `      ${u}) a=${local} ;;`,
      `      -f${u}) a=-f${local} ;;`,
      `      --filename=${u}) a=--filename=${local} ;;`,
    ].join('\n');
  });
  const ns = rewrites.namespace;
  if (ns !== undefined) {
    const q = shellQuote(ns);
    cases.push(
      `      default) if [ "$prev" = -n ] || [ "$prev" = --namespace ]; then a=${q}; fi ;;`,
      `      -ndefault|-n=default) a=-n${q} ;;`,
      `      --namespace=default) a=--namespace=${q} ;;`,
    );
  }
  return [
    '#!/usr/bin/env bash',
    "# Written by kindling for this lesson: URLs of its urls: front matter become workspace files, and",
    "# the namespace default (-n default) its own namespace on a shared cluster.",
    'args=()',
    'prev=',
    'rest=',
    'for a in "$@"; do',
    '  if [ -z "$rest" ]; then',
    '    case "$a" in',
    '      --) rest=1 ;;',
    ...cases,
    '    esac',
    '  fi',
    '  args+=("$a")',
    '  prev=$a',
    'done',
    `exec ${shellQuote(realKubectl)} "\${args[@]}"`,
    '',
  ].join('\n');
}

/**
 * Writes the wrapper into `binDir` (outside the workspace, so `ls` in a lesson does not show it)
 * and returns the PATH to give the session; the caller's PATH when there is nothing to rewrite.
 */
export async function installLessonKubectl(binDir: string, workDir: string, rewrites: LessonKubectlRewrites, path: string): Promise<string> {
  if (Object.keys(rewrites.urls ?? {}).length === 0 && rewrites.namespace === undefined) return path;
  const real = await findKubectl(path);
  if (!real) return path;
  await mkdir(binDir, { recursive: true });
  const script = join(binDir, 'kubectl');
  await writeFile(script, lessonKubectlScript(real, workDir, rewrites));
  await chmod(script, 0o755);
  return `${binDir}${delimiter}${path}`;
}
