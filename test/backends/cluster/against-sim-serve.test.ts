// The real-cluster path end to end, with the one API server we have here: `kindling sim serve`
// stands in for the cluster, and `kindling verify --backend cluster` runs a lesson's commands in
// bash with the real kubectl against it. A lesson whose recorded outputs are right passes; one
// whose recorded log is wrong fails with the diff, at the line of its command.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../support/golden.js';
import { kubectlCheck } from '../../server/support/harness.js';

const HOOKS = join(repoRoot, 'test/server/support/register-ts.mjs');
const CLI = join(repoRoot, 'test/server/support/kindling.mjs');
const dir = mkdtempSync(join(tmpdir(), 'kindling-cluster-backend-'));
// A HOME of the test's own, so the real kubectl's discovery cache starts empty.
const env = { ...process.env, HOME: join(dir, 'home'), TZ: 'UTC', NO_COLOR: '1' };

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const lesson = (title: string, pod: string, log: string) => `---
title: ${title}
---

\`\`\`yaml file=${pod}.yaml
apiVersion: v1
kind: Pod
metadata:
  name: ${pod}
spec:
  containers:
  - name: main
    image: busybox:1.36
    command: ['sh', '-c', 'echo started; sleep 3600']
\`\`\`

\`\`\`console
$ kubectl apply -f ${pod}.yaml
pod/${pod} created
$ kubectl wait --for=condition=Ready pod/${pod} --timeout=60s
pod/${pod} condition met
$ kubectl get pod ${pod} -o wide
NAME[..]READY   STATUS    RESTARTS   AGE   IP[..]NODE[..]
${pod}[..]1/1     Running   0          [..]
$ kubectl logs ${pod}
${log}
\`\`\`

\`\`\`console exit=3
$ kubectl exec ${pod} -- sh -c 'echo $((6 * 7)); exit 3'
42
command terminated with exit code 3
\`\`\`
`;

function serve(): { child: ChildProcess; kubeconfig: Promise<string> } {
  const child = spawn(process.execPath, ['--import', HOOKS, CLI, 'sim', 'serve'], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const kubeconfig = new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /^export KUBECONFIG=(\S+)\n/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.on('exit', (code) => reject(new Error(`kindling sim serve exited with ${code}`)));
  });
  return { child, kubeconfig };
}

describe('kindling verify --backend cluster, against kindling sim serve', () => {
  it.skipIf(!kubectlCheck.available)('passes a lesson whose outputs are right and shows the diff for one that is wrong', async () => {
    writeFileSync(join(dir, 'right.md'), lesson('Right', 'right', 'started'));
    writeFileSync(join(dir, 'wrong.md'), lesson('Wrong', 'wrong', 'finished'));
    const server = serve();
    try {
      const kubeconfig = await server.kubeconfig;
      const verify = spawnSync(
        process.execPath,
        ['--import', HOOKS, CLI, 'verify', '--backend', 'cluster', '--kubeconfig', kubeconfig, '--reporter', 'json', 'right.md', 'wrong.md'],
        { cwd: dir, env, encoding: 'utf8', timeout: 120_000 },
      );
      expect(verify.status, verify.stderr).toBe(1);
      const report = JSON.parse(verify.stdout) as { lessons: { file: string; status: string; problems: { code: string; line: number }[] }[] };
      const byFile = Object.fromEntries(report.lessons.map((l) => [basename(l.file), l]));
      expect(byFile['right.md']!.status).toBe('passed');
      expect(byFile['wrong.md']!.status).toBe('failed');
      expect(byFile['wrong.md']!.problems.map((d) => [d.code, d.line])).toEqual([['KL601', 25]]);
    } finally {
      server.child.kill('SIGINT');
    }
  }, 150_000);

  it('gives the same verdicts when the same lessons run on the built-in simulator', () => {
    writeFileSync(join(dir, 'right.md'), lesson('Right', 'right', 'started'));
    writeFileSync(join(dir, 'wrong.md'), lesson('Wrong', 'wrong', 'finished'));
    const verify = spawnSync(process.execPath, ['--import', HOOKS, CLI, 'verify', '--reporter', 'json', 'right.md', 'wrong.md'], { cwd: dir, env, encoding: 'utf8' });
    expect(verify.status, verify.stderr).toBe(1);
    const report = JSON.parse(verify.stdout) as { lessons: { file: string; status: string; problems: { code: string; line: number }[] }[] };
    expect(report.lessons.map((l) => [basename(l.file), l.status, l.problems.map((p) => `${p.code}:${p.line}`).join(' ')])).toEqual([
      ['right.md', 'passed', ''],
      ['wrong.md', 'failed', 'KL601:25'],
    ]);
  });
});
