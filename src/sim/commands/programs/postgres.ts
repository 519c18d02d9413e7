// The postgres image: docker-entrypoint.sh (docker-library/postgres 17/bookworm read) then
// postgres. On an empty PGDATA without POSTGRES_PASSWORD (and no POSTGRES_HOST_AUTH_METHOD=trust)
// it stops with the script's error (exit 1); otherwise initdb's output, a socket-only temporary
// server, POSTGRES_DB's CREATE DATABASE, and the server on 5432, as a real 16.4 first start
// printed them (2025 transcript). The image's STOPSIGNAL is SIGINT: a fast shutdown.
import { response } from '../../runtime/http.js';
import { runForever, type Program, type ProgramHost } from './types.js';

const p2 = (n: number) => String(n).padStart(2, '0');

/** The server's log_line_prefix time: `2025-01-06 10:00:00.123 UTC`. */
function pgTime(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}.${String(d.getUTCMilliseconds()).padStart(3, '0')} UTC`;
}

const MISSING_PASSWORD = `Error: Database is uninitialized and superuser password is not specified.
       You must specify POSTGRES_PASSWORD to a non-empty value for the
       superuser. For example, "-e POSTGRES_PASSWORD=password" on "docker run".

       You may also use "POSTGRES_HOST_AUTH_METHOD=trust" to allow all
       connections without a password. This is *not* recommended.

       See PostgreSQL documentation about "trust":
       https://www.postgresql.org/docs/current/auth-trust.html
`;

const INITDB = (pgdata: string) => `The files belonging to this database system will be owned by user "postgres".
This user must also own the server process.

The database cluster will be initialized with locale "en_US.utf8".
The default database encoding has accordingly been set to "UTF8".
The default text search configuration will be set to "english".

Data page checksums are disabled.

fixing permissions on existing directory ${pgdata} ... ok
creating subdirectories ... ok
selecting dynamic shared memory implementation ... posix
selecting default max_connections ... 100
selecting default shared_buffers ... 128MB
selecting default time zone ... Etc/UTC
creating configuration files ... ok
running bootstrap script ... ok
performing post-bootstrap initialization ... ok
syncing data to disk ... ok


Success. You can now start the database server using:

    pg_ctl -D ${pgdata} -l logfile start

`;

export function postgresProgram(host: ProgramHost): Program {
  const version = host.version ?? '17.2';
  const build = `PostgreSQL ${version} (Debian ${version}-1.pgdg120+1) on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit`;
  return {
    *command(ctx) {
      const env = ctx.env;
      const entry = ctx.argv[0]!.endsWith('docker-entrypoint.sh');
      const args = ctx.argv.slice(entry ? 1 : 0);
      if (args.some((a) => a === '--version' || a === '-V')) {
        ctx.stdout.write(`postgres (PostgreSQL) ${version} (Debian ${version}-1.pgdg120+1)\n`);
        return 0;
      }
      const out = (t: string) => ctx.stdout.write(t);
      const log = (pid: number, text: string) => ctx.stderr.write(`${pgTime(ctx.now())} [${pid}] LOG:  ${text}\n`);
      const pgdata = env['PGDATA'] ?? '/var/lib/postgresql/data';
      if (entry) {
        if (!env['POSTGRES_PASSWORD'] && env['POSTGRES_HOST_AUTH_METHOD'] !== 'trust') {
          ctx.stderr.write(MISSING_PASSWORD);
          return 1;
        }
        yield { kind: 'sleep', ms: 400 };
        out(INITDB(pgdata));
        ctx.stderr.write('initdb: warning: enabling "trust" authentication for local connections\ninitdb: hint: You can change this by editing pg_hba.conf or using the option -A, or --auth-local and --auth-host, the next time you run initdb.\n');
        yield { kind: 'sleep', ms: 1500 };
        out('waiting for server to start....');
        log(48, `starting ${build}`);
        log(48, `listening on Unix socket "/var/run/postgresql/.s.PGSQL.5432"`);
        log(51, `database system was shut down at ${pgTime(ctx.now()).replace(/\.\d{3}/, '')}`);
        yield { kind: 'sleep', ms: 20 };
        log(48, 'database system is ready to accept connections');
        out(' done\nserver started\n');
        const user = env['POSTGRES_USER'] || 'postgres';
        const db = env['POSTGRES_DB'] || user;
        if (db !== 'postgres') out('CREATE DATABASE\n\n');
        out('\n');
        yield { kind: 'sleep', ms: 400 };
        out('waiting for server to shut down....');
        log(48, 'received fast shutdown request');
        log(48, 'aborting any active transactions');
        log(48, 'background worker "logical replication launcher" (PID 54) exited with exit code 1');
        log(49, 'shutting down');
        log(49, 'checkpoint starting: shutdown immediate');
        log(49, 'checkpoint complete: wrote 922 buffers (5.6%); 0 WAL file(s) added, 0 removed, 0 recycled; write=0.032 s, sync=0.027 s, total=0.070 s; sync files=301, longest=0.008 s, average=0.001 s; distance=4249 kB, estimate=4249 kB; lsn=0/19D4A90, redo lsn=0/19D4A90');
        log(48, 'database system is shut down');
        out(' done\nserver stopped\n\nPostgreSQL init process complete; ready for start up.\n\n');
        yield { kind: 'sleep', ms: 200 };
      }
      log(1, `starting ${build}`);
      log(1, 'listening on IPv4 address "0.0.0.0", port 5432');
      log(1, 'listening on IPv6 address "::", port 5432');
      log(1, 'listening on Unix socket "/var/run/postgresql/.s.PGSQL.5432"');
      log(64, `database system was shut down at ${pgTime(ctx.now()).replace(/\.\d{3}/, '')}`);
      yield { kind: 'sleep', ms: 40 };
      log(1, 'database system is ready to accept connections');
      // The PostgreSQL protocol is not HTTP.
      host.listen(5432, { serve: () => response(400, '') });
      return yield* runForever();
    },
    onStop(now) {
      const t = pgTime(now);
      host.log(2, `${t} [1] LOG:  received fast shutdown request\n${t} [1] LOG:  aborting any active transactions\n${t} [1] LOG:  background worker "logical replication launcher" (PID 67) exited with exit code 1\n${t} [62] LOG:  shutting down\n${t} [62] LOG:  checkpoint starting: shutdown immediate\n`);
      host.log(2, `${t} [62] LOG:  checkpoint complete: wrote 0 buffers (0.0%); 0 WAL file(s) added, 0 removed, 0 recycled; write=0.001 s, sync=0.001 s, total=0.010 s; sync files=0, longest=0.000 s, average=0.000 s; distance=0 kB, estimate=0 kB; lsn=0/19D4B40, redo lsn=0/19D4B40\n${t} [1] LOG:  database system is shut down\n`);
      return { exitCode: 0, afterMs: 60 };
    },
  };
}
