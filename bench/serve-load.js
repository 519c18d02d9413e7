// `kindling sim serve` under a bounded local load (issue 14): the server runs as its own process,
// as users start it; against it, at the same time, rounds of concurrent real kubectl 1.32
// (/usr/bin/kubectl, gcloud's dispatcher), watches that clients open and drop mid-stream (raw
// HTTPS requests destroyed after the first event, and `kubectl get -w` killed), 4 MiB bodies
// (the real API server's limit is 3 MiB: 413) and malformed bodies (4xx with a Status). Then
// many big ConfigMaps and Secrets (just under their 1 MiB limit each) are created and deleted, and the
// server's resident memory (VmRSS of its process, from /proc) is read at the start, at the peak
// and after the deletes: it must come back within 20% of the start. The bench starts the command
// as users do and forces nothing (no --expose-gc of its own, no signal to collect): what comes
// back is what the server gives back by itself. On Linux `sim serve` runs its server in a child
// of itself (src/cli/serve-process.ts): the figures are the child's, found through /proc, and the
// parent's (idle, constant) is printed beside them. Prints the figures; never fails the bench on
// them.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';

const KUBECTL = '/usr/bin/kubectl';
const MiB = 1024 * 1024;

/** The resident memory of process `pid` in MiB (Linux /proc), or NaN elsewhere. */
export function rssMiB(pid) {
  try {
    const kib = Number(/^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
    return kib / 1024;
  } catch {
    return Number.NaN;
  }
}

/** The CPU time (user + system) of process `pid` in seconds (Linux /proc), or NaN elsewhere. */
function cpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return Number.NaN;
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The process that serves: `pid`'s only child when it has one (`sim serve` re-executed itself), else `pid`. */
function servingPid(pid) {
  try {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
    return children.length === 1 ? Number(children[0]) : pid;
  } catch {
    return pid;
  }
}

/** Starts `kindling sim serve` and resolves when it prints its KUBECONFIG line and serving line. */
async function startServer(root, cwd, nodeArgs = []) {
  const child = execa(process.execPath, [...nodeArgs, join(root, 'bin/kindling.js'), 'sim', 'serve', '--port', '0'], { cwd, stdin: 'ignore', buffer: false, reject: false });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d.toString()));
  child.stderr.on('data', (d) => (stderr += d.toString()));
  const exited = child.then((r) => r.signal ?? r.exitCode);
  for (let i = 0; i < 1200 && !(/\n/.test(stdout) && /serving/.test(stderr)); i++) await sleep(50);
  const kubeconfig = /^export KUBECONFIG=(\S+)$/m.exec(stdout)?.[1];
  if (kubeconfig === undefined) {
    child.kill('SIGKILL');
    throw new Error(`sim serve did not start: ${stderr}`);
  }
  const text = readFileSync(kubeconfig, 'utf8');
  const url = new URL(/server: (\S+)/.exec(text)[1]);
  const ca = Buffer.from(/certificate-authority-data: (\S+)/.exec(text)[1], 'base64').toString('utf8');
  const token = /token: (\S+)/.exec(text)[1];
  return { child, exited, kubeconfig, url, ca, token, stdout: () => stdout, stderr: () => stderr };
}

/** One HTTPS request to the server; resolves with the status and the body (JSON when it parses). */
function send(server, method, path, body, headers = {}) {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: server.url.hostname,
        port: server.url.port,
        path,
        method,
        ca: server.ca,
        servername: 'localhost',
        agent: false,
        headers: { Authorization: `Bearer ${server.token}`, ...(body !== undefined && { 'Content-Type': 'application/json' }), ...headers },
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json;
          try {
            json = JSON.parse(text);
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode ?? 0, json, text });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    // The server may answer (413) and close before the whole body is written: the write's EPIPE
    // then reaches the socket after the request let go of it.
    req.on('socket', (socket) => socket.on('error', () => {}));
    if (body !== undefined) req.write(body);
    req.end();
  });
}

/**
 * Opens a watch and drops the connection after its first bytes. Resolves to the milliseconds the
 * first bytes took, or undefined when none came within `ms` (a hang guard, not a target).
 */
function droppedWatch(server, path, ms) {
  return new Promise((resolve) => {
    const started = performance.now();
    const req = request({ host: server.url.hostname, port: server.url.port, path, ca: server.ca, servername: 'localhost', agent: false, headers: { Authorization: `Bearer ${server.token}` } }, (res) => {
      res.once('data', () => {
        clearTimeout(guard);
        req.destroy();
        resolve(performance.now() - started);
      });
    });
    req.on('error', () => {
      clearTimeout(guard);
      resolve(undefined);
    });
    const guard = setTimeout(() => {
      req.destroy();
      resolve(undefined);
    }, ms);
    req.end();
  });
}

const isStatus = (r, code) => r.status === code && r.json?.kind === 'Status' && r.json?.apiVersion === 'v1' && r.json?.code === code;

function configMap(name, bytes) {
  return JSON.stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name }, data: { blob: 'x'.repeat(bytes - 200) + name } });
}

function secret(name, bytes) {
  return JSON.stringify({ apiVersion: 'v1', kind: 'Secret', metadata: { name }, type: 'Opaque', data: { blob: Buffer.alloc(Math.floor(((bytes - 200) * 3) / 4), name).toString('base64') } });
}

/** The malformed requests, with the answer the real API server gives each (status code). */
export const MALFORMED = [
  { what: 'a null body', path: '/api/v1/namespaces/default/pods', body: 'null', status: 400 },
  { what: 'truncated JSON', path: '/api/v1/namespaces/default/configmaps', body: '{"kind":', status: 400 },
  { what: 'an array', path: '/api/v1/namespaces/default/configmaps', body: '[]', status: 400 },
  { what: 'a string', path: '/api/v1/namespaces/default/configmaps', body: '"x"', status: 400 },
  { what: '100,000-deep JSON', path: '/api/v1/namespaces/default/configmaps', body: '['.repeat(100_000), status: 400 },
  { what: 'a Service posted to pods', path: '/api/v1/namespaces/default/pods', body: JSON.stringify({ apiVersion: 'v1', kind: 'Service', metadata: { name: 's' } }), status: 400 },
  { what: 'a ConfigMap without a name', path: '/api/v1/namespaces/default/configmaps', body: JSON.stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: {} }), status: 422 },
  { what: 'a ConfigMap with an invalid name', path: '/api/v1/namespaces/default/configmaps', body: JSON.stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'Not_Valid' } }), status: 422 },
  { what: 'a ConfigMap over 1 MiB', path: '/api/v1/namespaces/default/configmaps', body: configMap('too-big', MiB + 4096), status: 422 },
  { what: 'data that is not a map of strings', path: '/api/v1/namespaces/default/configmaps', body: JSON.stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'bad-data' }, data: { a: 1 } }), status: 400 },
];

/**
 * Waits (polling each second, up to `ms`) for the RSS to settle: `steady` reads in a row within 1%
 * of the first of them (the server collects after 2 s without requests; a shorter wait would read
 * the figure before it).
 */
async function settledRss(pid, ms = 30_000, steady = 6, samples = []) {
  let first = rssMiB(pid);
  samples.push(first);
  let run = 1;
  const deadline = performance.now() + ms;
  while (performance.now() < deadline && run < steady) {
    await sleep(1000);
    const now = rssMiB(pid);
    samples.push(now);
    if (Math.abs(now - first) <= first * 0.01) run++;
    else [first, run] = [now, 1];
  }
  return rssMiB(pid);
}

export async function benchServeLoad(root, log, { rounds = 4, concurrency = 6, watches = 40, big = 120, bigBytes = MiB - 4096 } = {}) {
  if (!existsSync(KUBECTL)) {
    log(`serve under load: real kubectl not found at ${KUBECTL}; not measured`);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'kindling-bench-load-'));
  const server = await startServer(root, dir, (process.env.KINDLING_BENCH_SERVE_NODE_ARGS ?? '').split(' ').filter(Boolean));
  const pid = servingPid(server.child.pid);
  const wrapper = pid === server.child.pid ? undefined : server.child.pid;
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: join(dir, 'home'), KUBECONFIG: server.kubeconfig, TZ: 'UTC' };
  const kubectl = (args) => execa(KUBECTL, args, { env, extendEnv: false, reject: false, stdin: 'ignore', timeout: 120_000 });
  const problems = [];
  try {
    await kubectl(['get', 'namespaces']); // discovery cache
    // Warm-up: every kind of request once, so the start figure includes loaded code.
    await send(server, 'POST', '/api/v1/namespaces/default/configmaps', configMap('warm', 4096));
    await send(server, 'DELETE', '/api/v1/namespaces/default/configmaps/warm');
    const start = await settledRss(pid);
    const cpuStart = cpuSeconds(pid);

    // Rounds of concurrent kubectl, dropped watches, oversized and malformed bodies, all at once.
    let kubectlOk = 0;
    let kubectlRuns = 0;
    const watchFirstBytes = [];
    let tooLarge = 0;
    let malformed = 0;
    for (let round = 0; round < rounds; round++) {
      const jobs = [];
      for (let i = 0; i < concurrency; i++) {
        const n = round * concurrency + i;
        const args = [
          ['create', 'configmap', `load-${n}`, `--from-literal=round=${round}`],
          ['get', 'pods', '-A'],
          ['get', 'configmaps', '-o', 'json'],
          ['describe', 'namespace', 'default'],
          ['create', 'deployment', `web-${n}`, '--image=nginx:1.27', '--replicas=2'],
          ['get', 'all', '-A'],
        ][i % 6];
        jobs.push(kubectl(args).then((r) => ((kubectlRuns++, r.exitCode === 0 ? kubectlOk++ : problems.push(`kubectl ${args.join(' ')}: ${r.stderr}`)))));
      }
      // A kubectl watch killed mid-stream.
      const watcher = execa(KUBECTL, ['get', 'configmaps', '-w'], { env, extendEnv: false, reject: false, stdin: 'ignore' });
      for (let i = 0; i < watches / rounds; i++) {
        const path = i % 2 ? '/api/v1/namespaces/default/configmaps?watch=1' : '/api/v1/pods?watch=true&resourceVersion=0';
        jobs.push(droppedWatch(server, path, 60_000).then((ms) => void (ms !== undefined && watchFirstBytes.push(ms))));
      }
      jobs.push(
        send(server, 'POST', '/api/v1/namespaces/default/configmaps', configMap(`huge-${round}`, 4 * MiB)).then((r) =>
          isStatus(r, 413) && r.json.reason === 'RequestEntityTooLarge' ? tooLarge++ : problems.push(`4 MiB body: ${r.status} ${r.text.slice(0, 200)}`),
        ),
      );
      for (const m of MALFORMED) {
        jobs.push(send(server, 'POST', m.path, m.body).then((r) => (isStatus(r, m.status) ? malformed++ : problems.push(`${m.what}: ${r.status} (expected ${m.status}) ${r.text.slice(0, 200)}`))));
      }
      await Promise.all(jobs);
      await sleep(300);
      watcher.kill('SIGKILL');
      await watcher;
    }
    const afterLoad = rssMiB(pid);

    // Big objects: created (4 at a time), then deleted.
    let peak = afterLoad;
    let created = 0;
    const names = Array.from({ length: big }, (_, i) => (i % 2 ? { kind: 'secrets', name: `big-${i}`, body: secret(`big-${i}`, bigBytes) } : { kind: 'configmaps', name: `big-${i}`, body: configMap(`big-${i}`, bigBytes) }));
    for (let i = 0; i < names.length; i += 4) {
      await Promise.all(
        names.slice(i, i + 4).map(({ kind, name, body }) =>
          send(server, 'POST', `/api/v1/namespaces/default/${kind}`, body).then((r) => (r.status === 201 ? created++ : problems.push(`create ${kind}/${name}: ${r.status} ${r.text.slice(0, 200)}`))),
        ),
      );
      peak = Math.max(peak, rssMiB(pid));
    }
    // Read them back once (lists, as kubectl does), then delete them.
    for (const kind of ['configmaps', 'secrets']) {
      const r = await kubectl(['get', kind, '-o', 'name']);
      if (r.exitCode !== 0) problems.push(`kubectl get ${kind}: ${r.stderr}`);
      peak = Math.max(peak, rssMiB(pid));
    }
    let deleted = 0;
    for (const { kind, name } of names) {
      const r = await send(server, 'DELETE', `/api/v1/namespaces/default/${kind}/${name}`);
      if (r.status === 200) deleted++;
      else problems.push(`delete ${kind}/${name}: ${r.status}`);
    }
    const afterSamples = [];
    const after = await settledRss(pid, 60_000, 6, afterSamples);
    const up = (await send(server, 'GET', '/version')).status === 200 && (await kubectl(['get', 'namespaces'])).exitCode === 0;
    const cpu = cpuSeconds(pid) - cpuStart;
    const ratio = after / start;
    const sorted = [...watchFirstBytes].sort((a, b) => a - b);
    const watchSummary = sorted.length ? `median ${sorted[sorted.length >> 1].toFixed(0)} ms, max ${sorted[sorted.length - 1].toFixed(0)} ms` : 'none';
    const wrapperNote = wrapper === undefined ? 'the server runs in the started process' : `the server is the child ${pid} of the started process, whose own RSS is ${rssMiB(wrapper).toFixed(0)} MiB`;
    log(
      `serve under load: ${kubectlOk}/${kubectlRuns} concurrent real kubectl runs succeeded (${rounds} rounds of ${concurrency}, each with a kubectl -w killed mid-stream); ${watchFirstBytes.length}/${watches} dropped watches got bytes before the drop (first bytes after ${watchSummary}); ${tooLarge}/${rounds} 4 MiB bodies answered 413 RequestEntityTooLarge; ${malformed}/${rounds * MALFORMED.length} malformed bodies answered their 4xx Status; server ${up ? 'still up' : 'NOT UP'}; server CPU ${cpu.toFixed(1)} s`,
    );
    log(
      `serve under load: server RSS ${start.toFixed(0)} MiB at the start, ${afterLoad.toFixed(0)} MiB after the load, ${peak.toFixed(0)} MiB at the peak with ${created} big ConfigMaps/Secrets of ${(bigBytes / MiB).toFixed(2)} MiB, ${after.toFixed(0)} MiB after ${deleted} deletes (read each second: ${afterSamples.map((x) => x.toFixed(0)).join(' ')}): ${(ratio * 100).toFixed(0)}% of the start (${ratio <= 1.2 ? 'within' : 'NOT within'} 20%; ${wrapperNote})`,
    );
    for (const p of problems.slice(0, 10)) log(`serve under load: problem: ${p}`);
    if (problems.length > 10) log(`serve under load: ... and ${problems.length - 10} more problems`);
  } finally {
    if (process.env.KINDLING_BENCH_SERVE_LOG) (await import('node:fs')).writeFileSync(process.env.KINDLING_BENCH_SERVE_LOG, server.stdout());
    server.child.kill('SIGINT');
    const how = await Promise.race([server.exited, sleep(10_000).then(() => 'still running')]);
    if (how === 'still running') server.child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
}
