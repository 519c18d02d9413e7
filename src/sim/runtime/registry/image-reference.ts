// Image references as the container runtime reads them: a port of distribution/reference's
// grammar (reference/regexp.go) and of ParseNormalizedNamed + TagNameOnly (normalize.go), which
// the kubelet (applyDefaultImageTag) and containerd use. `busybox` is
// `docker.io/library/busybox:latest`; `registry.k8s.io/pause:3.10` names its own registry.

export interface ImageReference {
  /** `docker.io`, `registry.k8s.io`, `localhost:5000`. */
  domain: string;
  /** The repository path inside the registry: `library/busybox`, `e2e-test-images/agnhost`. */
  path: string;
  /** The tag, `latest` when the reference names neither a tag nor a digest. */
  tag: string;
  /** True when the reference named a tag itself. */
  tagged: boolean;
  digest?: string;
  /** `docker.io/library/busybox`. */
  repository: string;
  /** `docker.io/library/busybox:latest` (with `@digest` when one was given and no tag). */
  normalized: string;
}

export type ParsedReference = { ok: true; ref: ImageReference } | { ok: false; error: string };

const ALNUM = '[a-z0-9]+';
const SEPARATOR = '(?:[._]|__|[-]+)';
const PATH_COMPONENT = `${ALNUM}(?:${SEPARATOR}${ALNUM})*`;
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const HOST = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])`;
const DOMAIN = `${HOST}(?::[0-9]+)?`;
const TAG = '[\\w][\\w.-]{0,127}';
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9a-fA-F]{32,}';
const REFERENCE = new RegExp(`^((?:${DOMAIN}/)?${PATH_COMPONENT}(?:/${PATH_COMPONENT})*)(?::(${TAG}))?(?:@(${DIGEST}))?$`);
const ANCHORED_ID = /^[a-f0-9]{64}$/;
/** NameTotalLengthMax. */
const NAME_MAX = 255;

/** splitDockerDomain: the first component is a registry when it has a dot or a port, or is `localhost`. */
function splitDockerDomain(name: string): { domain: string; remainder: string } {
  const i = name.indexOf('/');
  let domain: string;
  let remainder: string;
  const first = i < 0 ? '' : name.slice(0, i);
  if (i < 0 || (!/[.:]/.test(first) && first !== 'localhost' && first.toLowerCase() === first)) {
    domain = 'docker.io';
    remainder = name;
  } else {
    domain = first;
    remainder = name.slice(i + 1);
  }
  if (domain === 'index.docker.io') domain = 'docker.io';
  if (domain === 'docker.io' && !remainder.includes('/')) remainder = `library/${remainder}`;
  return { domain, remainder };
}

/** ParseNormalizedNamed then TagNameOnly; the error is the text the kubelet quotes. */
export function parseImageReference(text: string): ParsedReference {
  if (ANCHORED_ID.test(text)) return { ok: false, error: `invalid repository name (${text}), cannot specify 64-byte hexadecimal strings` };
  const { domain, remainder } = splitDockerDomain(text);
  const nameEnd = remainder.search(/[:@]/);
  const remoteName = nameEnd < 0 ? remainder : remainder.slice(0, nameEnd);
  if (remoteName.toLowerCase() !== remoteName) {
    return { ok: false, error: `invalid reference format: repository name (${remoteName}) must be lowercase` };
  }
  const m = REFERENCE.exec(`${domain}/${remainder}`);
  if (!m) return { ok: false, error: 'invalid reference format' };
  const name = m[1]!;
  if (name.length > NAME_MAX) return { ok: false, error: `repository name must not be more than ${NAME_MAX} characters` };
  const path = name.slice(domain.length + 1);
  const tagged = m[2] !== undefined;
  const tag = m[2] ?? 'latest';
  const digest = m[3];
  const repository = `${domain}/${path}`;
  const normalized = digest && !tagged ? `${repository}@${digest}` : `${repository}:${tag}`;
  return { ok: true, ref: { domain, path, tag, tagged, ...(digest ? { digest } : {}), repository, normalized } };
}
