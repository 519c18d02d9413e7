// The cluster's own images (preloaded on kind nodes): they run until stopped.
import type { ImageInfo, ImageTagInfo } from './image-types.js';
import { hex } from './busybox-images.js';
import { invented } from './define-image.js';

/** A system component image: runs its daemon until stopped. */
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
    tools: [],
    programs: { [entry]: 'daemon' },
    servesPorts: [],
    pullBytesPerSecond: 10_000_000,
    preloaded: true,
  };
}

/** etcd: the cluster's own (a daemon), and older releases pulled for the gRPC probe example, which run the etcd program. */
function etcd(): ImageInfo {
  const base = daemon('registry.k8s.io/etcd', '3.5.16-0', 'c6a9d11cc5c04b114ccdef39a9265eeef818e3d02f5359be035ae784097fdec5', 57680541, 'etcd');
  const older: Record<string, ImageTagInfo> = Object.fromEntries(
    ['3.5.1-0', '3.5.3-0', '3.5.6-0', '3.5.9-0', '3.5.10-0', '3.5.12-0', '3.5.15-0'].map((t) => [
      t,
      // Digests from `invented()`, sizes invented.
      { digest: invented(`registry.k8s.io/etcd:${t}`), size: 98_888_614, version: t.replace(/-0$/, ''), preloaded: false, config: { programs: { etcd: 'etcd', '/usr/local/bin/etcd': 'etcd' } } },
    ]),
  );
  return { ...base, tags: { ...base.tags, ...older } };
}

/**
 * metrics-server as kind users install it (components.yaml of the v0.7.2 release): not preloaded,
 * pulled from registry.k8s.io. The digest is the release's (minikube pins it); the size is approximate.
 */
function metricsServer(): ImageInfo {
  const base = daemon('registry.k8s.io/metrics-server/metrics-server', 'v0.7.2', 'ffcb2bf004d6aa0a17d90e0247cf94f2865c8901dcab4427034c341951c239f9', 19_494_617, '/metrics-server');
  return { ...base, programs: { '/metrics-server': 'metrics-server', 'metrics-server': 'metrics-server' }, preloaded: false };
}

/** The catalog's entries of this file, built when the catalog is first used (image-catalog.ts). */
export function systemImages(): readonly ImageInfo[] {
  return [
    etcd(),
    daemon('registry.k8s.io/kube-apiserver', 'v1.32.2', 'c47449f3e751588ea0cb74e325e0f83db335a415f4f4c7fb147375dd6c84757f', 28670731, 'kube-apiserver'),
    daemon('registry.k8s.io/kube-controller-manager', 'v1.32.2', '399aa50f4d1361c59dc458e634506d02de32613d03a9a614a21058741162ef90', 26259392, 'kube-controller-manager'),
    daemon('registry.k8s.io/kube-scheduler', 'v1.32.2', '45710d74cfd5aa10a001d0cf81747b77c28617444ffee0503d12f1dcd7450f76', 20657536, 'kube-scheduler'),
    daemon('registry.k8s.io/kube-proxy', 'v1.32.2', '83c025f0faa6799fab6645102a98138e39a9a7db2be3bc792c79d72659b1805d', 30907858, 'kube-proxy'),
    daemon('registry.k8s.io/coredns/coredns', 'v1.11.3', '9caabbf6238b189a65d0d6e6ac138de60d6a1c419e5a341fbbb7c78382559c6e', 18562039, '/coredns'),
    daemon('docker.io/kindest/kindnetd', 'v20250214-acbabc1a', 'e3c42406b0806c1f7e8a66838377936cbd2cdfd94d9b26a3eefedada8713d495', 39008320, '/bin/kindnetd'),
    daemon('docker.io/kindest/local-path-provisioner', 'v20250214-acbabc1a', 'bd8d5ea6a4c4d0d5b1e3ec2cf3c7f5e1f8a0cbd3f1f61d1a16ab0b8c8c2a1f54', 22541737, 'local-path-provisioner'),
    daemon('docker.io/flannel/flannel', 'v0.26.4', '17e56da8e9e9fd6f4c9e2a2b7d9e64d81a3b2d4c5e6f708192a3b4c5d6e7f809', 31211624, '/opt/bin/flanneld'),
    daemon('docker.io/calico/node', 'v3.29.2', '8d2d0c4c87b1b0d8e3c0f7b4c7a1b1fd1d5b0a0c6f4c7b2e3d1a0f9e8d7c6b5a', 152963640, 'start_runit'),
    metricsServer(),
  ];
}
