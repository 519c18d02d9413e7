// Before the first lesson: does the context exist, does its API server answer, and how far apart
// are kubectl's and the server's versions? Once per kubeconfig and context in a run.
import { clusterCodes } from './codes.js';
import { ClusterError } from './cluster-error.js';
import { runTool } from './run-tool.js';

export interface ClusterTarget {
  /** KUBECONFIG (path or list); undefined: the caller's. */
  kubeconfig?: string;
  /** Context; undefined: the current one. */
  context?: string;
}

export interface ClusterFacts {
  /** `v1.32.2`: what the server says it runs. */
  serverVersion: string;
  clientVersion: string;
  /** kubectl's own skew warning, when the minor versions are more than one apart. */
  skewWarning?: string;
}

/** How long kubectl may take to answer `version` from a cluster that does answer. */
const PROBE_TIMEOUT_MS = 30_000;

export function kubectlEnv(target: ClusterTarget): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = { ...process.env };
  if (target.kubeconfig !== undefined) env['KUBECONFIG'] = target.kubeconfig;
  return env;
}

export function contextArgs(target: ClusterTarget): string[] {
  return target.context === undefined ? [] : ['--context', target.context];
}

interface VersionInfo {
  major?: string;
  minor?: string;
  gitVersion?: string;
}

/** `1.32` from a version.Info; `minor` may carry a `+` (managed clusters: `29+`). */
function majorMinor(info: VersionInfo): [number, number] | undefined {
  const m = /^v?(\d+)\.(\d+)/.exec(info.gitVersion ?? '');
  if (m) return [Number(m[1]), Number(m[2])];
  const major = Number.parseInt(info.major ?? '', 10);
  const minor = Number.parseInt(info.minor ?? '', 10);
  return Number.isNaN(major) || Number.isNaN(minor) ? undefined : [major, minor];
}

/**
 * kubectl's warning, in its words (staging/src/k8s.io/kubectl/pkg/cmd/version/version.go,
 * supportedMinorSkew = 1): printed when the majors differ or the minors are more than one apart.
 */
export function skewWarning(client: VersionInfo, server: VersionInfo): string | undefined {
  const c = majorMinor(client);
  const s = majorMinor(server);
  if (!c || !s) return undefined;
  const skew = c[0] !== s[0] ? Infinity : Math.abs(c[1] - s[1]);
  if (skew <= 1) return undefined;
  return `WARNING: version difference between client (${c[0]}.${c[1]}) and server (${s[0]}.${s[1]}) exceeds the supported minor version skew of +/-1`;
}

/** Where kubectl's kubeconfig complaint names a missing context or none at all. */
function isContextProblem(stderr: string): boolean {
  return /error: context ".*" does not exist|context was not found for specified context|no context exists with the name|current-context is not set|current-context must exist|invalid configuration: no configuration has been provided/.test(stderr);
}

function lastLine(text: string): string {
  const lines = text.trim().split('\n').filter((l) => l.trim() !== '');
  return lines[lines.length - 1] ?? '';
}

export function describeTarget(target: ClusterTarget): string {
  return target.context === undefined ? 'the current kubeconfig context' : `kubeconfig context "${target.context}"`;
}

/** Asks the cluster for its version; throws a ClusterError with a code for each way that fails. */
export async function probeCluster(target: ClusterTarget): Promise<ClusterFacts> {
  const result = await runTool('kubectl', ['version', '-o', 'json', ...contextArgs(target)], { env: kubectlEnv(target), timeoutMs: PROBE_TIMEOUT_MS });
  if (result.notFound) {
    throw new ClusterError(clusterCodes.kubectlNotFound, 'kubectl is not on PATH; install kubectl v1.32 (https://kubernetes.io/docs/tasks/tools/) to run lessons on a cluster');
  }
  let parsed: { clientVersion?: VersionInfo; serverVersion?: VersionInfo } = {};
  try {
    parsed = JSON.parse(result.stdout) as typeof parsed;
  } catch {
    // kubectl printed nothing usable: the error is on stderr.
  }
  if (isContextProblem(result.stderr)) {
    throw new ClusterError(clusterCodes.contextUnknown, `${describeTarget(target)} cannot be used: ${lastLine(result.stderr)}`);
  }
  if (!parsed.serverVersion?.gitVersion) {
    const why = result.timedOut ? `no answer within ${PROBE_TIMEOUT_MS / 1000}s` : lastLine(result.stderr) || `kubectl exited with ${result.exitCode ?? 'a signal'}`;
    throw new ClusterError(clusterCodes.unreachable, `the API server of ${describeTarget(target)} did not answer: ${why}`);
  }
  const facts: ClusterFacts = { serverVersion: parsed.serverVersion.gitVersion, clientVersion: parsed.clientVersion?.gitVersion ?? 'unknown' };
  const warning = skewWarning(parsed.clientVersion ?? {}, parsed.serverVersion);
  if (warning) facts.skewWarning = warning;
  return facts;
}

const probes = new Map<string, Promise<ClusterFacts>>();

/** probeCluster, once per target in this process (the answer, or the error, is shared). */
export function probeClusterOnce(target: ClusterTarget): Promise<ClusterFacts> {
  const key = JSON.stringify([target.kubeconfig ?? process.env['KUBECONFIG'] ?? '', target.context ?? '']);
  let probe = probes.get(key);
  if (!probe) {
    probe = probeCluster(target);
    probes.set(key, probe);
  }
  return probe;
}
