// The images the simulated registry knows: what pulling them costs, what they run by default,
// and how their tools behave. Behaviour as data: one entry per repository, with per-tag facts.
//
// About `busybox` without a tag: the walkthrough this project grew from ran it in December 2019,
// when `busybox:latest` was busybox 1.31.1 built on uClibc. That build gives every DNS query of one
// nslookup the same transaction ID, which is what makes its output one NXDOMAIN block followed by
// `*** Can't find ...: No answer` lines, 5 s per try. We keep that behaviour for the untagged image
// so the walkthrough reproduces; `busybox:1.36` and later are today's glibc builds, whose nslookup
// of a short name exits 1 even when the Service exists (see docs/research/busybox.md).

/** How an image's `nslookup` behaves (docs/research/busybox.md §1.7). */
export type NslookupProfile = 'libc-1.28' | 'big-dupid' | 'big';

/** What PID 1 of the image's default program does with SIGTERM. */
export type StopBehaviour = 'ignore' | 'exit';

/** A program an image runs when the pod gives no command (or that a command names). */
export type ImageProgram = 'shell' | 'nginx' | 'pause' | 'daemon' | 'http-echo';

export interface ImageTagInfo {
  /** The digest the runtime reports (`docker.io/library/busybox@sha256:...`). */
  digest: string;
  /** Bytes, as the kubelet's Pulled event reports them. */
  size: number;
  nslookup?: NslookupProfile;
}

export interface ImageInfo {
  /** Normalized repository, e.g. `docker.io/library/busybox`. */
  repository: string;
  tags: Record<string, ImageTagInfo>;
  /** Tag used when a reference names none. */
  defaultTag: string;
  entrypoint: string[];
  cmd: string[];
  env: string[];
  workingDir: string;
  /** The shell family of the image: which applets exist and how errors read. */
  userland: 'busybox' | 'debian' | 'none';
  /** Programs the image provides beyond its userland, by executable name. */
  programs: Record<string, ImageProgram>;
  /** TCP ports its default program serves. */
  servesPorts: number[];
  /** Pull throughput in bytes per second (registry + unpack), before jitter. */
  pullBytesPerSecond: number;
  /** Images present on every node from the start (kind preloads its own). */
  preloaded?: boolean;
}

const BUSYBOX_PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
const hex = (s: string) => `sha256:${s}`;

function busybox(): ImageInfo {
  return {
    repository: 'docker.io/library/busybox',
    tags: {
      latest: { digest: hex('1828edd60c5efd34b2bf5dd3282ec0cc04d47b2ff9caa0b6d4f07a21d1c08084'), size: 764619, nslookup: 'big-dupid' },
      '1.28': { digest: hex('141c253bc4c3fd0a201d32dc1f493bcf3fff003b6df416dea4f41046e0f37d47'), size: 727869, nslookup: 'libc-1.28' },
      '1.31': { digest: hex('1828edd60c5efd34b2bf5dd3282ec0cc04d47b2ff9caa0b6d4f07a21d1c08084'), size: 764619, nslookup: 'big-dupid' },
      '1.31.1': { digest: hex('1828edd60c5efd34b2bf5dd3282ec0cc04d47b2ff9caa0b6d4f07a21d1c08084'), size: 764619, nslookup: 'big-dupid' },
      '1.36': { digest: hex('7b3ccabffc97de872a30dfd234fd972a66d247c8cfc69b0550f276481852627c'), size: 2592863, nslookup: 'big' },
      '1.36.1': { digest: hex('7b3ccabffc97de872a30dfd234fd972a66d247c8cfc69b0550f276481852627c'), size: 2592863, nslookup: 'big' },
      '1.37': { digest: hex('9db7b59979c38555a39def84a31fb98b5296952f9e3afd4f6f11f05b07adfab0'), size: 2167089, nslookup: 'big' },
      '1.37.0': { digest: hex('9db7b59979c38555a39def84a31fb98b5296952f9e3afd4f6f11f05b07adfab0'), size: 2167089, nslookup: 'big' },
    },
    defaultTag: 'latest',
    entrypoint: [],
    cmd: ['sh'],
    env: [BUSYBOX_PATH],
    workingDir: '/',
    userland: 'busybox',
    programs: {},
    servesPorts: [],
    pullBytesPerSecond: 1_200_000,
  };
}

function nginx(): ImageInfo {
  return {
    repository: 'docker.io/library/nginx',
    tags: {
      latest: { digest: hex('0a399eb16751829e1af26fea27b20c3ec28d7ab1fb72182879dcae1cca21206a'), size: 72402122 },
      '1.27': { digest: hex('bc5eac5eafc581aeda3008b4b1f07ebba230de2f27d47767129a6a905c84f470'), size: 68857691 },
      '1.27.3': { digest: hex('bc5eac5eafc581aeda3008b4b1f07ebba230de2f27d47767129a6a905c84f470'), size: 68857691 },
      alpine: { digest: hex('4ff102c5d78d254a6f0da062b3cf39eaf07f01eec0927fd21e219d0af8bc0591'), size: 20514536 },
    },
    defaultTag: 'latest',
    entrypoint: ['/docker-entrypoint.sh'],
    cmd: ['nginx', '-g', 'daemon off;'],
    env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'NGINX_VERSION=1.27.3', 'NJS_VERSION=0.8.7', 'NJS_RELEASE=1~bookworm', 'PKG_RELEASE=1~bookworm', 'DYNPKG_RELEASE=1~bookworm'],
    workingDir: '/',
    userland: 'debian',
    programs: { '/docker-entrypoint.sh': 'nginx', nginx: 'nginx' },
    servesPorts: [80],
    pullBytesPerSecond: 14_000_000,
  };
}

function alpine(): ImageInfo {
  const tag = { digest: hex('56fa17d2a7e7f168a043a2712e63aed1f8543aeafdcee47c58dcffe38ed51099'), size: 3653068, nslookup: 'big' as const };
  return {
    repository: 'docker.io/library/alpine',
    tags: { latest: tag, '3.21': tag, '3.20': { ...tag, digest: hex('beefdbd8a1da6d2915566fde36db9db0b524eb737fc57cd1367effd16dc0d06d') } },
    defaultTag: 'latest',
    entrypoint: [],
    cmd: ['/bin/sh'],
    env: [BUSYBOX_PATH],
    workingDir: '/',
    userland: 'busybox',
    programs: {},
    servesPorts: [],
    pullBytesPerSecond: 2_400_000,
  };
}

function pause(): ImageInfo {
  return {
    repository: 'registry.k8s.io/pause',
    tags: { '3.10': { digest: hex('ee6521f290b2168b6e0935a181d4cff9be1ac3f505666ef0e3c98fae8199917a'), size: 320368 } },
    defaultTag: '3.10',
    entrypoint: ['/pause'],
    cmd: [],
    env: [],
    workingDir: '/',
    userland: 'none',
    programs: { '/pause': 'pause' },
    servesPorts: [],
    pullBytesPerSecond: 600_000,
    preloaded: true,
  };
}

function httpEcho(): ImageInfo {
  return {
    repository: 'docker.io/hashicorp/http-echo',
    tags: { latest: { digest: hex('fcb75f691c8b0414d670ae570240cbf95502cc18a9ba57e982ecac589760a186'), size: 3572614 } },
    defaultTag: 'latest',
    entrypoint: ['/http-echo'],
    cmd: [],
    env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
    workingDir: '/',
    userland: 'none',
    programs: { '/http-echo': 'http-echo' },
    servesPorts: [5678],
    pullBytesPerSecond: 3_000_000,
  };
}

/** A system component image (preloaded on kind nodes): runs until stopped. */
function daemon(repository: string, tag: string, digest: string, size: number, entry: string): ImageInfo {
  return {
    repository,
    tags: { [tag]: { digest: hex(digest), size } },
    defaultTag: tag,
    entrypoint: [entry],
    cmd: [],
    env: [],
    workingDir: '/',
    userland: 'none',
    programs: { [entry]: 'daemon' },
    servesPorts: [],
    pullBytesPerSecond: 10_000_000,
    preloaded: true,
  };
}

export const IMAGE_CATALOG: readonly ImageInfo[] = [
  busybox(),
  nginx(),
  alpine(),
  pause(),
  httpEcho(),
  daemon('registry.k8s.io/etcd', '3.5.16-0', 'c6a9d11cc5c04b114ccdef39a9265eeef818e3d02f5359be035ae784097fdec5', 57680541, 'etcd'),
  daemon('registry.k8s.io/kube-apiserver', 'v1.32.2', 'c47449f3e751588ea0cb74e325e0f83db335a415f4f4c7fb147375dd6c84757f', 28670731, 'kube-apiserver'),
  daemon('registry.k8s.io/kube-controller-manager', 'v1.32.2', '399aa50f4d1361c59dc458e634506d02de32613d03a9a614a21058741162ef90', 26259392, 'kube-controller-manager'),
  daemon('registry.k8s.io/kube-scheduler', 'v1.32.2', '45710d74cfd5aa10a001d0cf81747b77c28617444ffee0503d12f1dcd7450f76', 20657536, 'kube-scheduler'),
  daemon('registry.k8s.io/kube-proxy', 'v1.32.2', '83c025f0faa6799fab6645102a98138e39a9a7db2be3bc792c79d72659b1805d', 30907858, 'kube-proxy'),
  daemon('registry.k8s.io/coredns/coredns', 'v1.11.3', '9caabbf6238b189a65d0d6e6ac138de60d6a1c419e5a341fbbb7c78382559c6e', 18562039, '/coredns'),
  daemon('docker.io/kindest/kindnetd', 'v20250214-acbabc1a', 'e3c42406b0806c1f7e8a66838377936cbd2cdfd94d9b26a3eefedada8713d495', 39008320, '/bin/kindnetd'),
  daemon('docker.io/kindest/local-path-provisioner', 'v20250214-acbabc1a', 'bd8d5ea6a4c4d0d5b1e3ec2cf3c7f5e1f8a0cbd3f1f61d1a16ab0b8c8c2a1f54', 22541737, 'local-path-provisioner'),
  daemon('docker.io/flannel/flannel', 'v0.26.4', '17e56da8e9e9fd6f4c9e2a2b7d9e64d81a3b2d4c5e6f708192a3b4c5d6e7f809', 31211624, '/opt/bin/flanneld'),
  daemon('docker.io/calico/node', 'v3.29.2', '8d2d0c4c87b1b0d8e3c0f7b4c7a1b1fd1d5b0a0c6f4c7b2e3d1a0f9e8d7c6b5a', 152963640, 'start_runit'),
];

export interface ResolvedImage {
  /** The reference exactly as the pod spec wrote it. */
  reference: string;
  info: ImageInfo;
  tag: string;
  tagInfo: ImageTagInfo;
  /** `docker.io/library/busybox:latest`: the runtime's normalized name (status `image`). */
  normalized: string;
  /** `docker.io/library/busybox@sha256:...` (status `imageID`). */
  imageID: string;
}

export type ImageLookup =
  | { found: true; image: ResolvedImage }
  | { found: false; normalized: string; reason: 'no-repository' | 'no-tag' | 'invalid' };

/** `busybox` -> `docker.io/library/busybox`, `hashicorp/http-echo` -> `docker.io/hashicorp/http-echo`. */
export function normalizeRepository(name: string): string {
  const first = name.split('/')[0]!;
  const hasRegistry = name.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost');
  if (hasRegistry) return name;
  return name.includes('/') ? `docker.io/${name}` : `docker.io/library/${name}`;
}

/** Parses `repo[:tag][@digest]` and finds it in the catalog. */
export function lookupImage(reference: string): ImageLookup {
  if (reference.trim() !== reference || reference === '' || /[A-Z\s]/.test(reference.split('@')[0]!.split('/').pop()!.split(':')[0]!)) {
    return { found: false, normalized: reference, reason: 'invalid' };
  }
  const [nameAndTag] = reference.split('@') as [string];
  const slash = nameAndTag.lastIndexOf('/');
  const colon = nameAndTag.indexOf(':', slash + 1);
  const name = colon < 0 ? nameAndTag : nameAndTag.slice(0, colon);
  const repository = normalizeRepository(name);
  const info = IMAGE_CATALOG.find((i) => i.repository === repository);
  const tag = colon < 0 ? (info?.defaultTag ?? 'latest') : nameAndTag.slice(colon + 1);
  const normalized = `${repository}:${tag}`;
  if (!info) return { found: false, normalized, reason: 'no-repository' };
  const tagInfo = info.tags[tag];
  if (!tagInfo) return { found: false, normalized, reason: 'no-tag' };
  return {
    found: true,
    image: { reference, info, tag, tagInfo, normalized, imageID: `${repository}@${tagInfo.digest}` },
  };
}
