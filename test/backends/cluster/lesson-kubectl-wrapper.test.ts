// The lesson's kubectl on a real cluster: the wrapper hands the real kubectl the workspace's copy
// in place of each mapped URL, in every form of `-f`, and the lesson's namespace in place of
// `default` in every form of `-n`; nothing else changes, and nothing after `--`.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { afterAll, describe, expect, it } from 'vitest';
import { installLessonKubectl } from '../../../src/backends/cluster/lesson-kubectl-wrapper.js';

const dir = mkdtempSync(join(tmpdir(), 'kindling-urls-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the lesson kubectl wrapper', () => {
  it('replaces mapped URLs by workspace paths and passes every other word as it was', async () => {
    const realDir = join(dir, 'real');
    mkdirSync(realDir);
    // A stand-in for the real kubectl that prints the words it was given, one a line.
    writeFileSync(join(realDir, 'kubectl'), '#!/usr/bin/env bash\nprintf "%s\\n" "$@"\n');
    chmodSync(join(realDir, 'kubectl'), 0o755);
    const url = "https://k8s.io/examples/pods/it's.yaml";
    const path = await installLessonKubectl(join(dir, 'bin'), '/work space', { urls: { [url]: 'pods/its.yaml' } }, `${realDir}:/usr/bin:/bin`);
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
    expect(await installLessonKubectl(join(dir, 'none'), '/w', {}, '/usr/bin')).toBe('/usr/bin');
    expect(await installLessonKubectl(join(dir, 'none'), '/w', { urls: {} }, '/usr/bin')).toBe('/usr/bin');
  });

  it("gives the lesson's own namespace where a command names default, in every spelling, before --", async () => {
    const realDir = join(dir, 'real-ns');
    mkdirSync(realDir);
    writeFileSync(join(realDir, 'kubectl'), '#!/usr/bin/env bash\nprintf "%s\\n" "$@"\n');
    chmodSync(join(realDir, 'kubectl'), 0o755);
    const path = await installLessonKubectl(join(dir, 'bin-ns'), '/w', { namespace: 'kindling-x-bcdfgh' }, `${realDir}:/usr/bin:/bin`);
    const words = async (...args: string[]) => (await execa('kubectl', args, { env: { PATH: path } })).stdout.split('\n');
    expect(await words('get', 'pods', '-n', 'default')).toEqual(['get', 'pods', '-n', 'kindling-x-bcdfgh']);
    expect(await words('get', 'pods', '--namespace', 'default', '-ndefault', '-n=default', '--namespace=default')).toEqual([
      'get', 'pods', '--namespace', 'kindling-x-bcdfgh', '-nkindling-x-bcdfgh', '-nkindling-x-bcdfgh', '--namespace=kindling-x-bcdfgh',
    ]);
    // A Pod, a namespace or a container argument that happens to be called default stays as it is.
    expect(await words('get', 'pod', 'default', '-n', 'team-a')).toEqual(['get', 'pod', 'default', '-n', 'team-a']);
    expect(await words('create', 'namespace', 'default')).toEqual(['create', 'namespace', 'default']);
    expect(await words('exec', 'p', '-n', 'default', '--', 'kubectl', '-n', 'default', 'get', 'pods')).toEqual([
      'exec', 'p', '-n', 'kindling-x-bcdfgh', '--', 'kubectl', '-n', 'default', 'get', 'pods',
    ]);
  });
});
