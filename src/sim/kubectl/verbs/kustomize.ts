// `kubectl kustomize [DIR]`: prints the build of a kustomization (kustomize v5.5.0, built into
// kubectl 1.32), or writes it to `-o FILE`. A failed build is reported the way kubectl's main
// reports a command's error that cobra returned: klog's `"command failed" err="..."` line
// (component-base/cli/run.go), exit 1.
import { klogHeader } from '../../commands/programs/go-runtime.js';
import { resolvePath } from '../../core/vfs/vfs.js';
import { notModelled } from '../not-modelled.js';
import type { Kubectl, VerbResult } from '../context.js';
import { plainError } from '../errors.js';
import { flagString, type FlagSpec } from '../flags.js';
import { buildKustomizeYaml, klogValue } from '../kustomize/print-build.js';

/** Flags of kubectl kustomize that the simulator's kustomize does not model (functions, helm, plugins). */
const UNMODELLED_FLAGS: FlagSpec[] = [
  { name: 'as-current-user', type: 'bool' },
  { name: 'enable-alpha-plugins', type: 'bool' },
  { name: 'enable-helm', type: 'bool' },
  { name: 'env', short: 'e', type: 'strings' },
  { name: 'helm-api-versions', type: 'strings' },
  { name: 'helm-command', type: 'string' },
  { name: 'helm-debug', type: 'bool' },
  { name: 'helm-kube-version', type: 'string' },
  { name: 'mount', type: 'strings' },
  { name: 'network', type: 'bool' },
  { name: 'network-name', type: 'string' },
];

export const KUSTOMIZE_FLAGS: FlagSpec[] = [
  { name: 'output', short: 'o', type: 'string' },
  { name: 'load-restrictor', type: 'string' },
  ...UNMODELLED_FLAGS,
];

export function* kustomize(k: Kubectl): VerbResult {
  const unmodelled = UNMODELLED_FLAGS.find((f) => k.flags.values.has(f.name));
  if (unmodelled) throw notModelled(`kustomize --${unmodelled.name}`);
  const restrictor = flagString(k.flags, 'load-restrictor') ?? 'LoadRestrictionsRootOnly';
  const dir = k.flags.args[0] ?? '.';
  const built = buildKustomizeYaml(k.io.fs, k.io.cwd, dir, { loadRestricted: restrictor !== 'LoadRestrictionsNone' });
  for (const w of built.warnings) k.err(`${w}\n`);
  if ('error' in built) {
    if (built.unmodelled) throw notModelled(`kustomize with ${built.error}`);
    else k.err(`${klogHeader('E', k.io.now(), 'run.go:72', k.io.pid ?? 1)}"command failed" err=${klogValue(built.error)}\n`);
    return 1;
  }
  const output = flagString(k.flags, 'output') ?? '';
  if (output === '') k.out(built.yaml);
  else {
    const path = resolvePath(k.io.cwd, output);
    if (k.io.fs.exists(path) && k.io.fs.stat(path).type === 'dir') throw notModelled('kustomize -o', 'to a directory');
    k.io.fs.writeFile(path, built.yaml);
  }
  return 0;
}
