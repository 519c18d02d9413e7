// The image programs by catalog kind: how a container turns `programs: { nginx: 'nginx' }` into
// a running process. A dispatch table, one factory per program.
import type { VirtualFs } from '../../shell/vfs.js';
import type { ImageProgram, ResolvedImage } from '../image-catalog.js';
import { agnhostProgram } from './agnhost.js';
import { declaredProgram } from './declared.js';
import { echoserverProgram } from './echoserver.js';
import { httpdProgram } from './httpd.js';
import { nginxProgram } from './nginx.js';
import { perlProgram } from './perl.js';
import { pythonProgram } from './python.js';
import { redisProgram } from './redis.js';
import { serveHostnameProgram } from './serve-hostname.js';
import { daemonProgram, httpEchoProgram, pauseProgram } from './small-programs.js';
import type { Program, ProgramHost } from './types.js';

/** What a program factory may use from its container. */
export interface ProgramDeps {
  host: ProgramHost;
  fs: VirtualFs;
  podIP(): string;
  image: ResolvedImage;
  /** The container's declared ports (`ports[].containerPort`). */
  containerPorts: number[];
}

export const PROGRAMS: Readonly<Record<ImageProgram, (deps: ProgramDeps) => Program>> = {
  nginx: ({ host, fs }) => nginxProgram(host, fs),
  pause: ({ host }) => pauseProgram(host),
  daemon: () => daemonProgram(),
  'http-echo': ({ host }) => httpEchoProgram(host),
  echoserver: ({ host }) => echoserverProgram(host),
  'serve-hostname': ({ host }) => serveHostnameProgram(host, 'legacy'),
  agnhost: ({ host }) => agnhostProgram(host),
  httpd: ({ host, fs, podIP }) => httpdProgram(host, fs, podIP),
  redis: ({ host }) => redisProgram(host),
  perl: ({ host }) => perlProgram(host),
  python: ({ host }) => pythonProgram(host),
  declared: ({ host, image, containerPorts }) =>
    declaredProgram({ host, behaviour: image.info.behaviour ?? {}, containerPorts, ...(image.info.assumed ? { assumedImage: image.reference } : {}) }),
};
