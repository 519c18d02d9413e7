// kustomize builds compared with what the real kubectl 1.32 (kustomize v5.5.0) printed for the same
// directories: cases/ holds the inputs (after kustomize's api/krusty tests: bases and overlays,
// generators and their hashes, labels, deprecated fields, patches, the legacy order, errors), and
// expected/ what `kubectl kustomize` printed, recorded by record-expected.sh.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildKustomizeYaml, klogValue } from '../../../../src/sim/kubectl/kustomize/print-build.js';
import { MemoryFs } from '../../../../src/sim/core/vfs/memory-fs.js';
import { repoRoot } from '../../../support/golden.js';

const here = resolve(repoRoot, 'test/sim/kubectl/kustomize');
const ROOT = '/work/cases';

function copyTree(fs: MemoryFs, from: string, to: string): void {
  fs.mkdir(to, { recursive: true });
  for (const name of readdirSync(from)) {
    const src = join(from, name);
    if (statSync(src).isDirectory()) copyTree(fs, src, `${to}/${name}`);
    else if (name !== '.keep') fs.writeFile(`${to}/${name}`, readFileSync(src, 'utf8'));
  }
}

function casesFs(): MemoryFs {
  const fs = new MemoryFs();
  copyTree(fs, join(here, 'cases'), ROOT);
  return fs;
}

const targets = readFileSync(join(here, 'targets.txt'), 'utf8').split('\n').filter((t) => t !== '');

describe('kubectl kustomize builds what kustomize v5.5.0 builds', () => {
  for (const target of targets) {
    test(target, () => {
      const name = target.replace(/\//g, '__');
      const expected = (ext: string) => readFileSync(join(here, 'expected', `${name}.${ext}`), 'utf8');
      const built = buildKustomizeYaml(casesFs(), ROOT, target);
      const stderr = [...built.warnings.map((w) => `${w}\n`), ...('error' in built ? [`<KLOG> "command failed" err=${klogValue(built.error)}\n`] : [])].join('');
      expect(stderr.replaceAll(ROOT, '<ROOT>')).toBe(expected('err'));
      expect('error' in built ? '' : built.yaml).toBe(expected('out'));
      expect('error' in built ? 1 : 0).toBe(Number(expected('code').trim()));
    });
  }
});
