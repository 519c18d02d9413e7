// pause, system daemons and hashicorp/http-echo: small programs that wait to be stopped.
import { response } from '../../runtime/http.js';
import { runForever, type Program, type ProgramHost } from './types.js';

export function pauseProgram(host: ProgramHost): Program {
  return {
    command: () => runForever(),
    onStop() {
      host.log(2, 'Shutting down, got signal: Terminated\n');
      return { exitCode: 0, afterMs: 5 };
    },
  };
}

/** etcd, kube-apiserver, coredns, kindnet...: they run until stopped and exit cleanly. */
export function daemonProgram(): Program {
  return { command: () => runForever(), onStop: () => ({ exitCode: 0, afterMs: 200 }) };
}

const p2 = (n: number) => String(n).padStart(2, '0');

export function httpEchoProgram(host: ProgramHost): Program {
  return {
    *command(ctx) {
      let text: string | undefined;
      let listen = ':5678';
      for (const a of ctx.argv.slice(1)) {
        const m = a.match(/^--?(text|listen)=(.*)$/);
        if (m?.[1] === 'text') text = m[2];
        if (m?.[1] === 'listen') listen = m[2]!;
      }
      text ??= ctx.env['ECHO_TEXT'];
      if (!text) {
        ctx.stderr.write('Missing -text option OR ENV var TEXT is empty!\n');
        return 127;
      }
      const d = new Date(ctx.now());
      ctx.stderr.write(`${d.getUTCFullYear()}/${p2(d.getUTCMonth() + 1)}/${p2(d.getUTCDate())} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} [INFO] server is listening on ${listen}\n`);
      const body = `${text}\n`;
      host.listen(Number(listen.split(':').pop()) || 5678, { serve: () => response(200, body, { 'X-App-Name': 'http-echo', 'X-App-Version': host.version ?? '1.0.0' }) });
      return yield* runForever();
    },
    onStop: () => ({ exitCode: 2, afterMs: 5 }),
  };
}
