// The sample apps tutorials deploy: Google's hello-app and the Kubernetes Basics bootcamp app,
// Docker's hello-world, and the guestbook's frontend and Redis follower. Entrypoints and
// environment are from their Dockerfiles; a digest from `invented()` or a size marked invented
// was not seen anywhere.
import type { ImageInfo } from './image-types.js';
import { bootcampServerJs } from '../../commands/programs/kubernetes-bootcamp.js';
import { ALPINE_TOOLS, DEBIAN_TOOLS, withTools } from '../userland-tools.js';
import { hex, PATH_ENV } from './busybox-images.js';
import { defineImage, invented } from './define-image.js';

/**
 * hello-app 1.0 and 2.0 (2018 builds): `FROM alpine:latest`, the Go binary copied to `/` as
 * `./hello-app`, ENV PORT 8080, CMD ["./hello-app"] (the sample's Dockerfile of the time). Sizes invented.
 */
function helloApp(repository: string): ImageInfo {
  return defineImage({
    repository,
    tags: {
      '1.0': { digest: invented(`${repository}:1.0`), size: 4_173_142, version: '1.0.0' },
      '2.0': { digest: invented(`${repository}:2.0`), size: 4_173_174, version: '2.0.0' },
    },
    defaultTag: '1.0',
    cmd: ['./hello-app'],
    env: [PATH_ENV, 'PORT=8080'],
    userland: 'busybox',
    tools: ALPINE_TOOLS,
    nslookup: 'big',
    programs: { './hello-app': 'hello-app', '/hello-app': 'hello-app', 'hello-app': 'hello-app' },
    servesPorts: [8080],
    pullBytesPerSecond: 4_000_000,
  });
}

/**
 * The Artifact Registry hello-app: the newer Dockerfile, a static binary on distroless
 * (`gcr.io/distroless/static-debian12`), USER nonroot, CMD ["/hello-app"]: no shell. Sizes invented.
 */
function helloAppDistroless(): ImageInfo {
  const repository = 'us-docker.pkg.dev/google-samples/containers/gke/hello-app';
  return defineImage({
    repository,
    tags: {
      '1.0': { digest: invented(`${repository}:1.0`), size: 4_962_374, version: '1.0.0' },
      '2.0': { digest: invented(`${repository}:2.0`), size: 4_962_390, version: '2.0.0' },
    },
    defaultTag: '1.0',
    cmd: ['/hello-app'],
    env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt', 'PORT=8080'],
    user: 'nonroot:nonroot',
    userland: 'none',
    tools: [],
    programs: { '/hello-app': 'hello-app' },
    servesPorts: [8080],
    pullBytesPerSecond: 5_000_000,
  });
}

/**
 * kubernetes-bootcamp: `FROM node:6.3.1` (Debian jessie, with curl), /server.js, EXPOSE 8080 and
 * the shell-form CMD `node server.js`. v1's digest is the one `kubectl describe` shows in
 * public transcripts; v2's and both sizes are invented.
 */
function bootcamp(repository: string, tags: Record<string, string>, defaultTag: string): ImageInfo {
  return defineImage({
    repository,
    tags: Object.fromEntries(
      Object.entries(tags).map(([tag, v]) => [
        tag,
        {
          digest: v === '1' && repository.startsWith('gcr.io') ? hex('0d6b8ee63bb57c5f5b6156f446b3bc3b3c143d233037f3a2f00e279c8fcc64af') : invented(`${repository}:${tag}`),
          size: 83_215_374,
          version: v,
          config: { files: { '/server.js': bootcampServerJs(v) } },
        },
      ]),
    ),
    defaultTag,
    cmd: ['/bin/sh', '-c', 'node server.js'],
    env: [PATH_ENV, 'NPM_CONFIG_LOGLEVEL=info', 'NODE_VERSION=6.3.1'],
    userland: 'debian',
    tools: withTools(DEBIAN_TOOLS, 'curl'),
    curlVersion: '7.38.0',
    os: 'debian-8',
    programs: { node: 'kubernetes-bootcamp' },
    servesPorts: [8080],
    pullBytesPerSecond: 12_000_000,
  });
}

/** hello-world: FROM scratch, /hello. The digest is the linux/amd64 one of `latest` since 2023-05 (UNVERIFIED); size invented. */
function helloWorld(): ImageInfo {
  return defineImage({
    repository: 'docker.io/library/hello-world',
    tags: { latest: { digest: hex('e2fc4e5012d16e7fe466f5291c476431beaa1f9b90a5c2125b493ed28e2aba57'), size: 2_380 } },
    defaultTag: 'latest',
    cmd: ['/hello'],
    env: [PATH_ENV],
    userland: 'none',
    tools: [],
    programs: { '/hello': 'hello-world' },
    pullBytesPerSecond: 100_000,
  });
}

/**
 * The guestbook tutorial's frontend (php:5-apache with the guestbook's PHP): Apache on 80. Its
 * page talks to Redis with the Redis protocol, which the simulator does not model; here Apache
 * serves its startup lines and htdocs. Digest and size invented.
 */
function gbFrontend(): ImageInfo {
  const repository = 'us-docker.pkg.dev/google-samples/containers/gke/gb-frontend';
  return defineImage({
    repository,
    tags: { v5: { digest: invented(`${repository}:v5`), size: 189_654_278, version: '2.4.10' } },
    defaultTag: 'v5',
    cmd: ['apache2-foreground'],
    env: [PATH_ENV, 'PHPIZE_DEPS=autoconf dpkg-dev file g++ gcc libc-dev make pkg-config re2c', 'PHP_INI_DIR=/usr/local/etc/php', 'APACHE_CONFDIR=/etc/apache2', 'APACHE_ENVVARS=/etc/apache2/envvars', 'PHP_VERSION=5.6.40'],
    workingDir: '/var/www/html',
    userland: 'debian',
    tools: DEBIAN_TOOLS,
    os: 'debian-9',
    programs: { 'apache2-foreground': 'httpd' },
    servesPorts: [80],
    pullBytesPerSecond: 14_000_000,
  });
}

/**
 * The HPA walkthrough's php-apache (registry.k8s.io/hpa-example): php:5-apache with an index.php
 * that burns CPU per request (programs/php-apache.ts). Digest and size invented.
 */
function hpaExample(): ImageInfo {
  const repository = 'registry.k8s.io/hpa-example';
  return defineImage({
    repository,
    tags: { latest: { digest: invented(`${repository}:latest`), size: 176_437_232, version: '2.4.10' } },
    defaultTag: 'latest',
    cmd: ['apache2-foreground'],
    env: [PATH_ENV, 'PHPIZE_DEPS=autoconf file g++ gcc libc-dev make pkg-config re2c', 'PHP_INI_DIR=/usr/local/etc/php', 'APACHE_CONFDIR=/etc/apache2', 'APACHE_ENVVARS=/etc/apache2/envvars', 'PHP_VERSION=5.6.31'],
    workingDir: '/var/www/html',
    userland: 'debian',
    tools: DEBIAN_TOOLS,
    os: 'debian-8',
    programs: { 'apache2-foreground': 'php-apache' },
    servesPorts: [80],
    pullBytesPerSecond: 14_000_000,
  });
}

/** The guestbook's Redis follower (`FROM redis:6.2`, /run.sh starting a replica) and the e2e Redis. Digests and sizes invented. */
function redisFollower(repository: string, tag: string, version: string): ImageInfo {
  return defineImage({
    repository,
    tags: { [tag]: { digest: invented(`${repository}:${tag}`), size: 40_122_318, version } },
    defaultTag: tag,
    entrypoint: ['docker-entrypoint.sh'],
    cmd: ['/bin/sh', '-c', '/run.sh'],
    env: [PATH_ENV, 'GOSU_VERSION=1.17', `REDIS_VERSION=${version}`],
    workingDir: '/data',
    userland: 'debian',
    tools: DEBIAN_TOOLS,
    programs: { 'docker-entrypoint.sh': 'redis', 'redis-server': 'redis', '/run.sh': 'redis' },
    servesPorts: [6379],
    pullBytesPerSecond: 14_000_000,
  });
}

/** The catalog's entries of this file, built when the catalog is first used (image-catalog.ts). */
export function sampleAppImages(): readonly ImageInfo[] {
  return [
    helloApp('gcr.io/google-samples/hello-app'),
    helloAppDistroless(),
    bootcamp('gcr.io/google-samples/kubernetes-bootcamp', { v1: '1' }, 'v1'),
    bootcamp('docker.io/jocatalin/kubernetes-bootcamp', { v1: '1', v2: '2' }, 'v2'),
    helloWorld(),
    gbFrontend(),
    hpaExample(),
    redisFollower('us-docker.pkg.dev/google-samples/containers/gke/gb-redis-follower', 'v2', '6.2.14'),
    { ...redisFollower('registry.k8s.io/redis', 'e2e', '5.0.5'), entrypoint: [], cmd: ['redis-server'] },
  ];
}
