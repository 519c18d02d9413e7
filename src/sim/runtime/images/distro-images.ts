// General-purpose images: ubuntu and debian (a bash that exits at once without a TTY), python and
// perl (buildpack-deps based, so curl is there), httpd and redis. Entrypoints and commands are the
// official images'; digests and sizes are invented unless a comment says otherwise.
import type { ImageInfo } from '../image-catalog.js';
import { DEBIAN_TOOLS, withTools } from '../userland-tools.js';
import { hex, PATH_ENV } from './busybox-images.js';

interface DistroSpec {
  repository: string;
  tags: Record<string, { digest: string; size: number; version?: string; config?: { os: string } }>;
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
  };
}

const ubuntu24 = { digest: 'e94febb49dd363336af4718372c679b457a2a42a76987e18c892488a76197378', size: 29754422, version: '24.04' };
const ubuntu22 = { digest: 'a669775dead81fdb3f3b5f813aecf84654eaca6241af994fe51a9d55eb998bdf', size: 29534055, version: '22.04', config: { os: 'ubuntu-22.04' } };
const debian12 = { digest: '766ce8557c84f9cefac6746e832dc65d34e698f0c158bd3c50f7e5ca53deb96b', size: 48494272, version: '12' };
const python312 = { digest: '5086af676c4401b8cc67aa2498a9b9c37e9ca12107352a9d8668bd043492f0cc', size: 371212934, version: '3.12.8' };
const perl534 = { digest: '2c2f41f814449cac0c76bc8723ce5734cadf2b50ef41cc8e61a1ce434d8595bd', size: 334513406, version: '5.34.0' };
const httpd24 = { digest: '95abce60cb8ce8f9c371005b7f85a60e2efb74370bb0ab5653a0555f8901efcf', size: 58191840, version: '2.4.62' };
const redis7 = { digest: 'fb1a53ffd33c3e94d13f8ecdf9dc8f3884429ce0419119fc3f62c874d40423c6', size: 45153982, version: '7.4.1' };

export const DISTRO_IMAGES: readonly ImageInfo[] = [
  distro({ repository: 'docker.io/library/ubuntu', tags: { latest: ubuntu24, '24.04': ubuntu24, noble: ubuntu24, '22.04': ubuntu22, jammy: ubuntu22 }, defaultTag: 'latest', cmd: ['/bin/bash'], os: 'ubuntu-24.04', pullBytesPerSecond: 12_000_000 }),
  distro({ repository: 'docker.io/library/debian', tags: { latest: debian12, '12': debian12, bookworm: debian12, 'bookworm-slim': { ...debian12, size: 28231019 } }, defaultTag: 'latest', cmd: ['bash'], pullBytesPerSecond: 12_000_000 }),
  // buildpack-deps images also ship GNU wget, which is not modelled: `wget` is absent here.
  distro({
    repository: 'docker.io/library/python',
    tags: { latest: python312, '3.12': python312, '3.12.8': python312 },
    defaultTag: 'latest',
    cmd: ['python3'],
    env: ['PATH=/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'LANG=C.UTF-8', 'GPG_KEY=7169605F62C751356D054A26A821E680E5FA6305', 'PYTHON_VERSION=3.12.8'],
    tools: withTools(DEBIAN_TOOLS, 'curl'),
    curlVersion: '7.88.1',
    programs: { python3: 'python', python: 'python', 'python3.12': 'python' },
    pullBytesPerSecond: 25_000_000,
  }),
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
    tags: { latest: httpd24, '2.4': httpd24, '2.4.62': httpd24 },
    defaultTag: 'latest',
    cmd: ['httpd-foreground'],
    env: ['PATH=/usr/local/apache2/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'HTTPD_PREFIX=/usr/local/apache2', 'HTTPD_VERSION=2.4.62'],
    workingDir: '/usr/local/apache2',
    programs: { 'httpd-foreground': 'httpd', httpd: 'httpd' },
    servesPorts: [80],
    pullBytesPerSecond: 14_000_000,
  }),
  distro({
    repository: 'docker.io/library/redis',
    tags: { latest: redis7, '7': redis7, '7.4': redis7, '7.4.1': redis7 },
    defaultTag: 'latest',
    entrypoint: ['docker-entrypoint.sh'],
    cmd: ['redis-server'],
    env: [PATH_ENV, 'GOSU_VERSION=1.17', 'REDIS_VERSION=7.4.1', 'REDIS_DOWNLOAD_URL=http://download.redis.io/releases/redis-7.4.1.tar.gz'],
    workingDir: '/data',
    programs: { 'docker-entrypoint.sh': 'redis', 'redis-server': 'redis' },
    servesPorts: [6379],
    pullBytesPerSecond: 14_000_000,
  }),
];
