// A simulated cluster and its lesson shell for kubectl's behaviour tests: each command line runs
// as a lesson step, with stdout and stderr captured apart (stderr is redirected to a file in the
// command line itself, then read back from the virtual filesystem), plus the manifests the tests
// share.
import { SimSession } from '../../../../src/backends/sim/sim-session.js';
import { defaultSimConfig, resolveSimConfig, type SimConfig } from '../../../../src/sim/core/config/config.js';

/** A step's time limit: long enough for every test; a hung simulation stops at it. */
const STEP_TIMEOUT_MS = 15 * 60_000;
const STDERR = '/tmp/.kubectl-test-stderr';

export interface Captured {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export class KubectlSession {
  readonly sim: SimSession;

  constructor(config: SimConfig = defaultSimConfig()) {
    this.sim = new SimSession(config);
  }

  /** Writes a file into the lesson's workspace. */
  file(path: string, content: string): this {
    void this.sim.writeFile(path, content);
    return this;
  }

  /** Runs a command line; stdout and stderr come back separately. */
  run(command: string): Captured {
    const result = this.sim.runSync(`{ ${command}\n} 2>${STDERR}`, { timeoutMs: STEP_TIMEOUT_MS });
    let stderr = '';
    try {
      stderr = this.sim.fs.readFile(STDERR);
    } catch {
      stderr = '';
    }
    return { stdout: result.output, stderr, exitCode: result.exitCode };
  }

  /** Runs a command line as a lesson does: stdout and stderr interleaved in the order written. */
  both(command: string): { output: string; exitCode: number } {
    const result = this.sim.runSync(command, { timeoutMs: STEP_TIMEOUT_MS });
    return { output: result.output, exitCode: result.exitCode };
  }

  /** Runs commands that must succeed (setup); throws with their output otherwise. */
  ok(...commands: string[]): this {
    for (const command of commands) {
      const r = this.both(command);
      if (r.exitCode !== 0) throw new Error(`setup step failed: ${command}\n${r.output}`);
    }
    return this;
  }

  /** Lets virtual time pass (the cluster's controllers and containers run meanwhile). */
  wait(ms: number): this {
    void this.sim.wait(ms);
    return this;
  }

  /** Virtual milliseconds since the epoch. */
  now(): number {
    return this.sim.now();
  }
}

/** kind's three-node cluster: a tainted control plane and two workers. */
export const THREE_NODES = resolveSimConfig({ nodes: [{ name: 'kind-control-plane', role: 'control-plane' }, 'kind-worker', 'kind-worker2'] }).config;

export const WEB_POD = `apiVersion: v1
kind: Pod
metadata:
  name: web
  labels:
    app: web
spec:
  containers:
  - name: nginx
    image: nginx:1.27
    ports:
    - containerPort: 80
`;

/** A busybox pod whose PID 1 (`sh -c sleep`) ignores SIGTERM: deleting it takes the grace period. */
export const SLEEPER_POD = `apiVersion: v1
kind: Pod
metadata:
  name: sleeper
  labels:
    app: sleeper
spec:
  containers:
  - name: main
    image: busybox:1.36
    command: ['sh', '-c', 'sleep 3600']
`;

/** Two app containers: the first ticks every 5 s. */
export const TWO_CONTAINERS_POD = `apiVersion: v1
kind: Pod
metadata:
  name: two
spec:
  containers:
  - name: first
    image: busybox:1.36
    command: ['sh', '-c', 'i=0; while true; do echo tick $i; i=$((i+1)); sleep 5; done']
  - name: second
    image: busybox:1.36
    command: ['sh', '-c', 'echo second; sleep 3600']
`;

/** The Kubernetes docs' init-container pod (one init container, waiting for a service). */
export const INIT_POD = `apiVersion: v1
kind: Pod
metadata:
  name: myapp-pod
  labels:
    app.kubernetes.io/name: MyApp
spec:
  containers:
  - name: myapp-container
    image: busybox:1.28
    command: ['sh', '-c', 'echo The app is running! && sleep 3600']
  initContainers:
  - name: init-myservice
    image: busybox:1.28
    command: ['sh', '-c', "until nslookup myservice.$(cat /var/run/secrets/kubernetes.io/serviceaccount/namespace).svc.cluster.local; do echo waiting for myservice; sleep 2; done"]
`;

export const CONFIGMAPS = `apiVersion: v1
kind: ConfigMap
metadata:
  name: one
data:
  a: "1"
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: two
data:
  b: "2"
`;

export function configMap(name: string, data: Record<string, string>, extra = ''): string {
  const lines = Object.entries(data).map(([k, v]) => `  ${k}: "${v}"`);
  return `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n${extra}data:\n${lines.join('\n')}\n`;
}
