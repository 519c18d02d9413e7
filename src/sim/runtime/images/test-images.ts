// The small test servers the Kubernetes docs run: echoserver (hello-minikube), serve_hostname
// (debug Services), agnhost and jessie-dnsutils (DNS debugging), hashicorp/http-echo, and pause.
// Entrypoints and packages are from their Dockerfiles (kubernetes/kubernetes test/images);
// a digest or size marked `invented` was not seen anywhere.
import type { ImageInfo } from './image-types.js';
import { ALPINE_TOOLS, BUSYBOX_TOOLS, DEBIAN_TOOLS, withTools } from '../userland-tools.js';
import { hex, PATH_ENV } from './busybox-images.js';
import { invented } from './define-image.js';

/** echoserver 1.4 (nginx 1.10 + lua on a slim Ubuntu) and 1.10 (its successor's template). Invented digests and sizes. */
function echoserver(repository: string): ImageInfo {
  return {
    repository,
    tags: {
      '1.4': { digest: hex('95bcb0318265a8af1c11e155414eb82a2e976df3a98df346df1a312c6e5563d4'), size: 46214722, version: '1.4' },
      '1.10': {
        digest: hex('de28dbc6bef02f260b131727064dd74ace19b739d2de0eef7c066238850b366d'),
        size: 46638413,
        version: '1.10',
        config: { entrypoint: [], cmd: ['/usr/local/bin/run.sh'], programs: { '/usr/local/bin/run.sh': 'echoserver', nginx: 'echoserver' } },
      },
    },
    defaultTag: '1.4',
    entrypoint: [],
    cmd: ['nginx', '-g', 'daemon off;'],
    env: [PATH_ENV],
    workingDir: '/',
    userland: 'debian',
    tools: DEBIAN_TOOLS,
    os: 'ubuntu-16.04',
    programs: { nginx: 'echoserver' },
    servesPorts: [8080],
    pullBytesPerSecond: 9_000_000,
  };
}

/** The old serve_hostname: `FROM busybox` + a Go binary on 9376 (Dockerfile read). Invented digest and size. */
function serveHostname(repository: string): ImageInfo {
  return {
    repository,
    tags: { latest: { digest: hex('1680d37d96c861a2fcd61f13e121eca34b066ff10b449f6506855825a1cdea63'), size: 2531072, version: '1.1', nslookup: 'libc-1.28' } },
    defaultTag: 'latest',
    entrypoint: ['/serve_hostname'],
    cmd: [],
    env: [PATH_ENV],
    workingDir: '/',
    userland: 'busybox',
    tools: BUSYBOX_TOOLS,
    programs: { '/serve_hostname': 'serve-hostname' },
    servesPorts: [9376],
    pullBytesPerSecond: 2_000_000,
  };
}

/**
 * agnhost: Alpine with bind-tools (BIND nslookup, dig), curl, bash; ENTRYPOINT /agnhost, CMD
 * pause (Dockerfile read: the default command is `pause`, not the usage text). Invented digests
 * and sizes; curl versions invented (Alpine of each release).
 */
function agnhost(): ImageInfo {
  const tag = (digest: string, size: number, version: string, curl: string) => ({ digest: hex(digest), size, version, config: { curlVersion: curl } });
  return {
    repository: 'registry.k8s.io/e2e-test-images/agnhost',
    tags: {
      '2.39': tag('47d158d7dbf51c69deb0836a3999c0e9b5d354c8a95df3b3b55801efa7eb67bf', 51105200, '2.39', '7.83.1'),
      '2.40': tag(invented('agnhost:2.40').slice(7), 51336414, '2.40', '7.83.1'),
      '2.43': tag('d99e081bc34fb2c0e701840ee0dfb6f2e99b0da0e554f2b0b5db765c2db03761', 51983231, '2.43', '8.1.2'),
      '2.45': tag(invented('agnhost:2.45').slice(7), 52154370, '2.45', '8.1.2'),
      '2.47': tag(invented('agnhost:2.47').slice(7), 52280116, '2.47', '8.5.0'),
      '2.50': tag(invented('agnhost:2.50').slice(7), 52501728, '2.50', '8.5.0'),
      '2.52': tag('b82c95a016bf601b938589d61c7ca88fb08a8d51a46a85a24e56a06cfb59194a', 52621905, '2.52', '8.9.1'),
      '2.53': tag(invented('agnhost:2.53').slice(7), 52702210, '2.53', '8.9.1'),
    },
    defaultTag: '2.39',
    entrypoint: ['/agnhost'],
    cmd: ['pause'],
    env: [PATH_ENV],
    workingDir: '/',
    userland: 'busybox',
    tools: withTools(ALPINE_TOOLS, 'curl', 'dig', 'bash'),
    nslookup: 'bind',
    curlVersion: '7.83.1',
    bindVersion: '9.16.37',
    programs: { '/agnhost': 'agnhost', agnhost: 'agnhost', 'agnhost-2': 'agnhost' },
    servesPorts: [],
    pullBytesPerSecond: 11_000_000,
  };
}

/** jessie-dnsutils: Debian jessie + dnsutils (BIND 9.9.5 nslookup and dig), no CMD of its own (bash). Invented digest and size. */
function jessieDnsutils(): ImageInfo {
  return {
    repository: 'registry.k8s.io/e2e-test-images/jessie-dnsutils',
    tags: { '1.3': { digest: hex('9ba0d962ede972dc68a5c80799f56e37244059369e1aaf4b51baac8fc5538be3'), size: 112549036, version: '9.9.5-9+deb8u19-Debian' } },
    defaultTag: '1.3',
    entrypoint: [],
    cmd: ['bash'],
    env: [PATH_ENV],
    workingDir: '/',
    userland: 'debian',
    tools: withTools(DEBIAN_TOOLS, 'nslookup', 'dig'),
    nslookup: 'bind',
    bindVersion: '9.9.5-9+deb8u19-Debian',
    os: 'debian-8',
    programs: {},
    servesPorts: [],
    pullBytesPerSecond: 13_000_000,
  };
}

function httpEcho(): ImageInfo {
  const latest = { digest: hex('fcb75f691c8b0414d670ae570240cbf95502cc18a9ba57e982ecac589760a186'), size: 3572614, version: '1.0.0' };
  return {
    repository: 'docker.io/hashicorp/http-echo',
    tags: {
      latest,
      '1.0': latest,
      '1.0.0': latest,
      // 0.2.3 (2017) answers the same; its build and size are invented.
      '0.2.3': { digest: hex('67cab8ef952dc93a86e5b85faaf0b07aab9e6cd1274a00af6844fd8c2a85c3c8'), size: 2648379, version: '0.2.3' },
    },
    defaultTag: 'latest',
    entrypoint: ['/http-echo'],
    cmd: [],
    env: [PATH_ENV],
    workingDir: '/',
    userland: 'none',
    tools: [],
    programs: { '/http-echo': 'http-echo' },
    servesPorts: [5678],
    pullBytesPerSecond: 3_000_000,
  };
}

function pause(): ImageInfo {
  return {
    repository: 'registry.k8s.io/pause',
    tags: {
      '3.10': { digest: hex('ee6521f290b2168b6e0935a181d4cff9be1ac3f505666ef0e3c98fae8199917a'), size: 320368 },
      // Older releases: pulled, not preloaded (digests from `invented()`, sizes invented).
      ...Object.fromEntries(
        [['3.9', 321520], ['3.8', 311286], ['3.7', 311278], ['3.6', 301773], ['3.5', 301416], ['3.4.1', 317164], ['3.3', 299513], ['3.2', 299513], ['3.1', 317164]].map(([t, size]) => [
          t as string,
          { digest: invented(`registry.k8s.io/pause:${t}`), size: size as number, preloaded: false },
        ]),
      ),
    },
    defaultTag: '3.10',
    entrypoint: ['/pause'],
    cmd: [],
    env: [],
    workingDir: '/',
    userland: 'none',
    tools: [],
    programs: { '/pause': 'pause' },
    servesPorts: [],
    pullBytesPerSecond: 600_000,
    preloaded: true,
  };
}

/** The catalog's entries of this file, built when the catalog is first used (image-catalog.ts). */
export function testImages(): readonly ImageInfo[] {
  return [
    echoserver('registry.k8s.io/echoserver'),
    echoserver('k8s.gcr.io/echoserver'),
    echoserver('gcr.io/google_containers/echoserver'),
    serveHostname('registry.k8s.io/serve_hostname'),
    serveHostname('k8s.gcr.io/serve_hostname'),
    serveHostname('gcr.io/google_containers/serve_hostname'),
    agnhost(),
    jessieDnsutils(),
    httpEcho(),
    pause(),
  ];
}
