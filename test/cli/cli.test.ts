// The kindling command as users run it: a real process, real files, the simulator backend.
import { spawnSync } from 'node:child_process';
import { execa } from 'execa';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/golden.js';

const bin = join(repoRoot, 'bin/kindling.js');
const temps: string[] = [];

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kindling-cli-'));
  temps.push(dir);
  return dir;
}

afterAll(() => {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

function kindling(args: string[], cwd = repoRoot, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const GOOD = `---
title: Two commands
---

\`\`\`console
$ echo one
one
$ kubectl get nodes -o name
node/kind-control-plane
\`\`\`
`;

describe('kindling verify', () => {
  it('verifies every lesson in the repository and the lesson-format reference', () => {
    const r = kindling(['verify', 'lessons', 'docs/lesson-format.md']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/\d+ lessons: \d+ passed, 0 failed, 0 invalid, 0 skipped/);
    expect(r.code).toBe(0);
  });

  it('exits 1 with a diff when a recorded output no longer matches', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.md'), GOOD.replace('node/kind-control-plane', 'node/other'));
    const r = kindling(['verify', 'a.md'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('a.md:8:1 error KL601 output-mismatch');
    expect(r.stdout).toContain('-node/other');
    expect(r.stdout).toContain('+node/kind-control-plane');
  });

  it('reports a lesson with errors as invalid with file:line:col and still runs the others', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bad.md'), '---\ntitle: Bad\n---\n\n```console hiden\n$ echo x\nx\n```\n');
    writeFileSync(join(dir, 'good.md'), GOOD);
    const r = kindling(['verify', '.'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('bad.md:5:12 error KL201 unknown-attribute');
    expect(r.stdout).toContain('Did you mean "hidden"?');
    expect(r.stdout).toMatch(/✓ good\.md/);
  });

  it('reports a Latin-1 lesson (KL010) and a slug collision (KL017) through the result cache, as without it', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'latin1.md'), Buffer.concat([Buffer.from('---\ntitle: Caf'), Buffer.from([0xe9]), Buffer.from('\n---\n\nx\n')]));
    writeFileSync(join(dir, 'a b.md'), GOOD);
    writeFileSync(join(dir, 'a-b.md'), GOOD);
    for (const cache of [[], ['--no-cache'], []]) {
      const r = kindling(['verify', ...cache, 'latin1.md', 'a b.md', 'a-b.md'], dir);
      expect(r.code, r.stdout + r.stderr).toBe(1);
      expect(r.stdout).toContain('latin1.md:2:11 error KL010 not-utf8');
      expect(r.stdout).toContain('a-b.md:1:1 error KL017 slug-collision');
    }
    // build reports them the same way, with no stack trace, and writes no site.
    const b = kindling(['build', '--out', join(dir, 'dist'), 'a b.md', 'a-b.md'], dir);
    expect(b.code).toBe(1);
    expect(b.stdout + b.stderr).toContain('KL017');
    expect(b.stdout + b.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(dir, 'dist'))).toBe(false);
  }, 120_000);

  it('exits 2 on a usage error and names the closest option', () => {
    const r = kindling(['verify', '--reportr', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("kindling verify: unknown option --reportr; did you mean --reporter?\nSee 'kindling verify --help'.\n");
  });

  it('writes JSON and JUnit reports that carry each step', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.md'), GOOD);
    const json = kindling(['verify', 'a.md', '--reporter', 'json'], dir);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as { summary: { passed: number }; lessons: Array<{ steps: unknown[] }> };
    expect(report.summary.passed).toBe(1);
    expect(report.lessons[0]!.steps).toHaveLength(2);
    const junit = kindling(['verify', 'a.md', '--reporter', 'junit', '--output-file', 'junit.xml'], dir);
    expect(junit.code).toBe(0);
    const xml = readFileSync(join(dir, 'junit.xml'), 'utf8');
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
    expect(xml).toContain('<testcase');
  });

  it('prints no colour when the output is not a terminal', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.md'), GOOD);
    const r = kindling(['verify', 'a.md'], dir);
    expect(r.stdout).not.toContain('\x1b[');
  });

  it('runs only its shard of the lessons', () => {
    const dir = tempDir();
    for (const n of ['a', 'b', 'c']) writeFileSync(join(dir, `${n}.md`), GOOD);
    const first = kindling(['verify', '.', '--shard', '1/2'], dir);
    const second = kindling(['verify', '.', '--shard', '2/2'], dir);
    expect(first.stdout).toContain('2 lessons:');
    expect(second.stdout).toContain('1 lesson:');
  });
});

describe('kindling update', () => {
  it('fills in outputs and changes nothing else, and a second run changes nothing', () => {
    const dir = tempDir();
    const bare = GOOD.replace('one\n$ kubectl', '$ kubectl').replace('node/kind-control-plane\n', '');
    writeFileSync(join(dir, 'a.md'), bare);
    const r = kindling(['update', 'a.md'], dir);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe(GOOD);
    expect(kindling(['update', 'a.md'], dir).stdout).toContain('unchanged');
  });

  it('prints [n/N] and the diff of each output it changed', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.md'), GOOD.replace('one\n$ kubectl', 'uno\n$ kubectl'));
    const r = kindling(['update', 'a.md'], dir);
    expect(r.stdout).toBe(
      ['[1/1] ✓ a.md  updated (1 output changed)', '  a.md:6:1 $ echo one', '    --- recorded', '    +++ captured', '    @@ -7 +7 @@', '    -uno', '    +one', ''].join('\n'),
    );
  });

  it('leaves every lesson in the repository unchanged (they are up to date and deterministic)', () => {
    const dir = tempDir();
    cpSync(join(repoRoot, 'lessons'), join(dir, 'lessons'), { recursive: true });
    const r = kindling(['update', 'lessons'], dir);
    expect(r.code).toBe(0);
    for (const f of readdirSync(join(dir, 'lessons'))) {
      expect(readFileSync(join(dir, 'lessons', f), 'utf8'), f).toBe(readFileSync(join(repoRoot, 'lessons', f), 'utf8'));
    }
  });
});

describe('kindling build', () => {
  it('renders the index and one page per lesson', () => {
    const dir = tempDir();
    cpSync(join(repoRoot, 'lessons'), join(dir, 'lessons'), { recursive: true });
    const r = kindling(['build', '--out', 'site'], dir);
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, 'site/index.html'))).toBe(true);
    for (const f of readdirSync(join(dir, 'lessons'))) {
      expect(existsSync(join(dir, 'site', f.replace(/\.md$/, ''), 'index.html')), f).toBe(true);
    }
  });

  it('fails without touching the previous site when a lesson fails', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.md'), GOOD);
    expect(kindling(['build', 'a.md', '--out', 'site'], dir).code).toBe(0);
    const before = readFileSync(join(dir, 'site/index.html'), 'utf8');
    writeFileSync(join(dir, 'a.md'), GOOD.replace('one\n$ kubectl', 'two\n$ kubectl'));
    const r = kindling(['build', 'a.md', '--out', 'site'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('build failed');
    expect(readFileSync(join(dir, 'site/index.html'), 'utf8')).toBe(before);
  });

  it('takes the site title from kindling.config.json, and refuses a config with a problem, saying where', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.md'), GOOD);
    writeFileSync(join(dir, 'kindling.config.json'), '{"title": "Kube School", "baseUrl": "https://me.github.io/k/"}\n');
    expect(kindling(['build', 'a.md', '--out', 'site'], dir).code).toBe(0);
    expect(readFileSync(join(dir, 'site/index.html'), 'utf8')).toContain('<h1>Kube School</h1>');
    expect(readFileSync(join(dir, 'site/sitemap.xml'), 'utf8')).toContain('<loc>https://me.github.io/k/a/index.html</loc>');
    writeFileSync(join(dir, 'kindling.config.json'), '{\n  "titel": "Kube School"\n}\n');
    const r = kindling(['build', 'a.md', '--out', 'site'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'kindling.config.json:2:3 error KL852 unknown-site-config-key: Unknown key "titel" in kindling.config.json, expected one of: title, baseUrl, editUrl, logo, playground. Did you mean "title"?\n\nbuild failed: fix the site configuration above\n',
    );
  });
});

describe('kindling new', () => {
  it('scaffolds a lesson whose recorded outputs verify', () => {
    const dir = tempDir();
    const r = kindling(['new', 'hello-pod'], dir);
    expect(r.code).toBe(0);
    const text = readFileSync(join(dir, 'lessons/hello-pod.md'), 'utf8');
    expect(text).not.toMatch(/^tags:/m); // no tag that looks like a draft flag
    expect(text).toContain('pod/hello-pod condition met');
    expect(kindling(['verify'], dir).code).toBe(0);
    expect(kindling(['new', 'hello-pod'], dir).code).toBe(2);
  });
});

describe('kindling help and explain', () => {
  it('shows help for every command', () => {
    for (const c of ['build', 'verify', 'update', 'new', 'explain']) {
      const r = kindling([c, '--help']);
      expect(r.code, c).toBe(0);
      expect(r.stdout, c).toMatch(new RegExp(`^Usage: kindling ${c}`));
    }
    expect(kindling(['--help']).stdout).toContain('Commands:');
    expect(kindling(['frobnicate']).code).toBe(2);
  });

  it('explains a diagnostic code', () => {
    const r = kindling(['explain', 'KL201']);
    expect(r.stdout).toBe(
      [
        'KL201 unknown-attribute',
        '',
        'A fence info string has an attribute kindling does not know.',
        '',
        'Message: Unknown attribute "{name}", expected one of: {attributes}',
        '',
        'For example:',
        '',
        '    ---',
        '    title: Example',
        '    ---',
        '',
        '    ```console bogus=1',
        '    $ echo hi',
        '    hi',
        '    ```',
        '',
        'What to do: Use one of the attributes the reference lists; check for typos.',
        '',
        'See docs/lesson-format.md#fence-attributes and docs/lesson-format.md#problems-in-a-lesson.',
        '',
      ].join('\n'),
    );
  });
});

describe('the npm scripts', () => {
  // Every lesson of the repository, in worker threads: minutes on a loaded machine (a hang guard only).
  it('npm start builds the site from lessons/ on the simulator', async () => {
    const { stdout } = await execa('node', [bin, 'build', '--out', join(tempDir(), 'dist')], { cwd: repoRoot });
    expect(stdout).toContain('wrote');
  }, 600_000);
});

describe('kindling verify --reporter stale and update --only-stale / --mark-stale', () => {
  const fixture = readFileSync(join(repoRoot, 'test/verify/fixtures/stale/documented.md'), 'utf8');

  it('reports the stale lines, marked and not, and fails on the unmarked one', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'docs.md'), fixture);
    const r = kindling(['verify', '--reporter', 'stale', 'docs.md'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('docs.md:10  format (marked)  `$ kubectl create secret generic db --from-literal=user=admin`');
    expect(r.stdout).toContain('docs.md:23  behaviour (NOT MARKED)  `$ kubectl get secret db`');
    expect(r.stderr).toContain('KL601 output-mismatch');
    const json = JSON.parse(kindling(['verify', '--reporter', 'stale-json', 'docs.md'], dir).stdout) as { classes: Record<string, number> };
    expect(json.classes).toEqual({ format: 1, behaviour: 1, error: 0 });
  });

  it('--mark-stale marks the failing line and keeps every documented line; then the lesson verifies', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'docs.md'), fixture);
    expect(kindling(['update', '--mark-stale', 'docs.md'], dir).code).toBe(0);
    const after = readFileSync(join(dir, 'docs.md'), 'utf8');
    expect(after).toBe(fixture.replace('```console\n$ kubectl get secret db', '```console stale="3:behaviour"\n$ kubectl get secret db'));
    expect(kindling(['verify', 'docs.md'], dir).code).toBe(0);
  });

  it('--only-stale rewrites just the stale lines (the marked one too, and its mark goes); lines that match after normalization stay', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'docs.md'), fixture);
    expect(kindling(['update', '--only-stale', 'docs.md'], dir).code).toBe(0);
    const after = readFileSync(join(dir, 'docs.md'), 'utf8');
    expect(after).toContain('```console\n$ kubectl create secret generic db --from-literal=user=admin\nsecret/db created\n');
    expect(after).toContain('web-75675f5897-7ci7o   1/1     Running   0          5d    172.17.0.6   minikube');
    // The header matches after normalization and stays as documented; the row is rewritten.
    expect(after).toMatch(/\nNAME   TYPE     DATA      AGE\ndb     Opaque   1      \d+s\n/);
    expect(kindling(['verify', 'docs.md'], dir).code).toBe(0);
  });

  it('--match exact on the command line overrides the lesson\'s match: normalized', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'docs.md'), fixture);
    const r = kindling(['verify', '--match', 'exact', 'docs.md'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('`$ kubectl get pods -o wide` differs');
    expect(kindling(['verify', '--match', 'fuzzy', 'docs.md'], dir)).toMatchObject({ code: 2, stderr: expect.stringContaining('option --match expects one of: exact, normalized, got "fuzzy"') });
  });
});
