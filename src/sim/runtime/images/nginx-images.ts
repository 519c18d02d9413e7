// nginx: the official image's tags the docs use, and the nginx-slim image of the StatefulSet
// tutorial. Older official tags (1.14.2, 1.16.1) predate /docker-entrypoint.sh and curl; what
// each build prints is in programs/nginx-builds.ts. A digest or size marked `invented` was not
// seen anywhere; 1.14.2's digest is the one `kubectl describe` shows in many public transcripts.
import type { ImageConfig, ImageInfo } from './image-types.js';
import { ALPINE_TOOLS, DEBIAN_TOOLS, withTools } from '../userland-tools.js';
import { hex, PATH_ENV } from './busybox-images.js';
import { invented } from './define-image.js';

function nginxEnv(version: string, debian: string, njs?: string): string[] {
  const env = [PATH_ENV, `NGINX_VERSION=${version}`];
  if (njs) env.push(`NJS_VERSION=${njs}`, `NJS_RELEASE=1~${debian}`);
  env.push(`PKG_RELEASE=1~${debian}`);
  if (njs) env.push(`DYNPKG_RELEASE=1~${debian}`);
  return env;
}

/** Tags built before /docker-entrypoint.sh (1.19) and before curl was installed: nginx runs directly. */
function legacy(version: string, debian: string, os: string): Partial<ImageConfig> {
  return {
    os,
    entrypoint: [],
    env: [PATH_ENV, `NGINX_VERSION=${version}-1~${debian}`, `NJS_VERSION=${version}.0.2.7-1~${debian}`],
    tools: DEBIAN_TOOLS,
    programs: { nginx: 'nginx' },
  };
}

function nginx(): ImageInfo {
  const t1_27 = { digest: hex('bc5eac5eafc581aeda3008b4b1f07ebba230de2f27d47767129a6a905c84f470'), size: 68857691, version: '1.27.3' };
  const t1_26 = { digest: hex('4d77117874832d371c8898c1dc18e306eba952f00251b3b12baf34e6f4dcb55b'), size: 69157614, version: '1.26.3', config: { env: nginxEnv('1.26.3', 'bookworm', '0.8.9') } }; // invented digest and size
  const t1_25 = { digest: hex('56c386070bc3ed1a7e27e151d4e66bb11fde092219cde243670d1a5c143b3d08'), size: 67201448, version: '1.25.5', config: { env: nginxEnv('1.25.5', 'bookworm', '0.8.4') } }; // invented digest and size
  const t1_16 = { digest: hex('95ac8f4277b974b95f724b74a63bf5d44f4e6f2539d8e0d2ee2e59c42af32e19'), size: 51003117, version: '1.16.1', config: legacy('1.16.1', 'buster', 'debian-10') }; // invented digest and size
  const t1_23 = { digest: invented('docker.io/library/nginx:1.23.4'), size: 57_004_711, version: '1.23.4', config: { env: nginxEnv('1.23.4', 'bullseye', '0.7.11'), os: 'debian-11' } }; // invented size
  const t1_21 = { digest: invented('docker.io/library/nginx:1.21.6'), size: 56_746_611, version: '1.21.6', config: { env: nginxEnv('1.21.6', 'bullseye', '0.7.3'), os: 'debian-11' } }; // invented size
  const t1_7 = { digest: invented('docker.io/library/nginx:1.7.9'), size: 39_948_179, version: '1.7.9', config: { ...legacy('1.7.9', 'wheezy', 'debian-8'), env: [PATH_ENV, 'NGINX_VERSION=1.7.9-1~wheezy'] } }; // invented size
  const t1_14 = { digest: hex('f7988fb6c02e0ce69257d9bd9cf37ae20a60f1df7563c3a2a6abe24160306b8d'), size: 44710204, version: '1.14.2', config: legacy('1.14.2', 'stretch', 'debian-9') }; // size invented
  return {
    repository: 'docker.io/library/nginx',
    tags: {
      latest: { digest: hex('0a399eb16751829e1af26fea27b20c3ec28d7ab1fb72182879dcae1cca21206a'), size: 72402122, version: '1.27.3' },
      '1.27': t1_27,
      '1.27.3': t1_27,
      '1.26': t1_26,
      '1.26.3': t1_26,
      '1.25': t1_25,
      '1.25.5': t1_25,
      '1.16.1': t1_16,
      '1.16': t1_16,
      '1.14.2': t1_14,
      '1.14': t1_14,
      '1.23': t1_23,
      '1.23.4': t1_23,
      '1.21': t1_21,
      '1.21.6': t1_21,
      '1.7.9': t1_7,
      stable: t1_26,
      mainline: t1_27,
      alpine: {
        digest: hex('4ff102c5d78d254a6f0da062b3cf39eaf07f01eec0927fd21e219d0af8bc0591'),
        size: 20514536,
        version: '1.27.3',
        nslookup: 'big',
        config: { userland: 'busybox', tools: withTools(ALPINE_TOOLS, 'curl'), curlVersion: '8.11.1' }, // curl version invented
      },
    },
    defaultTag: 'latest',
    versionTags: { oldest: '1.7.9', newest: '1.27.3' },
    entrypoint: ['/docker-entrypoint.sh'],
    cmd: ['nginx', '-g', 'daemon off;'],
    env: nginxEnv('1.27.3', 'bookworm', '0.8.7'),
    workingDir: '/',
    userland: 'debian',
    tools: withTools(DEBIAN_TOOLS, 'curl'),
    curlVersion: '7.88.1',
    programs: { '/docker-entrypoint.sh': 'nginx', nginx: 'nginx' },
    servesPorts: [80],
    pullBytesPerSecond: 14_000_000,
  };
}

/**
 * registry.k8s.io/nginx-slim (the StatefulSet tutorial): nginx built on a slim Ubuntu with curl,
 * no entrypoint script, serving /usr/share/nginx/html, which ships no index.html (the tutorial
 * mounts a volume there). The nginx versions behind the tags, the digests and sizes are invented.
 */
function nginxSlim(): ImageInfo {
  const tag = (digest: string, size: number, version: string) => ({ digest: hex(digest), size, version });
  return {
    repository: 'registry.k8s.io/nginx-slim',
    tags: {
      '0.7': tag('5a2219ca64167ea7c24fe7ff0de54bee6d675f2c20ac92bfefdf66e0fd833068', 51228310, 'slim-1.11.1'),
      '0.8': tag('a148d2d6e3280db06a490207ee495bbb27ca55e4cc1fa96448c669346d672b1b', 51228412, 'slim-1.11.1'),
      '0.21': tag('bda1979eddd6aa641b2f6d737897a1cd1555beec8b7e2d2dd44fc882d6902fee', 35791204, 'slim-1.13.12'),
      '0.24': tag('16ea9e9bf9cf00ae603b4dd2d36558742c41ae6b5466787d207f681f9e340676', 37126540, 'slim-1.15.8'),
    },
    defaultTag: '0.8',
    entrypoint: [],
    cmd: ['nginx', '-g', 'daemon off;'],
    env: [PATH_ENV],
    workingDir: '/',
    userland: 'debian',
    tools: withTools(DEBIAN_TOOLS, 'curl'),
    curlVersion: '7.47.0',
    os: 'ubuntu-16.04',
    programs: { nginx: 'nginx' },
    servesPorts: [80],
    pullBytesPerSecond: 12_000_000,
  };
}

/** The catalog's entries of this file, built when the catalog is first used (image-catalog.ts). */
export function nginxImages(): readonly ImageInfo[] {
  return [nginx(), nginxSlim(), { ...nginxSlim(), repository: 'k8s.gcr.io/nginx-slim' }, { ...nginxSlim(), repository: 'gcr.io/google_containers/nginx-slim' }];
}
