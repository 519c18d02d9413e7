// An image neither the catalog nor the lesson knows, pulled anyway because a real registry would
// serve it: a plain Debian-like userland, and, when the pod gives no command, a process that runs
// until stopped and answers on the container's ports with a note saying what was assumed. Its
// size and digest are derived from its name, so every run shows the same ones.
import type { ImageInfo } from '../image-catalog.js';
import { PATH_ENV } from '../images/busybox-images.js';
import { DEBIAN_TOOLS } from '../userland-tools.js';
import { invented } from '../images/define-image.js';
import { randomFor } from './random-for.js';
import type { ImageReference } from './image-reference.js';

/** Where the assumed program lives: `/usr/local/bin/<last path component>`. */
export function genericEntrypoint(ref: ImageReference): string {
  return `/usr/local/bin/${ref.path.slice(ref.path.lastIndexOf('/') + 1)}`;
}

export function genericImageInfo(ref: ImageReference): ImageInfo {
  const entry = genericEntrypoint(ref);
  const size = 20_000_000 + randomFor(`size:${ref.normalized}`).int(130_000_000);
  return {
    repository: ref.repository,
    tags: { [ref.tag]: { digest: ref.digest ?? invented(ref.normalized), size } },
    defaultTag: ref.tag,
    entrypoint: [entry],
    cmd: [],
    env: [PATH_ENV],
    workingDir: '/',
    userland: 'debian',
    tools: DEBIAN_TOOLS,
    programs: { [entry]: 'declared' },
    servesPorts: [],
    pullBytesPerSecond: 12_000_000,
    behaviour: {},
    assumed: true,
  };
}
