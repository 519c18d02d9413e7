// agnhost's subcommands that print and exit, or run for a while and exit (kubernetes
// test/images/agnhost, each subcommand's file named below).
//   dns-suffix, dns-server-list, etc-hosts (dns/common.go, dns/dns.go): the `search` and first
//     `nameserver` line of /etc/resolv.conf joined with commas, or /etc/hosts plus a newline.
//   entrypoint-tester (entrypoint-tester/ep.go): os.Args as Go's %v prints a slice.
//   logs-generator (logs-generator/logs_generator.go): --log-lines-total apiserver-like klog
//     lines, evenly over --run-duration, then exits 0.
//   connect (connect/connect.go): a TCP connection attempt whose failure is printed as
//     UNKNOWN/DNS/REFUSED/TIMEOUT/OTHER; UDP and SCTP are not modelled.
import type { CommandContext, Effect } from '../../shell/types.js';
import { klogHeader } from './go-runtime.js';
import { flagValue } from './serve-hostname.js';
import { CONNECT_TIMEOUT_MS } from '../../runtime/network.js';
import type { Dial, Program } from './types.js';

type Command = (ctx: CommandContext) => Generator<Effect, number, void>;

/** A Go panic with an error value (what readFile's panic(err) prints), exit status 2. */
function goPanic(ctx: CommandContext, message: string, frame: string): number {
  ctx.stderr.write(`panic: ${message}\n\ngoroutine 1 [running]:\n${frame}\n`);
  return 2;
}

function readOrPanic(ctx: CommandContext, path: string): string | number {
  try {
    return ctx.fs.readFile(path);
  } catch {
    return goPanic(ctx, `open ${path}: no such file or directory`, 'k8s.io/kubernetes/test/images/agnhost/dns.readFile(...)');
  }
}

/** The words after a resolv.conf keyword on its first line (strings.Split on one space). */
function resolvLine(ctx: CommandContext, keyword: string): string | number {
  const text = readOrPanic(ctx, '/etc/resolv.conf');
  if (typeof text === 'number') return text;
  const line = text.split('\n').find((l) => l.startsWith(keyword));
  if (line === undefined) return goPanic(ctx, 'Could not find DNS search list!', 'k8s.io/kubernetes/test/images/agnhost/dns.GetDNSSuffixList(...)');
  return line.split(' ').slice(1).join(',');
}

function printer(produce: (ctx: CommandContext) => string | number): Program {
  return {
    *command(ctx) {
      const out = produce(ctx);
      if (typeof out === 'number') return out;
      ctx.stdout.write(`${out}\n`);
      return 0;
    },
  };
}

export const dnsSuffix = (): Program => printer((ctx) => resolvLine(ctx, 'search'));
export const dnsServerList = (): Program => printer((ctx) => resolvLine(ctx, 'nameserver'));
export const etcHosts = (): Program => printer((ctx) => readOrPanic(ctx, '/etc/hosts'));
export const entrypointTester = (): Program => printer((ctx) => `[${ctx.argv.join(' ')}]`);

/** Go's time.ParseDuration for the forms tests use (`1m`, `30s`, `1h30m`, `500ms`); NaN when invalid. */
export function parseGoDuration(text: string): number {
  const units: Record<string, number> = { ns: 1e-6, us: 1e-3, µs: 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
  if (text === '0') return 0;
  let ms = 0;
  const re = /(\d+(?:\.\d+)?)(ns|us|\u00b5s|ms|s|m|h)/y;
  let at = 0;
  while (at < text.length) {
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) return Number.NaN;
    ms += Number(m[1]) * units[m[2]!]!;
    at = re.lastIndex;
  }
  return text === '' ? Number.NaN : ms;
}

/** A small deterministic generator (mulberry32) standing in for math/rand, seeded from the clock. */
function seeded(seed: number): (n: number) => number {
  let a = seed >>> 0;
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

/** k8s.io/apimachinery/pkg/util/rand's alphabet (no vowels, no confusable digits). */
const ALPHANUMS = 'bcdfghjklmnpqrstvwxz2456789';

export function logsGenerator(): Program {
  const run: Command = function* (ctx) {
    const args = ctx.argv.slice(2);
    const total = Number(flagValue(args, 'log-lines-total') ?? flagValue(args, 't') ?? 0);
    const durationText = flagValue(args, 'run-duration') ?? flagValue(args, 'd') ?? '0s';
    const duration = parseGoDuration(durationText);
    const fatal = (line: number, text: string) => {
      ctx.stderr.write(`${klogHeader('F', ctx.now(), `logs_generator.go:${line}`)}${text}\n`);
      return 255;
    };
    if (!(total > 0)) return fatal(64, `Invalid total number of lines: ${Number.isFinite(total) ? total : 0}`);
    if (!(duration > 0)) return fatal(68, `Invalid duration: ${durationText === '' ? '0s' : durationText}`);
    const rand = seeded(ctx.now());
    const delay = duration / total;
    for (let id = 0; id < total; id++) {
      const method = ['GET', 'POST', 'PUT'][rand(3)]!;
      const namespace = ['kube-system', 'default', 'ns'][rand(3)]!;
      const name = Array.from({ length: 3 + rand(2) }, () => ALPHANUMS[rand(ALPHANUMS.length)]).join('');
      const status = 200 + rand(400);
      ctx.stderr.write(`${klogHeader('I', ctx.now(), 'logs_generator.go:76')}${id} ${method} /api/v1/namespaces/${namespace}/pods/${name} ${status}\n`);
      yield { kind: 'sleep', ms: delay };
    }
    return 0;
  };
  return { command: run };
}

/** `agnhost connect host:port [--timeout=5s] [--protocol=tcp]`. */
export function connectCommand(dial: (host: string, port: number) => Dial): Program {
  const run: Command = function* (ctx) {
    const args = ctx.argv.slice(2);
    const dest = args.find((a, i) => !a.startsWith('-') && !(i > 0 && /^--?(timeout|protocol|udp-data|sctp-data)$/.test(args[i - 1]!)));
    if (dest === undefined) {
      ctx.stderr.write(`Error: accepts 1 arg(s), received 0\nkindling: the usage text of agnhost connect is not simulated\n`);
      return 0;
    }
    const protocol = flagValue(args, 'protocol') ?? 'tcp';
    if (protocol !== 'tcp' && protocol !== '') {
      ctx.stderr.write(`kindling: agnhost connect --protocol=${protocol} is not simulated\n`);
      return 1;
    }
    const timeout = parseGoDuration(flagValue(args, 'timeout') ?? '0s') || 0;
    const colon = dest.lastIndexOf(':');
    if (colon < 0) {
      ctx.stderr.write(`UNKNOWN: address ${dest}: missing port in address\n`);
      return 1;
    }
    const host = dest.slice(0, colon);
    const port = Number(dest.slice(colon + 1));
    yield { kind: 'sleep', ms: 2 };
    const conn = dial(host, port);
    if (conn.ok) return 0;
    if (conn.error === 'dns') {
      // Go's DNSError names the server of the last query: `lookup x on 10.96.0.10:53: no such host`.
      const resolv = ctx.fs.exists('/etc/resolv.conf') ? ctx.fs.readFile('/etc/resolv.conf') : '';
      const server = resolv.match(/^nameserver\s+(\S+)/m)?.[1];
      ctx.stderr.write(`DNS: lookup ${host}${server ? ` on ${server}:53` : ''}: no such host\n`);
      return 1;
    }
    if (conn.error === 'refused') {
      ctx.stderr.write('REFUSED\n');
      return 1;
    }
    if (timeout > 0 && timeout < CONNECT_TIMEOUT_MS) {
      yield { kind: 'sleep', ms: timeout };
      ctx.stderr.write('TIMEOUT\n');
      return 1;
    }
    yield { kind: 'sleep', ms: CONNECT_TIMEOUT_MS };
    ctx.stderr.write(`OTHER: dial tcp ${conn.ip ?? host}:${port}: connect: connection timed out\n`);
    return 1;
  };
  return { command: run };
}
