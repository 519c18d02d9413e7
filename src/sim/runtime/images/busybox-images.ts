// busybox and its relatives: Docker Hub's busybox and alpine, and the old Google-hosted busybox
// the Kubernetes docs use (`registry.k8s.io/busybox`, also served as `k8s.gcr.io/busybox` and
// `gcr.io/google-containers/busybox`). Their nslookup decides most DNS lessons (see
// docs/research/busybox.md). A digest or size marked `invented` was not seen anywhere.
import type { ImageInfo, ImageTagInfo } from './image-types.js';
import { ALPINE_TOOLS, BUSYBOX_TOOLS, withTools } from '../userland-tools.js';
import { invented, PATH_ENV } from './define-image.js';

export { PATH_ENV };
export const hex = (s: string): string => `sha256:${s}`;

/**
 * Docker Hub's busybox builds, by what their nslookup does (docs/research/busybox.md §1.7).
 * 1.28 and older resolve through libc; from mid-2018 to November 2022 the default variant was
 * uClibc (one transaction ID per nslookup); since December 2022 it is glibc. Digests and sizes
 * are real for 1.28, 1.31.1 (the seed's), 1.36.1 and 1.37.0.
 */
const B1_28: ImageTagInfo = { digest: hex('141c253bc4c3fd0a201d32dc1f493bcf3fff003b6df416dea4f41046e0f37d47'), size: 727869, nslookup: 'libc-1.28', since: '2018-01-12' };
const B1_31_1: ImageTagInfo = { digest: hex('1828edd60c5efd34b2bf5dd3282ec0cc04d47b2ff9caa0b6d4f07a21d1c08084'), size: 764619, nslookup: 'big-dupid', since: '2019-10-28' };
const B1_36_1: ImageTagInfo = { digest: hex('7b3ccabffc97de872a30dfd234fd972a66d247c8cfc69b0550f276481852627c'), size: 2592863, nslookup: 'big', since: '2023-05-19' };
const B1_37_0: ImageTagInfo = { digest: hex('9db7b59979c38555a39def84a31fb98b5296952f9e3afd4f6f11f05b07adfab0'), size: 2167089, nslookup: 'big', since: '2024-09-27' };

function busybox(): ImageInfo {
  return {
    repository: 'docker.io/library/busybox',
    tags: {
      // `latest` moved with every release. Between the builds listed, the nearest earlier one stands
      // in: 1.29-1.31.0 (uClibc, from July 2018) behave as 1.31.1; 1.35/1.36.0 glibc as 1.36.1.
      latest: {
        ...B1_37_0,
        before: [B1_28, { ...B1_31_1, since: '2018-07-03' }, B1_31_1, { ...B1_36_1, since: '2022-12-05' }, B1_36_1],
      },
      '1.28': B1_28,
      '1.31': B1_31_1,
      '1.31.1': B1_31_1,
      '1.36': { ...B1_36_1, since: '2023-01-03', before: [] },
      '1.36.1': B1_36_1,
      '1.37': B1_37_0,
      '1.37.0': B1_37_0,
    },
    defaultTag: 'latest',
    // Other releases from 1.21 on behave as the nearest listed build (1.33.1 as 1.31.1, uClibc).
    versionTags: { oldest: '1.21', newest: '1.37.0' },
    entrypoint: [],
    cmd: ['sh'],
    env: [PATH_ENV],
    workingDir: '/',
    userland: 'busybox',
    tools: BUSYBOX_TOOLS,
    programs: {},
    servesPorts: [],
    pullBytesPerSecond: 1_200_000,
  };
}

/**
 * The Google-hosted busybox (2015-2017 builds, busybox <= 1.27, libc resolver). Digests and the
 * `latest` size are from real `Image ID:` lines and a 1.30+ Pulled event (1144547 bytes); the
 * 1.27.2 size is invented (a uclibc 1.27 layer is about 0.7 MB).
 */
const GOOGLE_BUSYBOX_TAGS: Record<string, ImageTagInfo> = {
  latest: { digest: hex('d8d3bc2c183ed2f9f10e7258f84971202325ee6011ba137112e01e30f206de67'), size: 1144547, nslookup: 'libc-1.28' },
  '1.27.2': { digest: hex('545e6a6310a27636260920bc07b994a299b6708a1b26910cfefd335fdfb60d2b'), size: 722543, nslookup: 'libc-1.28' },
  '1.27': { digest: hex('545e6a6310a27636260920bc07b994a299b6708a1b26910cfefd335fdfb60d2b'), size: 722543, nslookup: 'libc-1.28' },
};

function googleBusybox(repository: string): ImageInfo {
  return { ...busybox(), repository, tags: GOOGLE_BUSYBOX_TAGS, pullBytesPerSecond: 900_000 };
}

function alpine(): ImageInfo {
  const tag = { digest: hex('56fa17d2a7e7f168a043a2712e63aed1f8543aeafdcee47c58dcffe38ed51099'), size: 3653068, nslookup: 'big' as const };
  return {
    repository: 'docker.io/library/alpine',
    tags: {
      latest: tag,
      '3.21': tag,
      '3.20': { ...tag, digest: hex('beefdbd8a1da6d2915566fde36db9db0b524eb737fc57cd1367effd16dc0d06d'), config: { files: { '/etc/alpine-release': '3.20.5\n' } } },
      // Older branches (digests from `invented()`, sizes invented).
      '3.19': { ...tag, digest: invented('docker.io/library/alpine:3.19'), size: 3_415_482, config: { files: { '/etc/alpine-release': '3.19.6\n' } } },
      '3.18': { ...tag, digest: invented('docker.io/library/alpine:3.18'), size: 3_348_110, config: { files: { '/etc/alpine-release': '3.18.11\n' } } },
    },
    defaultTag: 'latest',
    versionTags: { oldest: '3.1', newest: '3.21.2' },
    entrypoint: [],
    cmd: ['/bin/sh'],
    env: [PATH_ENV],
    workingDir: '/',
    userland: 'busybox',
    tools: ALPINE_TOOLS,
    programs: {},
    servesPorts: [],
    pullBytesPerSecond: 2_400_000,
  };
}

/** radial/busyboxplus:curl (transcript 16's client): an old busybox plus curl. Digest, size and curl version invented. */
function busyboxPlus(): ImageInfo {
  return {
    ...busybox(),
    repository: 'docker.io/radial/busyboxplus',
    tags: { curl: { digest: hex('c2f8b04709b7bb23ba37b20fb4f83fc3c3cff64288dd46cde9bd76811c7cf842'), size: 4230462, nslookup: 'libc-1.28' } },
    defaultTag: 'curl',
    tools: withTools(BUSYBOX_TOOLS, 'curl'),
    curlVersion: '7.39.0',
  };
}

/** The catalog's entries of this file, built when the catalog is first used (image-catalog.ts). */
export function busyboxImages(): readonly ImageInfo[] {
  return [
    busybox(),
    googleBusybox('registry.k8s.io/busybox'),
    googleBusybox('k8s.gcr.io/busybox'),
    googleBusybox('gcr.io/google-containers/busybox'),
    googleBusybox('gcr.io/google_containers/busybox'),
    alpine(),
    busyboxPlus(),
  ];
}
