// The image programs by catalog kind: how a container turns `programs: { nginx: 'nginx' }` into
// a running process. A dispatch table, one factory per program.
import type { CommandContext, CommandResult } from '../../shell/types.js';
import type { VirtualFs } from '../../core/vfs/vfs.js';
import type { ImageProgram, ResolvedImage } from '../../runtime/images/image-types.js';
import { agnhostProgram } from './agnhost.js';
import { declaredProgram } from './declared.js';
import { ENTRYPOINT_RULES, entrypointProgram } from './entrypoint-scripts.js';
import { etcdProgram } from './etcd.js';
import { goproxyProgram } from './goproxy.js';
import { helloAppProgram } from './hello-app.js';
import { helloWorldProgram } from './hello-world.js';
import { kubernetesBootcampProgram } from './kubernetes-bootcamp.js';
import { livenessServerProgram } from './liveness-server.js';
import { metricsServerProgram } from './metrics-server.js';
import { mysqlProgram } from './mysql.js';
import { networkMultitoolProgram } from './network-multitool.js';
import { nodeProgram } from './node.js';
import { postgresProgram } from './postgres.js';
import { stressProgram } from './stress.js';
import { vishStressProgram } from './vish-stress.js';
import { echoserverProgram } from './echoserver.js';
import { httpdProgram } from './httpd.js';
import { phpApacheProgram } from './php-apache.js';
import { nginxProgram } from './nginx.js';
import { perlProgram } from './perl.js';
import { pythonProgram } from './python.js';
import { redisProgram } from './redis.js';
import { serveHostnameProgram } from './serve-hostname.js';
import { daemonProgram, httpEchoProgram, pauseProgram } from './small-programs.js';
import type { Dial, Program, ProgramHost } from './types.js';

/** What a program factory may use from its container. */
export interface ProgramDeps {
  host: ProgramHost;
  fs: VirtualFs;
  podIP(): string;
  image: ResolvedImage;
  /** The container's declared ports (`ports[].containerPort`). */
  containerPorts: number[];
  /** `exec "$@"` from an entrypoint script: runs a command of the image in place of the caller. */
  exec(ctx: CommandContext, argv: string[]): CommandResult | undefined;
  /** A TCP connection to `host:port` from this pod (the name resolved as its resolv.conf says). */
  dial(host: string, port: number): Dial;
  /** Where the pod mounts volumes in this container. */
  mounts: readonly string[];
}

export const PROGRAMS: Readonly<Record<ImageProgram, (deps: ProgramDeps) => Program>> = {
  nginx: ({ host, fs }) => nginxProgram(host, fs),
  pause: ({ host }) => pauseProgram(host),
  daemon: () => daemonProgram(),
  'http-echo': ({ host }) => httpEchoProgram(host),
  echoserver: ({ host }) => echoserverProgram(host),
  'serve-hostname': ({ host }) => serveHostnameProgram(host, 'legacy'),
  agnhost: (deps) => agnhostProgram(deps),
  httpd: ({ host, fs, podIP }) => httpdProgram(host, fs, podIP),
  'php-apache': ({ host, podIP }) => phpApacheProgram(host, podIP),
  redis: ({ host }) => redisProgram(host),
  perl: ({ host }) => perlProgram(host),
  python: ({ host }) => pythonProgram(host),
  declared: ({ host, image, containerPorts }) =>
    declaredProgram({ host, behaviour: image.info.behaviour ?? {}, containerPorts, ...(image.info.assumed ? { assumedImage: image.reference } : {}) }),
  node: ({ host }) => nodeProgram(host),
  'node-entrypoint': ({ exec }) => entrypointProgram(ENTRYPOINT_RULES.node, exec),
  'bash-entrypoint': ({ exec }) => entrypointProgram(ENTRYPOINT_RULES.bash, exec),
  'curl-entrypoint': ({ exec }) => entrypointProgram(ENTRYPOINT_RULES.curl, exec),
  'liveness-server': ({ host }) => livenessServerProgram(host),
  goproxy: ({ host }) => goproxyProgram(host),
  'hello-app': ({ host }) => helloAppProgram(host),
  'kubernetes-bootcamp': ({ host }) => kubernetesBootcampProgram(host),
  'hello-world': () => helloWorldProgram(),
  stress: ({ host }) => stressProgram(host),
  'vish-stress': ({ host }) => vishStressProgram(host),
  etcd: ({ host }) => etcdProgram(host),
  mysql: ({ host }) => mysqlProgram(host),
  postgres: ({ host }) => postgresProgram(host),
  'network-multitool': ({ host, fs, podIP, mounts }) => networkMultitoolProgram(host, fs, podIP, mounts),
  'metrics-server': ({ host }) => metricsServerProgram(host),
};
