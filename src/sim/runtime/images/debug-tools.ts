// Images people exec into: bash (Alpine with bash as the shell; ENTRYPOINT
// ["docker-entrypoint.sh"], CMD ["bash"]), curlimages/curl (ENTRYPOINT ["/entrypoint.sh"], CMD
// ["curl"], USER curl_user), nicolaka/netshoot (CMD ["zsh"]; zsh is run by the shell model, as
// bash) and praqma/network-multitool (nginx serving its hostname page). Only the tools the
// runtime models are listed (userland-tools.ts). Digests from `invented()` and the sizes were
// not seen anywhere.
import type { ImageInfo, ImageTagInfo } from './image-types.js';
import { ALPINE_TOOLS, withTools } from '../userland-tools.js';
import { PATH_ENV } from './busybox-images.js';
import { defineImage, invented, sameBuild } from './define-image.js';

const build = (repository: string, version: string, size: number, curl?: string): ImageTagInfo => ({
  digest: invented(`${repository}:${version}`),
  size,
  version,
  ...(curl ? { config: { curlVersion: curl } } : {}),
});

/** The catalog's entries of this file, built when the catalog is first used (image-catalog.ts). */
export function debugToolImages(): readonly ImageInfo[] {
  const BASH = 'docker.io/library/bash';
  const bash52 = build(BASH, '5.2.37', 6_238_017);
  const bash51 = build(BASH, '5.1.16', 6_027_660);
  const bash = defineImage({
    repository: BASH,
    tags: { ...sameBuild(['latest', '5', '5.2', '5.2.37', 'alpine3.21'], bash52), ...sameBuild(['5.1', '5.1.16'], bash51) },
    defaultTag: 'latest',
    entrypoint: ['docker-entrypoint.sh'],
    cmd: ['bash'],
    env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', '_BASH_VERSION=5.2.37', '_BASH_BASELINE=5.2.37', '_BASH_LATEST_PATCH=37'],
    userland: 'busybox',
    tools: withTools(ALPINE_TOOLS, 'bash'),
    nslookup: 'big',
    programs: { 'docker-entrypoint.sh': 'bash-entrypoint' },
    pullBytesPerSecond: 5_000_000,
  });

  const CURL = 'docker.io/curlimages/curl';
  const curl811 = build(CURL, '8.11.1', 9_864_326, '8.11.1');
  const curl85 = build(CURL, '8.5.0', 9_311_702, '8.5.0');
  const curl = defineImage({
    repository: CURL,
    tags: { ...sameBuild(['latest', '8.11.1'], curl811), '8.5.0': curl85 },
    defaultTag: 'latest',
    entrypoint: ['/entrypoint.sh'],
    cmd: ['curl'],
    env: [PATH_ENV, 'CURL_CA_BUNDLE=/cacert.pem'],
    workingDir: '/home/curl_user',
    user: 'curl_user',
    userland: 'busybox',
    tools: withTools(ALPINE_TOOLS, 'curl'),
    nslookup: 'big',
    curlVersion: '8.11.1',
    programs: { '/entrypoint.sh': 'curl-entrypoint' },
    pullBytesPerSecond: 6_000_000,
  });

  const NETSHOOT = 'docker.io/nicolaka/netshoot';
  const netshoot = defineImage({
    repository: NETSHOOT,
    tags: sameBuild(['latest', 'v0.13'], build(NETSHOOT, '0.13', 203_566_114)),
    defaultTag: 'latest',
    cmd: ['zsh'],
    userland: 'busybox',
    tools: withTools(ALPINE_TOOLS, 'bash', 'curl', 'dig'),
    nslookup: 'bind',
    curlVersion: '8.9.1',
    bindVersion: '9.18.27',
    programs: { zsh: 'bash-entrypoint' },
    pullBytesPerSecond: 20_000_000,
  });

  const MULTITOOL = 'docker.io/praqma/network-multitool';
  const multitool = defineImage({
    repository: MULTITOOL,
    tags: sameBuild(['latest', 'alpine-extra'], build(MULTITOOL, 'latest', 17_834_125)),
    defaultTag: 'latest',
    entrypoint: ['/docker-entrypoint.sh'],
    cmd: ['nginx', '-g', 'daemon off;'],
    userland: 'busybox',
    tools: withTools(ALPINE_TOOLS, 'bash', 'curl', 'dig'),
    nslookup: 'bind',
    curlVersion: '7.79.1',
    bindVersion: '9.16.22',
    programs: { '/docker-entrypoint.sh': 'network-multitool', nginx: 'network-multitool' },
    servesPorts: [80, 443],
    pullBytesPerSecond: 12_000_000,
  });

  return [bash, curl, netshoot, multitool];
}
