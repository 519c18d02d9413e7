// The resource tutorials' load generators: polinux/stress (Alpine with bash and stress 1.0.4
// built from source, CMD ["/usr/local/bin/stress"]; the Dockerfile of pozgo/docker-stress read)
// and vish/stress (`FROM scratch`, ENTRYPOINT ["/stress", "-logtostderr"]; vishh/stress read).
// Digests from `invented()` and the sizes were not seen anywhere.
import type { ImageInfo } from './image-types.js';
import { ALPINE_TOOLS, withTools } from '../userland-tools.js';
import { PATH_ENV } from './busybox-images.js';
import { defineImage, invented } from './define-image.js';

/** The catalog's entries of this file, built when the catalog is first used (image-catalog.ts). */
export function stressImages(): readonly ImageInfo[] {
  const polinux = defineImage({
    repository: 'docker.io/polinux/stress',
    tags: { latest: { digest: invented('docker.io/polinux/stress:latest'), size: 4_041_495, version: '1.0.4' }, '1.0.4': { digest: invented('docker.io/polinux/stress:latest'), size: 4_041_495, version: '1.0.4' } },
    defaultTag: 'latest',
    cmd: ['/usr/local/bin/stress'],
    env: [PATH_ENV, 'RELEASE_VERSION=1.0.4', 'SHELL=/bin/bash'],
    userland: 'busybox',
    tools: withTools(ALPINE_TOOLS, 'bash'),
    nslookup: 'big',
    programs: { '/usr/local/bin/stress': 'stress', stress: 'stress' },
    pullBytesPerSecond: 4_000_000,
  });

  const vish = defineImage({
    repository: 'docker.io/vish/stress',
    tags: { latest: { digest: invented('docker.io/vish/stress:latest'), size: 11_326_438 } },
    defaultTag: 'latest',
    entrypoint: ['/stress', '-logtostderr'],
    cmd: [],
    env: [],
    userland: 'none',
    tools: [],
    programs: { '/stress': 'vish-stress' },
    pullBytesPerSecond: 6_000_000,
  });

  return [polinux, vish];
}
