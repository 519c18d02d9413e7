// `kindling sim serve [lesson.md]`: serves a simulated cluster over the Kubernetes API on
// 127.0.0.1 (or --address), so the real kubectl (or anything with its kubeconfig) can drive it.
// Empty, or in the state a lesson leaves it after running on the simulator. The clock runs in real
// time (× --speed). HTTPS with a certificate made at start, and a bearer token every request must
// carry: both only in the kubeconfig it writes (mode 0600), so other users of the machine cannot
// use the served cluster. `--insecure-http` serves plain HTTP without a token, for old tools.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simConfigDiagnostics } from '../../backends/sim/sim-config-diagnostics.js';
import { SimSession } from '../../backends/sim/sim-session.js';
import type { Backend } from '../../backends/types.js';
import { parseLessonBytes } from '../../lesson/parse-lesson.js';
import { hasErrors, type Lesson } from '../../lesson/types.js';
import { runLesson } from '../../run/run-lesson.js';
import { createApiServer, PortInUseError } from '../../server/create-api-server.js';
import { makeServeCredentials } from '../../server/serve-credentials.js';
import { writeKubeconfig } from '../../server/write-kubeconfig.js';
import { Cluster, defaultSimConfig, resolveSimConfig, type SimConfig } from '../../sim/index.js';
import { formatProblem } from '../../verify/reporters/format-problem.js';
import { UsageError, type ParsedArgs } from '../parse-args.js';
import { respawnServe, shouldRespawn, stopWithParent } from '../serve-process.js';
import type { Terminal } from '../terminal.js';

interface Served {
  cluster: Cluster;
  /** What is served, for the banner: `an empty cluster`, `the cluster lessons/x.md leaves`. */
  what: string;
}

/** Whole seconds, as API timestamps are. */
function nowSeconds(): number {
  return Math.floor(Date.now() / 1000) * 1000;
}

/** Runs the lesson on the simulator with `config`; returns the session's cluster and the lesson's outcome. */
async function runOnSim(lesson: Lesson, config: SimConfig): Promise<{ cluster: Cluster; failure: string | undefined }> {
  let session: SimSession | undefined;
  const backend: Backend = {
    name: 'sim',
    describe: () => 'sim (the kindling simulator, Kubernetes v1.32)',
    open: async () => (session = new SimSession(config)),
  };
  const run = await runLesson(lesson, backend);
  if (!session) throw new Error('the lesson run did not open a session');
  return { cluster: session.cluster, failure: run.failure ? formatProblem(run.failure, { color: false }) : undefined };
}

/**
 * The cluster a lesson leaves. Unless the lesson fixes `sim.start`, it runs twice: once to learn
 * how much virtual time it takes, then again starting that long ago, so the served cluster's
 * clock reads the real time and kubectl's client-side ages (describe's events) come out right.
 */
async function lessonCluster(file: string, term: Terminal): Promise<Served | number> {
  let source: Buffer;
  try {
    source = await readFile(file);
  } catch (e) {
    throw new UsageError(`cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const lesson = parseLessonBytes(file, source);
  const { config, problems } = resolveSimConfig(lesson.meta.sim);
  const diagnostics = [...lesson.diagnostics, ...simConfigDiagnostics(lesson, problems)];
  if (hasErrors(diagnostics)) {
    for (const d of diagnostics.filter((x) => x.severity === 'error')) term.err(`${formatProblem(d, { color: term.colorErr })}\n`);
    term.err(`kindling sim serve: ${file} has errors, so it was not run\n`);
    return 1;
  }
  const fixedStart = lesson.meta.sim !== undefined && 'start' in lesson.meta.sim;
  let result: Awaited<ReturnType<typeof runOnSim>>;
  if (fixedStart) {
    result = await runOnSim(lesson, config);
  } else {
    const probeStart = nowSeconds();
    const probe = await runOnSim(lesson, { ...config, start: probeStart });
    const took = Math.max(0, probe.cluster.now() - probeStart);
    result = await runOnSim(lesson, { ...config, start: nowSeconds() - Math.ceil(took / 1000) * 1000 });
  }
  if (result.failure) term.err(`${result.failure}\nkindling sim serve: the lesson failed; serving the state it reached\n`);
  return { cluster: result.cluster, what: `the cluster ${file} leaves` };
}

function emptyCluster(): Served {
  return { cluster: new Cluster({ ...defaultSimConfig(), start: nowSeconds() }), what: 'an empty cluster' };
}

function stringOption(args: ParsedArgs, name: string): string | undefined {
  const raw = args.options[name];
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string' || raw.trim() === '') throw new UsageError(`option --${name} expects a value`);
  return raw;
}

function numberOption(args: ParsedArgs, name: string, fallback: number, ok: (n: number) => boolean, expected: string): number {
  const raw = args.options[name];
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (typeof raw !== 'string' || raw.trim() === '' || !ok(n)) throw new UsageError(`option --${name} expects ${expected}, got "${String(raw)}"`);
  return n;
}

const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** `kindling sim <subcommand>`; only `serve` so far. Resolves on SIGINT/SIGTERM. */
export async function simCommand(args: ParsedArgs, term: Terminal): Promise<number> {
  const [sub, ...rest] = args.positionals;
  if (sub !== 'serve') throw new UsageError(sub === undefined ? 'expected a subcommand: serve' : `unknown subcommand "${sub}"; expected: serve`);
  if (rest.length > 1) throw new UsageError(`expected at most one lesson file, got ${rest.length}`);
  const port = numberOption(args, 'port', 0, (n) => Number.isInteger(n) && n >= 0 && n <= 65535, 'a port number (0 picks a free one)');
  const speed = numberOption(args, 'speed', 1, (n) => Number.isFinite(n) && n > 0, 'a positive number');
  const address = stringOption(args, 'address') ?? '127.0.0.1';
  if (!/^[A-Za-z0-9.:_-]+$/.test(address)) throw new UsageError(`option --address expects an IP address or host name, got "${address}"`);
  const insecure = args.options['insecure-http'] === true;
  // On Linux the server runs in a child started with a malloc setting that gives memory back (serve-process.ts).
  if (shouldRespawn()) return respawnServe();
  const served = rest[0] !== undefined ? await lessonCluster(rest[0], term) : emptyCluster();
  if (typeof served === 'number') return served;
  const credentials = insecure ? undefined : await makeServeCredentials(address);
  let server;
  try {
    server = await createApiServer(served.cluster, {
      port,
      address,
      clock: { mode: 'realtime', speed },
      ...(typeof globalThis.gc === 'function' && { collectGarbage: globalThis.gc }),
      ...(credentials && { token: credentials.token, tls: { key: credentials.key, cert: credentials.cert } }),
    });
  } catch (e) {
    if (e instanceof PortInUseError) {
      term.err(`kindling sim serve: port ${port} on ${address} is already in use; choose another with --port\n`);
      return 2;
    }
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
      term.err(`kindling sim serve: cannot listen on ${address}: it is not an address of this machine\n`);
      return 2;
    }
    throw e;
  }
  const dir = await mkdtemp(join(tmpdir(), 'kindling-sim-'));
  const kubeconfig = await writeKubeconfig(dir, server.url, undefined, credentials && { token: credentials.token, ca: credentials.cert });
  term.out(`export KUBECONFIG=${kubeconfig}\n`);
  const version = served.cluster.config.kubernetesVersion;
  term.err(`kindling sim serve: serving ${served.what} (Kubernetes ${version}) at ${server.url}, the clock at ${speed}x real time; Ctrl-C to stop\n`);
  return new Promise<number>((done) => {
    let stopping = false;
    // A Ctrl-C reaches both this process and the parent that forwards it: a second signal while
    // stopping is ignored (the listeners stay until the server is closed).
    const stop = () => {
      if (stopping) return;
      stopping = true;
      unwatchParent();
      void server
        .close()
        .then(() => rm(dir, { recursive: true, force: true }))
        .then(() => {
          for (const signal of STOP_SIGNALS) process.off(signal, stop);
          done(0);
        });
    };
    for (const signal of STOP_SIGNALS) process.on(signal, stop);
    const unwatchParent = stopWithParent(stop);
  });
}
