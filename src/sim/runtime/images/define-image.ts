// A repository entry with the defaults most images share (no entrypoint, the standard PATH, `/`,
// nothing served), and digests for builds whose real digest was not found: `invented(reference)`
// derives a stable, well-formed sha256 from the reference so each invented build is distinct.
import type { ImageInfo, ImageTagInfo } from './image-types.js';

/** The PATH most images set. */
export const PATH_ENV = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

type Defaults = 'entrypoint' | 'env' | 'workingDir' | 'programs' | 'servesPorts';

export type ImageSpec = Omit<ImageInfo, Defaults> & Partial<Pick<ImageInfo, Defaults>>;

export function defineImage(spec: ImageSpec): ImageInfo {
  return { entrypoint: [], env: [PATH_ENV], workingDir: '/', programs: {}, servesPorts: [], ...spec };
}

/** A digest nobody published: 64 hex digits hashed (FNV-1a, eight lanes) from the reference. */
export function invented(reference: string): string {
  let out = '';
  for (let lane = 0; lane < 8; lane++) {
    // Each lane starts from its own basis (the lane folded in by a multiply, which an xor of the
    // lane's digit would cancel out).
    let h = Math.imul(0x811c9dc5 ^ 0x5bd1e995, lane + 1) >>> 0;
    for (const c of reference) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0;
    out += h.toString(16).padStart(8, '0');
  }
  return `sha256:${out}`;
}

/** The same build under several tags (`3.12`, `3.12.8`, `latest`). */
export function sameBuild(tags: readonly string[], info: ImageTagInfo): Record<string, ImageTagInfo> {
  return Object.fromEntries(tags.map((t) => [t, info]));
}
