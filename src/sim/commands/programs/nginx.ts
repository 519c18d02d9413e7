// The nginx image's default process: the docker-entrypoint.sh lines (1.19+), nginx's startup
// notices (builds that log at `notice`), then serving /usr/share/nginx/html on port 80 with an
// access log line per request; the image's stop signal (SIGQUIT, or SIGTERM for old builds)
// shuts it down. What differs between builds is data in nginx-builds.ts.
import { response, type HttpRequest, type HttpResponse } from '../../runtime/http.js';
import type { VirtualFs } from '../../core/vfs/vfs.js';
import { nginxBuild, nginxErrorPage, type NginxBuild } from './nginx-builds.js';
import { runForever, type Program, type ProgramHost } from './types.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const p2 = (n: number) => String(n).padStart(2, '0');

/** nginx's error-log time: `2025/01/06 10:00:00`. */
export function errorLogTime(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}/${p2(d.getUTCMonth() + 1)}/${p2(d.getUTCDate())} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}`;
}

/** The access-log time: `06/Jan/2025:10:00:00 +0000`. */
export function accessLogTime(ms: number): string {
  const d = new Date(ms);
  return `${p2(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} +0000`;
}

const ROOT = '/usr/share/nginx/html';

/** The static file handler: a file, a directory's index.html, 403 for a directory without one, or 404. */
function serveStatic(fs: VirtualFs, build: NginxBuild, req: HttpRequest): { res: HttpResponse; error?: string } {
  const headers = { Server: `nginx/${build.version}`, 'Content-Type': 'text/html' };
  const path = req.path.split('?')[0]!;
  let file = `${ROOT}${path}`;
  const isDir = (p: string) => fs.exists(p) && fs.stat(p).type === 'dir';
  if (!file.endsWith('/') && isDir(file)) file += '/';
  if (file.endsWith('/')) {
    if (fs.exists(`${file}index.html`)) file += 'index.html';
    else if (isDir(file)) return { res: response(403, nginxErrorPage(403, 'Forbidden', build.version), headers), error: `directory index of "${file}" is forbidden` };
  }
  try {
    return { res: response(200, fs.readFile(file), headers) };
  } catch {
    return { res: response(404, nginxErrorPage(404, 'Not Found', build.version), headers), error: `open() "${file}" failed (2: No such file or directory)` };
  }
}

const ENTRYPOINT_LINES = [
  '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
  '/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh',
];

export function nginxProgram(host: ProgramHost, fs: VirtualFs): Program {
  const build = nginxBuild(host.version);
  // The entrypoint's scripts fork before nginx starts: its first worker's PID is 29 (22 after a restart).
  const workerBase = host.restartCount > 0 ? 22 : 29;
  // nginx.conf's worker_processes: `auto` (one per CPU) in the newer packages, 1 in the old ones.
  const workerCount = build.noticeLog ? Math.max(1, host.nodeCpus) : 1;
  let workers: number[] = Array.from({ length: workerCount }, (_, i) => workerBase + i);
  /** Its worker processes, as user nginx (101). */
  const startWorkers = (atLeast?: number): number[] =>
    Array.from({ length: workerCount }, (_, i) => host.processes.spawn('nginx: worker process', { uid: 101, ...(i === 0 && atLeast !== undefined ? { atLeast } : {}) }));
  /** The master's `pid#tid` in its log lines. */
  const master = () => `${host.processes.self()}#${host.processes.self()}`;
  const serve = (req: HttpRequest, now: number) => {
    const { res, error } = serveStatic(fs, build, req);
    if (error) {
      host.log(2, `${errorLogTime(now)} [error] ${workers[0]}#${workers[0]}: *1 ${error}, client: ${req.clientIP}, server: localhost, request: "${req.method} ${req.path} HTTP/1.1", host: "${req.host}"\n`);
    }
    const bytes = req.method === 'HEAD' ? 0 : new TextEncoder().encode(res.body).length;
    host.log(1, `${req.clientIP} - - [${accessLogTime(now)}] "${req.method} ${req.path} HTTP/1.1" ${res.status} ${bytes} "-" "${req.userAgent}" "-"\n`);
    return res;
  };
  return {
    *command(ctx) {
      const out = (t: string) => ctx.stdout.write(t);
      const err = (t: string) => ctx.stderr.write(t);
      const viaEntrypoint = ctx.argv[0] === '/docker-entrypoint.sh';
      const flags = ctx.argv.slice(viaEntrypoint ? 2 : 1);
      // nginx's one-shot modes: print and exit, no server.
      if (flags.includes('-v')) {
        err(`nginx version: nginx/${build.version}\n`);
        return 0;
      }
      if (flags.includes('-V')) {
        err(`nginx version: nginx/${build.version}\nbuilt by ${build.builtBy}\nbuilt with ${build.openssl}\nTLS SNI support enabled\n`);
        return 0;
      }
      if (flags.includes('-t') || flags.includes('-T')) {
        err('nginx: the configuration file /etc/nginx/nginx.conf syntax is ok\nnginx: configuration file /etc/nginx/nginx.conf test is successful\n');
        return 0;
      }
      if (flags.includes('-s')) {
        // Logged by the `nginx -s` process itself, not the master.
        const pid = ctx.pid ?? host.processes.self();
        if (build.noticeLog) err(`${errorLogTime(ctx.now())} [notice] ${pid}#${pid}: signal process started\n`);
        return 0;
      }
      if (!viaEntrypoint || build.entrypoint === 'none') {
        yield { kind: 'sleep', ms: 5 };
        return yield* serveForever(ctx.now());
      }
      for (const line of ENTRYPOINT_LINES) out(`${line}\n`);
      if (host.restartCount > 0) {
        out('10-listen-on-ipv6-by-default.sh: info: IPv6 listen already enabled\n');
      } else {
        out('10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf\n');
        out('10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf\n');
      }
      if (build.entrypoint === 'with-resolvers') out('/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh\n');
      out('/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh\n');
      out('/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh\n');
      out('/docker-entrypoint.sh: Configuration complete; ready for start up\n');
      yield { kind: 'sleep', ms: 12 };
      return yield* serveForever(ctx.now());
      function* serveForever(now: number) {
        host.processes.setTitle(`nginx: master process ${flags.length > 0 ? `nginx ${flags.join(' ')}` : 'nginx'}`, 'nginx');
        workers = startWorkers(workerBase);
        if (build.noticeLog) {
          const t = errorLogTime(now);
          err(`${t} [notice] ${master()}: using the "epoll" event method\n`);
          err(`${t} [notice] ${master()}: nginx/${build.version}\n`);
          err(`${t} [notice] ${master()}: built by ${build.builtBy}\n`);
          err(`${t} [notice] ${master()}: OS: Linux ${host.kernelVersion}\n`);
          err(`${t} [notice] ${master()}: getrlimit(RLIMIT_NOFILE): 1048576:1048576\n`);
          err(`${t} [notice] ${master()}: start worker processes\n`);
          for (const w of workers) err(`${t} [notice] ${master()}: start worker process ${w}\n`);
        }
        host.listen(80, { serve });
        return yield* runForever();
      }
    },
    onSignal(sig, now) {
      if (sig !== 'HUP') return false;
      // Reconfiguration: new workers start, the old ones finish gracefully.
      const old = workers;
      workers = startWorkers();
      for (const w of old) host.processes.exit(w);
      if (build.noticeLog) {
        const t = errorLogTime(now);
        host.log(2, `${t} [notice] ${master()}: signal 1 (SIGHUP) received, reconfiguring\n${t} [notice] ${master()}: reconfiguring\n${t} [notice] ${master()}: using the "epoll" event method\n${t} [notice] ${master()}: start worker processes\n`);
        for (const w of workers) host.log(2, `${t} [notice] ${master()}: start worker process ${w}\n`);
        for (const w of old) host.log(2, `${t} [notice] ${w}#${w}: gracefully shutting down\n${t} [notice] ${w}#${w}: exiting\n${t} [notice] ${w}#${w}: exit\n`);
        for (const w of old) host.log(2, `${t} [notice] ${master()}: signal 17 (SIGCHLD) received from ${w}\n${t} [notice] ${master()}: worker process ${w} exited with code 0\n`);
      }
      return true;
    },
    onStop(now) {
      // At `warn` level neither a fast (SIGTERM) nor a graceful shutdown logs anything.
      if (!build.noticeLog) return { exitCode: 0, afterMs: 10 };
      const t = errorLogTime(now);
      host.log(2, `${t} [notice] ${master()}: signal 3 (SIGQUIT) received, shutting down\n`);
      for (const w of workers) host.log(2, `${t} [notice] ${w}#${w}: gracefully shutting down\n${t} [notice] ${w}#${w}: exiting\n${t} [notice] ${w}#${w}: exit\n`);
      for (const w of workers) host.log(2, `${t} [notice] ${master()}: signal 17 (SIGCHLD) received from ${w}\n${t} [notice] ${master()}: worker process ${w} exited with code 0\n`);
      host.log(2, `${t} [notice] ${master()}: exit\n`);
      return { exitCode: 0, afterMs: 40 };
    },
  };
}
