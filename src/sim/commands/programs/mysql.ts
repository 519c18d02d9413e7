// The mysql image: docker-entrypoint.sh (docker-library/mysql, 8.4/docker-entrypoint.sh read)
// then mysqld. On an empty data directory without MYSQL_ROOT_PASSWORD, MYSQL_ALLOW_EMPTY_PASSWORD
// or MYSQL_RANDOM_ROOT_PASSWORD it stops with the script's error (exit 1); otherwise it
// initializes, runs a temporary server, creates MYSQL_DATABASE and MYSQL_USER, and starts mysqld,
// whose lines up to `ready for connections` follow a real 8.0.45 first start (2026 transcript).
// mysqld listens on 3306 and 33060 (the X protocol); neither speaks HTTP. Stop: mysqld handles
// SIGTERM with a clean shutdown.
import { response } from '../../runtime/http.js';
import { runForever, type Program, type ProgramHost } from './types.js';

const p2 = (n: number) => String(n).padStart(2, '0');

/** `date --rfc-3339=seconds`: `2025-01-06 10:00:00+00:00`. */
function rfc3339(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}+00:00`;
}

/** mysqld's error-log time: `2025-01-06T10:00:00.123456Z`. */
const serverTime = (ms: number, micros: number) => new Date(ms).toISOString().replace('Z', `${String(micros % 1000).padStart(3, '0')}Z`);

/** `openssl rand -base64 N`, from a generator seeded with the virtual time. */
function randomBase64(bytes: number, seed: number): string {
  let x = seed >>> 0 || 1;
  const out = Array.from({ length: bytes }, () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return String.fromCharCode((x >>> 0) & 0xff);
  });
  return btoa(out.join(''));
}

const MISSING_PASSWORD = `Database is uninitialized and password option is not specified
    You need to specify one of the following as an environment variable:
    - MYSQL_ROOT_PASSWORD
    - MYSQL_ALLOW_EMPTY_PASSWORD
    - MYSQL_RANDOM_ROOT_PASSWORD`;

export function mysqlProgram(host: ProgramHost): Program {
  const version = host.version ?? '8.0.40';
  const legacy = version.startsWith('5.');
  // 8.0's docker.cnf still passes --skip-host-cache; 8.4 dropped it (UNVERIFIED for 8.4).
  const hostCacheWarning = version.startsWith('8.0');
  return {
    *command(ctx) {
      const env = ctx.env;
      const entry = ctx.argv[0]!.endsWith('docker-entrypoint.sh');
      const args = ctx.argv.slice(entry ? 1 : 0);
      if (args.some((a) => a === '--version' || a === '-V')) {
        ctx.stdout.write(`/usr/sbin/mysqld  Ver ${version} for Linux on x86_64 (MySQL Community Server - GPL)\n`);
        return 0;
      }
      const note = (text: string) => ctx.stdout.write(`${rfc3339(ctx.now())} [Note] [Entrypoint]: ${text}\n`);
      const server = (thread: number, kind: string, code: string, sub: string, text: string) => ctx.stderr.write(`${serverTime(ctx.now(), thread * 37 + code.length)} ${thread} [${kind}] [${code}] [${sub}] ${text}\n`);
      const pkg = `${version}-1.el9`;
      if (entry) {
        note(`Entrypoint script for MySQL Server ${pkg} started.`);
        note("Switching to dedicated user 'mysql'");
        note(`Entrypoint script for MySQL Server ${pkg} started.`);
        if (!env['MYSQL_ROOT_PASSWORD'] && !env['MYSQL_ALLOW_EMPTY_PASSWORD'] && !env['MYSQL_RANDOM_ROOT_PASSWORD']) {
          ctx.stderr.write(`${rfc3339(ctx.now())} [ERROR] [Entrypoint]: ${MISSING_PASSWORD}\n`);
          return 1;
        }
        if (legacy) {
          ctx.stderr.write('kindling: the mysql 5.7 initialization log is not simulated; the server starts silently\n');
        } else {
          note('Initializing database files');
          if (hostCacheWarning) server(0, 'Warning', 'MY-011068', 'Server', "The syntax '--skip-host-cache' is deprecated and will be removed in a future release. Please use SET GLOBAL host_cache_size=0 instead.");
          server(0, 'System', 'MY-013169', 'Server', `/usr/sbin/mysqld (mysqld ${version}) initializing of server in progress as process 80`);
          server(1, 'System', 'MY-013576', 'InnoDB', 'InnoDB initialization has started.');
          yield { kind: 'sleep', ms: 300 };
          server(1, 'System', 'MY-013577', 'InnoDB', 'InnoDB initialization has ended.');
          yield { kind: 'sleep', ms: 700 };
          server(6, 'Warning', 'MY-010453', 'Server', 'root@localhost is created with an empty password ! Please consider switching off the --initialize-insecure option.');
          yield { kind: 'sleep', ms: 2600 };
          note('Database files initialized');
          note('Starting temporary server');
          yield* startup(124, 0);
          note('Temporary server started.');
          ctx.stdout.write("'/var/lib/mysql/mysql.sock' -> '/var/run/mysqld/mysqld.sock'\n");
          for (const f of ['iso3166.tab', 'leap-seconds.list', 'leapseconds', 'tzdata.zi', 'zone.tab', 'zone1970.tab']) ctx.stderr.write(`Warning: Unable to load '/usr/share/zoneinfo/${f}' as time zone. Skipping it.\n`);
          yield { kind: 'sleep', ms: 900 };
          if (env['MYSQL_RANDOM_ROOT_PASSWORD']) note(`GENERATED ROOT PASSWORD: ${randomBase64(24, ctx.now())}`);
          const db = env['MYSQL_DATABASE'];
          const user = env['MYSQL_USER'];
          if (db) note(`Creating database ${db}`);
          if (user && env['MYSQL_PASSWORD']) {
            note(`Creating user ${user}`);
            if (db) note(`Giving user ${user} access to schema ${db}`);
          }
          ctx.stdout.write('\n');
          note('Stopping temporary server');
          server(13, 'System', 'MY-013172', 'Server', `Received SHUTDOWN from user root. Shutting down mysqld (Version: ${version}).`);
          yield { kind: 'sleep', ms: 1600 };
          server(0, 'System', 'MY-010910', 'Server', `/usr/sbin/mysqld: Shutdown complete (mysqld ${version})  MySQL Community Server - GPL.`);
          note('Temporary server stopped');
          ctx.stdout.write('\n');
          note('MySQL init process done. Ready for start up.');
          ctx.stdout.write('\n');
        }
      }
      if (legacy) {
        yield { kind: 'sleep', ms: 2000 };
        ctx.stderr.write(`${serverTime(ctx.now(), 1)} 0 [Note] mysqld: ready for connections.\nVersion: '${version}'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server (GPL)\n`);
      } else {
        yield* startup(1, 3306);
      }
      // The MySQL protocol is not HTTP: an HTTP client gets nothing it can parse.
      host.listen(3306, { serve: () => response(400, '') });
      if (!legacy) host.listen(33060, { serve: () => response(400, '') });
      return yield* runForever();

      function* startup(pid: number, port: number) {
        if (hostCacheWarning) server(0, 'Warning', 'MY-011068', 'Server', "The syntax '--skip-host-cache' is deprecated and will be removed in a future release. Please use SET GLOBAL host_cache_size=0 instead.");
        server(0, 'System', 'MY-010116', 'Server', `/usr/sbin/mysqld (mysqld ${version}) starting as process ${pid}`);
        server(1, 'System', 'MY-013576', 'InnoDB', 'InnoDB initialization has started.');
        yield { kind: 'sleep' as const, ms: 100 };
        server(1, 'System', 'MY-013577', 'InnoDB', 'InnoDB initialization has ended.');
        yield { kind: 'sleep' as const, ms: 130 };
        server(0, 'Warning', 'MY-010068', 'Server', 'CA certificate ca.pem is self signed.');
        server(0, 'System', 'MY-013602', 'Server', 'Channel mysql_main configured to support TLS. Encrypted connections are now supported for this channel.');
        server(0, 'Warning', 'MY-011810', 'Server', "Insecure configuration for --pid-file: Location '/var/run/mysqld' in the path is accessible to all OS users. Consider choosing a different directory.");
        yield { kind: 'sleep' as const, ms: 10 };
        server(0, 'System', 'MY-011323', 'Server', port === 0 ? 'X Plugin ready for connections. Socket: /var/run/mysqld/mysqlx.sock' : "X Plugin ready for connections. Bind-address: '::' port: 33060, socket: /var/run/mysqld/mysqlx.sock");
        server(0, 'System', 'MY-010931', 'Server', `/usr/sbin/mysqld: ready for connections. Version: '${version}'  socket: '/var/run/mysqld/mysqld.sock'  port: ${port}  MySQL Community Server - GPL.`);
      }
    },
    onStop(now) {
      if (legacy) return { exitCode: 0, afterMs: 1500 };
      host.log(2, `${serverTime(now, 5)} 0 [System] [MY-013172] [Server] Received SHUTDOWN from user <via user signal>. Shutting down mysqld (Version: ${version}).\n`);
      host.log(2, `${serverTime(now + 1500, 9)} 0 [System] [MY-010910] [Server] /usr/sbin/mysqld: Shutdown complete (mysqld ${version})  MySQL Community Server - GPL.\n`);
      return { exitCode: 0, afterMs: 1500 };
    },
  };
}
