// The builder's sources for create, apply, delete and get: `-f` files, or `-k DIR`, a kustomization
// that kubectl builds with its kustomize (the KustomizeVisitor: the build's YAML read as one stream
// whose source is the directory as typed). `-f` and `-k` together are refused as kubectl does.
import { notModelled } from '../not-modelled.js';
import type { Kubectl } from '../context.js';
import { KubectlExit, plainError } from '../errors.js';
import { flagBool, flagString, flagStrings } from '../flags.js';
import { buildKustomizeYaml } from '../kustomize/print-build.js';
import { decodeFile, readManifests, type ManifestEntry, type ManifestResult, type ReadOptions } from '../manifests.js';

/** The `-k` flag of the builder's FilenameOptions. */
export const KUSTOMIZE_FLAG = { name: 'kustomize', short: 'k', type: 'string' } as const;

/** Whether `-f` or `-k` was given. */
export function hasSources(k: Kubectl): boolean {
  return flagStrings(k.flags, 'filename').length > 0 || (flagString(k.flags, 'kustomize') ?? '') !== '';
}

/** The read options with the lesson's URL map, for `-f URL`. */
export function withUrls(k: Kubectl, options: ReadOptions): ReadOptions {
  const fetchUrl = k.cluster.fetchUrl;
  return fetchUrl ? { ...options, fetchUrl } : options;
}

/** Reads `-f` or `-k`; a kustomize failure is fatal, its deprecation warnings go to stderr first. */
export function readSources(k: Kubectl, options: ReadOptions): ManifestResult {
  const files = flagStrings(k.flags, 'filename');
  const dir = flagString(k.flags, 'kustomize') ?? '';
  if (dir === '') return readManifests(k.io.fs, k.io.cwd, files, k.io.stdin, withUrls(k, options));
  // FilenameOptions.validate: an aggregate of two is printed a line each, without `error: `.
  const problems = [...(files.length > 0 ? ['only one of -f or -k can be specified'] : []), ...(flagBool(k.flags, 'recursive') ? ["the -k flag can't be used with -f or -R"] : [])];
  if (problems.length === 1) throw plainError(problems[0] as string);
  if (problems.length > 1) throw new KubectlExit(problems.map((p) => `${p}\n`).join(''));
  const built = buildKustomizeYaml(k.io.fs, k.io.cwd, dir);
  for (const w of built.warnings) k.err(`${w}\n`);
  if ('error' in built) {
    if (built.unmodelled) throw notModelled(`${k.verb} -k with ${built.error}`);
    return { entries: [], objects: [], problems: [], fatal: [built.error] };
  }
  const entries: ManifestEntry[] = [];
  decodeFile(dir, built.yaml, options.validate ?? true, entries);
  return {
    entries,
    objects: entries.flatMap((e) => ('object' in e ? [e.object] : [])),
    problems: entries.flatMap((e) => ('problem' in e ? [e.problem] : [])),
  };
}
