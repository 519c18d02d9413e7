// `kindling sim serve` standing in for a real cluster in the cluster backend's tests, and the CLI
// run the way a user runs it (a child process, real bash, the real kubectl).
import { spawn, spawnSync, type ChildProcess, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../../support/golden.js';

export const HOOKS = join(repoRoot, 'test/server/support/register-ts.mjs');
export const CLI = join(repoRoot, 'test/server/support/kindling.mjs');

export interface Served {
  child: ChildProcess;
  kubeconfig: string;
  stop(): Promise<void>;
}

/** A fresh test dir with a HOME and a TMPDIR of its own (so leftovers can be counted). */
export function testDir(name: string): { dir: string; tmp: string; env: NodeJS.ProcessEnv } {
  const dir = mkdtempSync(join(tmpdir(), `kindling-test-${name}-`));
  const tmp = join(dir, 'tmp');
  mkdirSync(tmp);
  mkdirSync(join(dir, 'home'));
  return { dir, tmp, env: { ...process.env, HOME: join(dir, 'home'), TMPDIR: tmp, TZ: 'UTC', NO_COLOR: '1', KUBECONFIG: '' } };
}

/** Starts `kindling sim serve` (its own temp files outside `env.TMPDIR`); resolves once it serves. */
export async function simServe(cwd: string, env: NodeJS.ProcessEnv): Promise<Served> {
  const child = spawn(process.execPath, ['--import', HOOKS, CLI, 'sim', 'serve'], { cwd, env: { ...env, TMPDIR: tmpdir() }, stdio: ['ignore', 'pipe', 'pipe'] });
  const kubeconfig = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /^export KUBECONFIG=(\S+)\n/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.on('exit', (code) => reject(new Error(`kindling sim serve exited with ${code}`)));
  });
  child.stderr!.resume();
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGINT');
    await exited;
  };
  return { child, kubeconfig, stop };
}

export function kindling(args: string[], cwd: string, env: NodeJS.ProcessEnv, timeout = 240_000): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, ['--import', HOOKS, CLI, ...args], { cwd, env, encoding: 'utf8', timeout });
}

export function kubectl(args: string[], kubeconfig: string): SpawnSyncReturns<string> {
  return spawnSync('kubectl', args, { env: { ...process.env, KUBECONFIG: kubeconfig }, encoding: 'utf8', timeout: 30_000 });
}

/** Namespaces whose name starts with `kindling-`. */
export function kindlingNamespaces(kubeconfig: string): string[] {
  const r = kubectl(['get', 'namespaces', '-o', 'name'], kubeconfig);
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout.split('\n').filter((l) => l.startsWith('namespace/kindling-'));
}

/**
 * The `kindling-` namespaces once the server has finished deleting them (or those still there
 * after `limitMs`): a deletion asked for without waiting ends when the namespace's pods have gone.
 */
export async function kindlingNamespacesSettled(kubeconfig: string, limitMs = 120_000): Promise<string[]> {
  const until = Date.now() + limitMs;
  for (;;) {
    const left = kindlingNamespaces(kubeconfig);
    if (left.length === 0 || Date.now() > until) return left;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** What kindling left in a TMPDIR. */
export function leftovers(tmp: string): string[] {
  return readdirSync(tmp);
}

/** Live processes that carry a workspace marker under `tmp` in their environment. */
export function markedProcesses(tmp: string): number[] {
  const found: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      if (stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z')) continue;
      if (readFileSync(`/proc/${name}/environ`).includes(Buffer.from(`KINDLING_WORKSPACE=${tmp}/`))) found.push(Number(name));
    } catch {
      // Gone, or not ours.
    }
  }
  return found;
}

/** A lesson that creates Pod `pod` and checks that it sees it in `default`. */
export function podLesson(title: string, pod: string): string {
  return `---
title: ${title}
---

\`\`\`yaml file=pod.yaml
apiVersion: v1
kind: Pod
metadata:
  name: ${pod}
spec:
  terminationGracePeriodSeconds: 2
  containers:
  - name: main
    image: busybox:1.36
    command: ['sh', '-c', 'echo started; sleep 3600']
\`\`\`

\`\`\`console
$ kubectl apply -f pod.yaml
pod/${pod} created
$ kubectl wait --for=condition=Ready pod/${pod} --timeout=60s
pod/${pod} condition met
$ kubectl get pod ${pod} -o jsonpath='{.metadata.namespace}{"\\n"}'
default
$ kubectl describe pod ${pod} | grep ^Namespace
Namespace:        default
\`\`\`
`;
}

export function write(dir: string, file: string, text: string): string {
  const path = join(dir, file);
  writeFileSync(path, text);
  return path;
}
