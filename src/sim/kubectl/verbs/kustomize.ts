// `kubectl kustomize [DIR]`: prints the build of a kustomization (kustomize v5.5.0, built into
// kubectl 1.32). A failed build is reported the way kubectl's main reports a command's error that
// cobra returned: klog's `"command failed" err="..."` line (component-base/cli/run.go), exit 1.
import { goQuote } from '../../api/schema/go-quote.js';
import { klogHeader } from '../../runtime/programs/go-runtime.js';
import type { Kubectl, VerbResult } from '../context.js';
import type { FlagSpec } from '../flags.js';
import { buildKustomizeYaml } from '../kustomize/print-build.js';

export const KUSTOMIZE_FLAGS: FlagSpec[] = [];

export function* kustomize(k: Kubectl): VerbResult {
  const dir = k.flags.args[0] ?? '.';
  const built = buildKustomizeYaml(k.io.fs, k.io.cwd, dir);
  for (const w of built.warnings) k.err(`${w}\n`);
  if ('error' in built) {
    if (built.unmodelled) k.err(`error: ${built.error}\n`);
    else k.err(`${klogHeader('E', k.io.now(), 'run.go:72', k.io.pid ?? 1)}"command failed" err=${goQuote(built.error)}\n`);
    return 1;
  }
  k.out(built.yaml);
  return 0;
}
