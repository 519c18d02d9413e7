// General-purpose images: ubuntu and debian (a bash that exits at once without a TTY), perl
// (buildpack-deps based, so curl is there), httpd and redis; python is in languages.ts. Entrypoints and commands are the
// official images'; digests and sizes are invented unless a comment says otherwise.
import type { ImageConfig, ImageInfo } from './image-types.js';
import { ALPINE_TOOLS, DEBIAN_TOOLS, withTools } from '../userland-tools.js';
import { hex, PATH_ENV } from './busybox-images.js';
import { invented } from './define-image.js';

interface DistroSpec {
  repository: string;
  tags: Record<string, { digest: string; size: number; version?: string; config?: Partial<ImageConfig> }>;
  defaultTag: string;
  cmd: string[];
  entrypoint?: string[];
  env?: string[];
  workingDir?: string;
  tools?: readonly string[];
  curlVersion?: string;
  os?: string;
  programs?: ImageInfo['programs'];
  servesPorts?: number[];
  pullBytesPerSecond: number;
  versionTags?: ImageInfo['versionTags'];
}

function distro(spec: DistroSpec): ImageInfo {
  const tags = Object.fromEntries(Object.entries(spec.tags).map(([t, v]) => [t, { ...v, digest: hex(v.digest) }]));
  return {
    repository: spec.repository,
    tags,
    defaultTag: spec.defaultTag,
    entrypoint: spec.entrypoint ?? [],
    cmd: spec.cmd,
    env: spec.env ?? [PATH_ENV],
    workingDir: spec.workingDir ?? '/',
    userland: 'debian',
    tools: spec.tools ?? DEBIAN_TOOLS,
    ...(spec.curlVersion ? { curlVersion: spec.curlVersion } : {}),
    ...(spec.os ? { os: spec.os } : {}),
    programs: spec.programs ?? {},
    servesPorts: spec.servesPorts ?? [],
    pullBytesPerSecond: spec.pullBytesPerSecond,
    ...(spec.versionTags ? { versionTags: spec.versionTags } : {}),
  };
}

const ubuntu24 = { digest: 'e94febb49dd363336af4718372c679b457a2a42a76987e18c892488a76197378', size: 29754422, version: '24.04' };
const ubuntu22 = { digest: 'a669775dead81fdb3f3b5f813aecf84654eaca6241af994fe51a9d55eb998bdf', size: 29534055, version: '22.04', config: { os: 'ubuntu-22.04' } };
const debian12 = { digest: '766ce8557c84f9cefac6746e832dc65d34e698f0c158bd3c50f7e5ca53deb96b', size: 48494272, version: '12' };
const perl534 = { digest: '2c2f41f814449cac0c76bc8723ce5734cadf2b50ef41cc8e61a1ce434d8595bd', size: 334513406, version: '5.34.0' };
const httpd24 = { digest: '95abce60cb8ce8f9c371005b7f85a60e2efb74370bb0ab5653a0555f8901efcf', size: 58191840, version: '2.4.62' };
const redis7 = { digest: 'fb1a53ffd33c3e94d13f8ecdf9dc8f3884429ce0419119fc3f62c874d40423c6', size: 45153982, version: '7.4.1' };
// Builds added for tutorials; digests from `invented()` (hence without the sha256: prefix here) and sizes were not seen anywhere.
/** The catalog's entries of this file, built when the catalog is first used (image-catalog.ts). */
export function distroImages(): readonly ImageInfo[] {
  const made = (ref: string, size: number, version: string, config?: { os: string }) => ({ digest: invented(ref).slice(7), size, version, ...(config ? { config } : {}) });
  const ubuntu20 = made('docker.io/library/ubuntu:20.04', 27_509_917, '20.04', { os: 'ubuntu-20.04' });
  const debian11 = made('docker.io/library/debian:11', 55_063_982, '11', { os: 'debian-11' });
  const redis62 = made('docker.io/library/redis:6.2', 40_122_318, '6.2.16');
  const redis70 = made('docker.io/library/redis:7.0', 43_019_546, '7.0.15');
  const redis72 = made('docker.io/library/redis:7.2', 44_512_730, '7.2.6');
  const redisAlpine = made('docker.io/library/redis:alpine', 17_241_906, '7.4.1');
  const httpdAlpine = made('docker.io/library/httpd:alpine', 22_581_402, '2.4.62');

  return [
    distro({ repository: 'docker.io/library/ubuntu', tags: { latest: ubuntu24, '24.04': ubuntu24, noble: ubuntu24, '22.04': ubuntu22, jammy: ubuntu22, '20.04': ubuntu20, focal: ubuntu20 }, defaultTag: 'latest', versionTags: { oldest: '12.04', newest: '24.10' }, cmd: ['/bin/bash'], os: 'ubuntu-24.04', pullBytesPerSecond: 12_000_000 }),
    distro({ repository: 'docker.io/library/debian', tags: { latest: debian12, '12': debian12, bookworm: debian12, 'bookworm-slim': { ...debian12, size: 28231019 }, '12-slim': { ...debian12, size: 28231019 }, '11': debian11, bullseye: debian11, 'bullseye-slim': { ...debian11, size: 31_429_014 }, '11-slim': { ...debian11, size: 31_429_014 } }, defaultTag: 'latest', versionTags: { oldest: '7', newest: '12.8' }, cmd: ['bash'], pullBytesPerSecond: 12_000_000 }),
    distro({
      repository: 'docker.io/library/perl',
      // `perl` untagged (transcript 17's original manifest) is really 5.40 today; it stands in here.
      tags: { latest: perl534, '5.34.0': perl534, '5.34': perl534 },
      defaultTag: 'latest',
      cmd: ['perl5.34.0', '-de0'],
      workingDir: '/usr/src/app',
      tools: withTools(DEBIAN_TOOLS, 'curl'),
      curlVersion: '7.74.0',
      os: 'debian-11',
      programs: { perl: 'perl', 'perl5.34.0': 'perl' },
      pullBytesPerSecond: 25_000_000,
    }),
    distro({
      repository: 'docker.io/library/httpd',
      tags: { latest: httpd24, '2.4': httpd24, '2.4.62': httpd24, '2': httpd24, alpine: { ...httpdAlpine, config: { userland: 'busybox', tools: ALPINE_TOOLS, nslookup: 'big' } }, '2.4-alpine': { ...httpdAlpine, config: { userland: 'busybox', tools: ALPINE_TOOLS, nslookup: 'big' } } },
      defaultTag: 'latest',
      versionTags: { oldest: '2.2', newest: '2.4.62' },
      cmd: ['httpd-foreground'],
      env: ['PATH=/usr/local/apache2/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'HTTPD_PREFIX=/usr/local/apache2', 'HTTPD_VERSION=2.4.62'],
      workingDir: '/usr/local/apache2',
      programs: { 'httpd-foreground': 'httpd', httpd: 'httpd' },
      servesPorts: [80],
      pullBytesPerSecond: 14_000_000,
    }),
    distro({
      repository: 'docker.io/library/redis',
      tags: { latest: redis7, '7': redis7, '7.4': redis7, '7.4.1': redis7, '7.2': redis72, '7.2.6': redis72, '7.0': redis70, '7.0.15': redis70, '6': redis62, '6.2': redis62, '6.2.16': redis62, alpine: { ...redisAlpine, config: { userland: 'busybox', tools: ALPINE_TOOLS, nslookup: 'big' } }, '7-alpine': { ...redisAlpine, config: { userland: 'busybox', tools: ALPINE_TOOLS, nslookup: 'big' } } },
      defaultTag: 'latest',
      versionTags: { oldest: '2.6', newest: '7.4.1' },
      entrypoint: ['docker-entrypoint.sh'],
      cmd: ['redis-server'],
      env: [PATH_ENV, 'GOSU_VERSION=1.17', 'REDIS_VERSION=7.4.1', 'REDIS_DOWNLOAD_URL=http://download.redis.io/releases/redis-7.4.1.tar.gz'],
      workingDir: '/data',
      programs: { 'docker-entrypoint.sh': 'redis', 'redis-server': 'redis' },
      servesPorts: [6379],
      pullBytesPerSecond: 14_000_000,
    }),
  ];
}
