// The text of a build as kubectl prints it (resmap.AsYaml: each object through sigs.k8s.io/yaml,
// so keys sorted and go-yaml v2's quoting, with `---` between objects).
import { goQuote } from '../../api/schema/go-quote.js';
import { resolvePath, type VirtualFs } from '../../core/vfs/vfs.js';
import { marshalYaml } from '../../printers/yaml/encode-yaml.js';
import { buildKustomization, type BuildOptions } from './build.js';
import { KustomizeError, KustomizeUnmodelled } from './loader.js';

export type BuiltYaml = { yaml: string; warnings: string[] } | { error: string; unmodelled: boolean; warnings: string[] };

/** Builds `dir` (relative to `cwd`); kustomize's errors come back as values. */
export function buildKustomizeYaml(fs: VirtualFs, cwd: string, dir: string, options: BuildOptions = {}): BuiltYaml {
  const warnings: string[] = [];
  try {
    const result = buildKustomization(fs, resolvePath(cwd, dir), dir, (w) => warnings.push(w), options);
    return { yaml: result.objects.map((o) => marshalYaml(o)).join('---\n'), warnings };
  } catch (e) {
    if (e instanceof KustomizeError || e instanceof KustomizeUnmodelled) return { error: e.message, unmodelled: e instanceof KustomizeUnmodelled, warnings };
    throw e;
  }
}

/** klog's text format for a string: quoted, or, when it has several lines, `<` then each line after a tab, then ` >`. */
export function klogValue(text: string): string {
  if (!text.includes('\n')) return goQuote(text);
  const lines = text.endsWith('\n') ? text.slice(0, -1).split('\n') : text.split('\n');
  return `<\n${lines.map((l) => `\t${l}`).join('\n')}\n >`;
}

