// A served simulator and the real kubectl pointed at it: a temp HOME per harness (so kubectl's
// discovery and dispatcher caches start fresh), TZ=UTC, a kubeconfig for the server, a log of the
// requests the server saw, and helpers to run kubectl in the foreground or in the background.
import { createServer } from 'node:net';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { SimSession } from '../../../src/backends/sim/sim-session.js';
import { ApiServer } from '../../../src/sim/api/api-server.js';
import type { KubeObject } from '../../../src/sim/api/types.js';
import { Cluster } from '../../../src/sim/cluster/cluster.js';
import { defaultSimConfig, type SimConfig } from '../../../src/sim/core/config/config.js';
import { createApiServer, type ApiServerOptions, type SimApiServer } from '../../../src/server/create-api-server.js';
import { writeKubeconfig } from '../../../src/server/write-kubeconfig.js';
import { requireTool } from '../../support/tools.js';

export const KUBECTL = '/usr/bin/kubectl';

/** Whether the real kubectl is here (skips visibly when it is not; fails under KINDLING_REQUIRE_TOOLS=1). */
export const kubectlCheck = requireTool('kubectl', KUBECTL);

export interface KubectlResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  /** Wall-clock time of the kubectl process. */
  ms: number;
}

export interface RequestRecord {
  method: string;
  url: string;
  accept: string | undefined;
}

/** A kubectl left running (get -w, logs -f, wait): its output so far, and its end. */
export interface Background {
  readonly stdout: () => string;
  readonly stderr: () => string;
  readonly done: Promise<KubectlResult>;
  kill(signal?: NodeJS.Signals): void;
}

export interface Harness {
  cluster: Cluster;
  server: SimApiServer;
  dir: string;
  requests: RequestRecord[];
  /** Runs kubectl to completion. */
  kubectl(args: string[], options?: { input?: string }): Promise<KubectlResult>;
  /** Starts kubectl and returns at once (its stdin: `input`, then EOF; `env`: added variables). */
  background(args: string[], options?: { input?: string; env?: Record<string, string> }): Background;
  /** Writes a file into the harness directory (kubectl runs there) and returns its name. */
  file(name: string, content: string): string;
  /** Resolves once a request matching `test` has arrived (checking those already seen). */
  waitForRequest(test: (r: RequestRecord) => boolean, timeoutMs?: number): Promise<RequestRecord>;
  /** Waits (in real time) until `check` holds, polling. */
  until(check: () => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

/** The simulator's default cluster config at a fixed start, or with overrides. */
export function testConfig(overrides: Partial<SimConfig> = {}): SimConfig {
  return { ...defaultSimConfig(), ...overrides };
}

/** Creates objects from YAML directly in the simulator (setup that is not under test). */
export function createObjects(cluster: Cluster, yaml: string, namespace = 'default'): KubeObject[] {
  return parseAllDocuments(yaml).map((doc) => {
    const obj = doc.toJS() as KubeObject;
    const type = ApiServer.typeOf(obj);
    if (!type) throw new Error(`no served type for ${obj.apiVersion}/${obj.kind}`);
    return cluster.api.create(type, type.namespaced ? namespace : undefined, obj);
  });
}

function collect(child: ChildProcess, started: number): { stdout: () => string; stderr: () => string; done: Promise<KubectlResult> } {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<KubectlResult>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ stdout, stderr, exitCode: code ?? (signal ? 128 : -1), ms: performance.now() - started }));
  });
  return { stdout: () => stdout, stderr: () => stderr, done };
}

/** Starts a server for `cluster` (manual clock unless told otherwise) with a fresh kubectl home. */
export async function startHarness(cluster: Cluster, options: Partial<ApiServerOptions> = {}): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'kindling-server-test-'));
  const requests: RequestRecord[] = [];
  const waiters = new Set<() => void>();
  const server = await createApiServer(cluster, {
    clock: { mode: 'manual' },
    ...options,
    onRequest: (r) => {
      requests.push(r);
      for (const w of [...waiters]) w();
    },
  });
  const kubeconfig = await writeKubeconfig(join(dir, 'kube'), server.url);
  const env = { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: join(dir, 'home'), KUBECONFIG: kubeconfig, TZ: 'UTC', LANG: 'C' };
  const children = new Set<ChildProcess>();
  const start = (args: string[], extra: Record<string, string> = {}) => {
    const child = spawn(KUBECTL, args, { cwd: dir, env: { ...env, ...extra }, stdio: ['pipe', 'pipe', 'pipe'] });
    children.add(child);
    child.on('close', () => children.delete(child));
    return child;
  };
  const harness: Harness = {
    cluster,
    server,
    dir,
    requests,
    kubectl(args, opts = {}) {
      const started = performance.now();
      const child = start(args);
      const result = collect(child, started);
      child.stdin?.end(opts.input ?? '');
      return result.done;
    },
    background(args, opts = {}) {
      const started = performance.now();
      const child = start(args, opts.env);
      child.stdin?.end(opts.input ?? '');
      const result = collect(child, started);
      return { ...result, kill: (signal = 'SIGTERM') => child.kill(signal) };
    },
    file(name, content) {
      writeFileSync(join(dir, name), content);
      return name;
    },
    waitForRequest(test, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        let seen = 0;
        const check = () => {
          for (; seen < requests.length; seen++) {
            if (test(requests[seen]!)) {
              waiters.delete(check);
              clearTimeout(timer);
              resolve(requests[seen]!);
              return;
            }
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no matching request within ${timeoutMs} ms; saw: ${requests.map((r) => `${r.method} ${r.url}`).join(', ')}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    async until(check, timeoutMs = 10_000) {
      const deadline = performance.now() + timeoutMs;
      while (!check()) {
        if (performance.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    async close() {
      for (const c of children) c.kill('SIGKILL');
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return harness;
}

/** A harness whose cluster belongs to a lesson session, so our built-in kubectl can run on the same state. */
export interface SimHarness extends Harness {
  session: SimSession;
  /**
   * Runs a command with our built-in kubectl (stdout and stderr interleaved). Like every lesson
   * command, it first lets one second of virtual time pass (the session's commandStep).
   */
  builtin(command: string): string;
}

export async function startSimHarness(config: SimConfig = testConfig(), options: Partial<ApiServerOptions> = {}): Promise<SimHarness> {
  const session = new SimSession(config);
  const harness = await startHarness(session.cluster, options);
  return {
    ...harness,
    session,
    file(name, content) {
      void session.writeFile(name, content);
      return harness.file(name, content);
    },
    builtin: (command) => session.runSync(command, { timeoutMs: 600_000 }).output,
  };
}

/** A port nothing on 127.0.0.1 listens on now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}
