// Language runtimes: python (buildpack-deps based, so curl is there; -slim without it; -alpine on
// busybox; CMD ["python3"]) and node (ENTRYPOINT ["docker-entrypoint.sh"], CMD ["node"]), from
// docker-library's Dockerfiles. The 3.12 digest and size were seen in a real pull; the others from
// `invented()`, and their sizes, were not.
import type { ImageConfig, ImageInfo, ImageTagInfo } from './image-types.js';
import { ALPINE_TOOLS, DEBIAN_TOOLS, withTools } from '../userland-tools.js';
import { hex, PATH_ENV } from './busybox-images.js';
import { defineImage, invented } from './define-image.js';

const SLIM: Partial<ImageConfig> = { tools: DEBIAN_TOOLS };
const ALPINE: Partial<ImageConfig> = { userland: 'busybox', tools: ALPINE_TOOLS, nslookup: 'big' };

/** One release line's tags: `3.12`, `3.12.8`, `3.12-slim`, `3.12-alpine`... */
function line(repository: string, minor: string, version: string, size: number, env: (v: string) => string[], extra: Partial<ImageConfig> = {}, digest?: string): Record<string, ImageTagInfo> {
  const variant = (suffix: string, config: Partial<ImageConfig>, bytes: number): ImageTagInfo => ({
    digest: suffix === '' && digest ? hex(digest) : invented(`${repository}:${version}${suffix}`),
    size: bytes,
    version,
    config: { env: env(version), ...extra, ...config },
  });
  const full = variant('', {}, size);
  const slim = variant('-slim', SLIM, Math.round(size * 0.12));
  const alpine = variant('-alpine', ALPINE, Math.round(size * 0.05));
  return { [minor]: full, [version]: full, [`${minor}-slim`]: slim, [`${version}-slim`]: slim, [`${minor}-alpine`]: alpine, [`${version}-alpine`]: alpine };
}

/** The catalog's entries of this file, built when the catalog is first used (image-catalog.ts). */
export function languageImages(): readonly ImageInfo[] {
  const pythonEnv = (v: string) => ['PATH=/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'LANG=C.UTF-8', 'GPG_KEY=7169605F62C751356D054A26A821E680E5FA6305', `PYTHON_VERSION=${v}`];
  const PY = 'docker.io/library/python';
  const py312 = line(PY, '3.12', '3.12.8', 371_212_934, pythonEnv, { programs: { python3: 'python', python: 'python', 'python3.12': 'python' } }, '5086af676c4401b8cc67aa2498a9b9c37e9ca12107352a9d8668bd043492f0cc');
  const py313 = line(PY, '3.13', '3.13.1', 374_081_524, pythonEnv, { programs: { python3: 'python', python: 'python', 'python3.13': 'python' } });
  const py311 = line(PY, '3.11', '3.11.11', 368_511_120, pythonEnv, { programs: { python3: 'python', python: 'python', 'python3.11': 'python' } });

  const python = defineImage({
    repository: PY,
    // `latest` and `3` stay on 3.12.8, the build the simulator modelled first.
    tags: { ...py311, ...py313, ...py312, latest: py312['3.12']!, '3': py312['3.12']!, slim: py312['3.12-slim']!, alpine: py312['3.12-alpine']! },
    defaultTag: 'latest',
    versionTags: { oldest: '2.7', newest: '3.13.1' },
    cmd: ['python3'],
    env: pythonEnv('3.12.8'),
    userland: 'debian',
    tools: withTools(DEBIAN_TOOLS, 'curl'),
    curlVersion: '7.88.1',
    programs: { python3: 'python', python: 'python', 'python3.12': 'python' },
    pullBytesPerSecond: 25_000_000,
  });

  const nodeEnv = (v: string) => [PATH_ENV, `NODE_VERSION=${v}`, 'YARN_VERSION=1.22.22'];
  const NODE = 'docker.io/library/node';
  const node22 = line(NODE, '22', '22.12.0', 399_117_205, nodeEnv);
  const node20 = line(NODE, '20', '20.18.1', 397_502_334, nodeEnv);
  const node18 = line(NODE, '18', '18.20.5', 385_960_771, nodeEnv);

  const node = defineImage({
    repository: NODE,
    tags: { ...node18, ...node20, ...node22, latest: node22['22']!, lts: node22['22']!, alpine: node22['22-alpine']!, slim: node22['22-slim']! },
    defaultTag: 'latest',
    versionTags: { oldest: '0.10', newest: '23.5.0' },
    entrypoint: ['docker-entrypoint.sh'],
    cmd: ['node'],
    env: nodeEnv('22.12.0'),
    userland: 'debian',
    tools: withTools(DEBIAN_TOOLS, 'curl'),
    curlVersion: '7.88.1',
    programs: { 'docker-entrypoint.sh': 'node-entrypoint', node: 'node' },
    pullBytesPerSecond: 25_000_000,
  });

  return [python, node];
}
