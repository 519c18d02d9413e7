// The probe tutorial's old images: registry.k8s.io/liveness (`FROM scratch`, the server at
// /server, no ENTRYPOINT or CMD: the pod's `args: [/server]` runs it) and registry.k8s.io/goproxy
// (`FROM scratch`, ENTRYPOINT ["/goproxy"]), from kubernetes test/images/{liveness,goproxy}.
// Digests from `invented()` and the sizes were not seen anywhere.
import type { ImageInfo } from './image-types.js';
import { defineImage, invented } from './define-image.js';

function liveness(repository: string): ImageInfo {
  return defineImage({
    repository,
    tags: { latest: { digest: invented(`${repository}:latest`), size: 2_834_406 } },
    defaultTag: 'latest',
    cmd: [],
    env: [],
    userland: 'none',
    tools: [],
    programs: { '/server': 'liveness-server' },
    servesPorts: [8080],
    pullBytesPerSecond: 3_000_000,
  });
}

function goproxy(repository: string): ImageInfo {
  return defineImage({
    repository,
    tags: { '0.1': { digest: invented(`${repository}:0.1`), size: 2_697_514 } },
    defaultTag: '0.1',
    entrypoint: ['/goproxy'],
    cmd: [],
    env: [],
    userland: 'none',
    tools: [],
    programs: { '/goproxy': 'goproxy' },
    servesPorts: [8080],
    pullBytesPerSecond: 3_000_000,
  });
}

/** The catalog's entries of this file, built when the catalog is first used (image-catalog.ts). */
export function probeImages(): readonly ImageInfo[] {
  return [
    liveness('registry.k8s.io/liveness'),
    liveness('k8s.gcr.io/liveness'),
    goproxy('registry.k8s.io/goproxy'),
    goproxy('k8s.gcr.io/goproxy'),
  ];
}
