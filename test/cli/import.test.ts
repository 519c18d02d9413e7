// `kindling import` as users run it: a real process and real files. A page with errors leaves
// nothing behind; an unreadable page is a coded diagnostic; explain knows the import's codes.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/golden.js';

const bin = join(repoRoot, 'bin/kindling.js');
const dir = mkdtempSync(join(tmpdir(), 'kindling-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function kindling(args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A page in a copy of the website's layout: content/en/docs/... beside content/en/examples. */
function site(name: string, body: string): string {
  const docs = join(dir, name, 'content/en/docs/tasks');
  mkdirSync(docs, { recursive: true });
  mkdirSync(join(dir, name, 'content/en/examples/pods'), { recursive: true });
  writeFileSync(join(dir, name, 'content/en/examples/pods/hello.yaml'), "apiVersion: v1\nkind: Pod\nmetadata:\n  name: hello\nspec:\n  containers:\n  - name: hello\n    image: busybox:1.36\n    command: ['sh', '-c', 'echo hello && sleep 3600']\n");
  writeFileSync(join(docs, 'hello.md'), body);
  return join(name, 'content/en/docs/tasks/hello.md');
}

const FENCE = '```';
const GOOD = `---\ntitle: Hello\ncontent_type: task\n---\n\n{{% code_sample file="pods/hello.yaml" %}}\n\nCreate it:\n\n${FENCE}shell\nkubectl apply -f https://k8s.io/examples/pods/hello.yaml\n${FENCE}\n\nThe output is similar to:\n\n${FENCE}\npod/hello created\n${FENCE}\n\n${FENCE}shell\nkubectl wait --for=condition=Ready pod/hello\nkubectl logs hello\n${FENCE}\n`;

describe('kindling import', () => {
  it('finds the examples beside the page, writes the lesson, and --record fills only the outputs the page does not show', () => {
    const page = site('good', GOOD);
    const r = kindling(['import', page, '--out', 'out/hello.md', '--commit', 'abc', '--record']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`imported ${page} -> out/hello.md\n`);
    const lesson = readFileSync(join(dir, 'out/hello.md'), 'utf8');
    expect(lesson).toContain('urls:\n  https://k8s.io/examples/pods/hello.yaml: pods/hello.yaml\n');
    expect(lesson).toContain(`${FENCE}console\n$ kubectl apply -f https://k8s.io/examples/pods/hello.yaml\npod/hello created\n${FENCE}`);
    expect(lesson).toContain(`${FENCE}console\n$ kubectl wait --for=condition=Ready pod/hello\npod/hello condition met\n$ kubectl logs hello\nhello\n${FENCE}`);
    const verify = kindling(['verify', 'out/hello.md']);
    expect(verify.code, verify.stdout + verify.stderr).toBe(0);
  });

  it('writes nothing when the page has errors, and says where', () => {
    const page = site('bad', `---\ntitle: Bad\n---\n\n{{< mystery >}}\n\n{{% code_sample file="pods/nowhere.yaml" %}}\n`);
    const r = kindling(['import', page, '--out', 'out/bad.md']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${page}:5:1 error KL902 unknown-shortcode: Unknown shortcode "mystery"`);
    expect(r.stderr).toContain(`${page}:7:1 error KL903 missing-example-file: Example file "pods/nowhere.yaml" is not in the examples directory`);
    expect(r.stderr).toContain(`not imported: ${page} has 2 error(s); nothing was written\n`);
    expect(existsSync(join(dir, 'out/bad.md'))).toBe(false);
  });

  it('reports a page it cannot read as KL901', () => {
    const r = kindling(['import', 'no/such/page.md', '--out', 'out/none.md']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^no\/such\/page\.md:1:1 error KL901 unreadable-page: Cannot read the page: ENOENT/);
    expect(existsSync(join(dir, 'out/none.md'))).toBe(false);
  });

  it('explains the import codes', () => {
    const r = kindling(['explain', 'KL904']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^KL904 unmapped-url\n\nA command reads a URL/);
  });
});
