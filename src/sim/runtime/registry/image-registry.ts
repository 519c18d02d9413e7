// The simulated registries, as one cluster's nodes see them on the lesson's registry day: what
// an image reference pulls (a catalog image, a declared one, or a generic one the catalog does not
// know), or why the pull fails (no such tag, no such repository, refused without credentials, a
// registry host that does not resolve), in containerd's words.
import type { DeclaredImage } from '../../core/config/image-declarations.js';
import type { ImageInfo, ImageTagInfo, ResolvedImage } from '../image-catalog.js';
import { catalogRepository } from './catalog-index.js';
import { declaredImageInfo } from './declared-image.js';
import { DOCKER_OFFICIAL_IMAGES } from './docker-official-images.js';
import { genericImageInfo } from './generic-image.js';
import { parseImageReference, type ImageReference } from './image-reference.js';
import { declaredHost, manifestURL, registryHost, type RegistryHost } from './registry-hosts.js';
import { tagAt, versionTag } from './tag-resolution.js';

export type PullFailureKind = 'not-found' | 'refused' | 'no-host';

export type PullAnswer =
  | { ok: true; image: ResolvedImage; ref: ImageReference }
  | { ok: false; kind: 'invalid'; error: string }
  | { ok: false; kind: PullFailureKind; ref: ImageReference; /** What follows `failed to resolve reference "N": `. */ error: string };

export interface PullContext {
  /** Registry hosts the pod's image pull secrets have credentials for (`docker.io`, `ghcr.io`). */
  credentials: ReadonlySet<string>;
  /** The node's DNS server, which answers `no such host` (`172.18.0.1`). */
  nodeResolver: string;
}

/** An image pulled although neither the catalog nor the lesson knows it: what was assumed. */
export interface AssumedImage {
  /** The reference as the pod spec wrote it. */
  reference: string;
  normalized: string;
  size: number;
}

export class ImageRegistry {
  readonly #date: string;
  /** Declarations by normalized name (`docker.io/library/app:1`) and, untagged, by repository. */
  readonly #declared = new Map<string, DeclaredImage>();
  readonly #declaredHosts = new Set<string>();
  /** Generic images pulled so far, by normalized name, in the order first pulled. */
  readonly assumed = new Map<string, AssumedImage>();

  constructor(date: string, declared: readonly DeclaredImage[]) {
    this.#date = date;
    for (const d of declared) {
      const parsed = parseImageReference(d.reference);
      if (!parsed.ok) continue;
      this.#declared.set(parsed.ref.tagged || parsed.ref.digest ? parsed.ref.normalized : parsed.ref.repository, d);
      this.#declaredHosts.add(parsed.ref.domain);
    }
  }

  /** What pulling `reference` gets on a node, given the pod's credentials. */
  resolve(reference: string, context: PullContext): PullAnswer {
    const parsed = parseImageReference(reference);
    if (!parsed.ok) return { ok: false, kind: 'invalid', error: parsed.error };
    const ref = parsed.ref;
    const fail = (kind: PullFailureKind, error: string): PullAnswer => ({ ok: false, kind, ref, error });
    const host = registryHost(ref.domain) ?? (this.#declaredHosts.has(ref.domain) ? declaredHost(ref.domain) : undefined);
    if (!host) {
      const name = ref.domain.replace(/:\d+$/, '');
      return fail('no-host', `failed to do request: Head "${manifestURL(ref.domain, ref.path, ref.digest ?? ref.tag)}": dial tcp: lookup ${name} on ${context.nodeResolver}:53: no such host`);
    }
    const declared = this.#declared.get(ref.normalized) ?? this.#declared.get(ref.repository);
    if (declared) return this.#resolveDeclared(reference, ref, declared, host, context);
    const catalog = catalogRepository(ref.repository);
    if (catalog) {
      const found = this.#catalogTag(catalog, ref);
      return found ? { ok: true, image: resolved(reference, ref, catalog, found.tag, found.info), ref } : fail('not-found', `${ref.normalized}: not found`);
    }
    if (ref.domain === 'docker.io' && ref.path.startsWith('library/') && !DOCKER_OFFICIAL_IMAGES.has(ref.path.slice('library/'.length))) {
      return fail('refused', host.refusal(ref.path, ref.tag));
    }
    const info = genericImageInfo(ref);
    const tagInfo = info.tags[ref.tag]!;
    if (!this.assumed.has(ref.normalized)) this.assumed.set(ref.normalized, { reference, normalized: ref.normalized, size: tagInfo.size });
    return { ok: true, image: resolved(reference, ref, info, ref.tag, tagInfo), ref };
  }

  #resolveDeclared(reference: string, ref: ImageReference, declared: DeclaredImage, host: RegistryHost, context: PullContext): PullAnswer {
    if (declared.missing) {
      const error = ref.domain === 'docker.io' ? host.refusal(ref.path, ref.tag) : `${ref.normalized}: not found`;
      return { ok: false, kind: ref.domain === 'docker.io' ? 'refused' : 'not-found', ref, error };
    }
    if (declared.private && !context.credentials.has(ref.domain)) return { ok: false, kind: 'refused', ref, error: host.refusal(ref.path, ref.tag) };
    const like = declared.like ? this.#likeImage(declared.like) : undefined;
    const info = declaredImageInfo(ref, declared, like);
    return { ok: true, image: resolved(reference, ref, info, ref.tag, info.tags[ref.tag]!), ref };
  }

  /** The catalog image a declaration names with `like`, as the registry serves it today. */
  #likeImage(like: string): { info: ImageInfo; tagInfo: ImageTagInfo } | undefined {
    const parsed = parseImageReference(like);
    if (!parsed.ok) return undefined;
    const catalog = catalogRepository(parsed.ref.repository);
    const found = catalog && this.#catalogTag(catalog, parsed.ref);
    return found ? { info: withTagConfig(catalog, found.info), tagInfo: found.info } : undefined;
  }

  /** A catalog tag as served on the registry day: by tag, by digest, or a version the catalog only knows the shape of. */
  #catalogTag(info: ImageInfo, ref: ImageReference): { tag: string; info: ImageTagInfo } | undefined {
    if (ref.digest && !ref.tagged) {
      for (const [tag, t] of Object.entries(info.tags)) {
        for (const build of [t, ...(t.before ?? [])]) if (build.digest === ref.digest) return { tag, info: build };
      }
      return undefined;
    }
    const listed = info.tags[ref.tag];
    if (listed) {
      const build = tagAt(listed, this.#date);
      return build ? { tag: ref.tag, info: build } : undefined;
    }
    const version = versionTag(info, ref.tag, this.#date);
    return version ? { tag: ref.tag, info: version } : undefined;
  }

  /** Whether a lesson's declaration names `like` an image the catalog serves (for config checks). */
  knowsLike(like: string): boolean {
    return this.#likeImage(like) !== undefined;
  }
}

/**
 * The repository's facts with a tag's own config applied: one object per (repository, tag), so
 * what is built once per image (its file tree, see ContainerInstance) is found again.
 */
const configured = new WeakMap<ImageInfo, WeakMap<ImageTagInfo, ImageInfo>>();

function withTagConfig(info: ImageInfo, tagInfo: ImageTagInfo): ImageInfo {
  if (!tagInfo.config) return info;
  let byTag = configured.get(info);
  if (!byTag) configured.set(info, (byTag = new WeakMap()));
  let out = byTag.get(tagInfo);
  if (!out) byTag.set(tagInfo, (out = { ...info, ...tagInfo.config }));
  return out;
}

function resolved(reference: string, ref: ImageReference, info: ImageInfo, tag: string, tagInfo: ImageTagInfo): ResolvedImage {
  return {
    reference,
    info: withTagConfig(info, tagInfo),
    tag,
    tagInfo,
    normalized: ref.normalized,
    imageID: `${ref.repository}@${tagInfo.digest}`,
  };
}
