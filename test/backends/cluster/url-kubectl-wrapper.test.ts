// The lesson's `urls:` map on a real cluster: the kubectl wrapper hands the real kubectl the
// workspace's copy in place of each mapped URL, in every form of `-f`, and nothing else changes.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { afterAll, describe, expect, it } from 'vitest';
import { installUrlKubectl } from '../../../src/backends/cluster/url-kubectl-wrapper.js';

const dir = mkdtempSync(join(tmpdir(), 'kindling-urls-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the urls: kubectl wrapper', () => {
  it('replaces mapped URLs by workspace paths and passes every other word as it was', async () => {
    const realDir = join(dir, 'real');
    mkdirSync(realDir);
    // A stand-in for the real kubectl that prints the words it was given, one a line.
    writeFileSync(join(realDir, 'kubectl'), '#!/usr/bin/env bash\nprintf "%s\\n" "$@"\n');
    chmodSync(join(realDir, 'kubectl'), 0o755);
    const url = "https://k8s.io/examples/pods/it's.yaml";
    const path = await installUrlKubectl(join(dir, 'bin'), '/work space', { [url]: 'pods/its.yaml' }, `${realDir}:/usr/bin:/bin`);
    expect(path).toBe(`${join(dir, 'bin')}:${realDir}:/usr/bin:/bin`);
    const r = await execa('kubectl', ['apply', '-f', url, `-f${url}`, `--filename=${url}`, '-f', 'https://example.com/x.yaml', 'a b'], { env: { PATH: path } });
    expect(r.stdout.split('\n')).toEqual([
      'apply',
      '-f',
      '/work space/pods/its.yaml',
      '-f/work space/pods/its.yaml',
      '--filename=/work space/pods/its.yaml',
      '-f',
      'https://example.com/x.yaml',
      'a b',
    ]);
  });

  it('leaves PATH alone when the lesson maps no URL', async () => {
    expect(await installUrlKubectl(join(dir, 'none'), '/w', undefined, '/usr/bin')).toBe('/usr/bin');
    expect(await installUrlKubectl(join(dir, 'none'), '/w', {}, '/usr/bin')).toBe('/usr/bin');
  });
});
