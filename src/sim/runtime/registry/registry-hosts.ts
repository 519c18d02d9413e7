// The registries the simulated nodes can reach, and how each one refuses an anonymous pull of an
// image it will not serve. The texts are containerd's docker resolver errors as kubelets report
// them (seen in public kubelet events: Docker Hub's `pull access denied`, GitHub's and GitLab's
// 403 from their token endpoints, Azure's 401); a host that is none of these does not resolve.

export interface RegistryHost {
  /** How the registry refuses an anonymous pull of `path:tag` (the end of containerd's error). */
  refusal: (path: string, tag: string) => string;
  /** True for registries that keep unknown repositories private (a 401/403) rather than saying not found. */
  privateByDefault?: boolean;
}

function token(realm: string, service: string, status: string): (path: string, tag: string) => string {
  return (path) =>
    `failed to authorize: failed to fetch anonymous token: unexpected status from GET request to ${realm}?scope=repository%3A${encodeURIComponent(path)}%3Apull&service=${service}: ${status}`;
}

const DOCKER_HUB: RegistryHost = {
  refusal: () => 'pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed',
  privateByDefault: true,
};

/**
 * A 401 without a token service: containerd's remotes/errors UnexpectedStatusErr. Used where no
 * public kubelet event showed the registry's own refusal.
 */
function unexpected(domain: string): (path: string, tag: string) => string {
  return (path, tag) => `unexpected status from HEAD request to ${manifestURL(domain, path, tag)}: 401 Unauthorized`;
}

/** Public registries; `privateByDefault` where an unknown repository is refused rather than not found. */
const EXACT: Readonly<Record<string, RegistryHost>> = {
  'docker.io': DOCKER_HUB,
  // Refusals seen in public kubelet events.
  'ghcr.io': { refusal: token('https://ghcr.io/token', 'ghcr.io', '403 Forbidden'), privateByDefault: true },
  'registry.gitlab.com': { refusal: token('https://gitlab.com/jwt/auth', 'container_registry', '403 Forbidden'), privateByDefault: true },
  // Refusals not seen: the generic form.
  'registry.k8s.io': { refusal: unexpected('registry.k8s.io') },
  'k8s.gcr.io': { refusal: unexpected('k8s.gcr.io') },
  'gcr.io': { refusal: unexpected('gcr.io'), privateByDefault: true },
  'quay.io': { refusal: unexpected('quay.io'), privateByDefault: true },
  'public.ecr.aws': { refusal: unexpected('public.ecr.aws') },
  'mcr.microsoft.com': { refusal: unexpected('mcr.microsoft.com') },
  'nvcr.io': { refusal: unexpected('nvcr.io'), privateByDefault: true },
  'docker.elastic.co': { refusal: unexpected('docker.elastic.co') },
  'registry.access.redhat.com': { refusal: unexpected('registry.access.redhat.com') },
  'registry.redhat.io': { refusal: unexpected('registry.redhat.io'), privateByDefault: true },
  'cgr.dev': { refusal: unexpected('cgr.dev') },
};

/** Hosts known by their suffix: Google's regional and Artifact Registry hosts, Azure's (seen) and AWS's private registries. */
function bySuffix(host: string): RegistryHost | undefined {
  if (host.endsWith('.gcr.io') || host.endsWith('-docker.pkg.dev')) return { refusal: unexpected(host), privateByDefault: true };
  if (host.endsWith('.azurecr.io')) return { refusal: token(`https://${host}/oauth2/token`, host, '401 Unauthorized'), privateByDefault: true };
  if (/\.dkr\.ecr\.[a-z0-9-]+\.amazonaws\.com$/.test(host)) return { refusal: unexpected(host), privateByDefault: true };
  return undefined;
}

/** A registry host the simulated nodes reach; undefined when the name does not resolve. */
export function registryHost(domain: string): RegistryHost | undefined {
  const host = domain.replace(/:\d+$/, '');
  return EXACT[host] ?? bySuffix(host);
}

/** A host a lesson declares (an image under `sim.images` names it): it answers 401 without a token service. */
export function declaredHost(domain: string): RegistryHost {
  return { refusal: unexpected(domain) };
}

/** The URL containerd asks a manifest from: Docker Hub's API host is registry-1.docker.io. */
export function manifestURL(domain: string, path: string, tagOrDigest: string): string {
  const host = domain === 'docker.io' ? 'registry-1.docker.io' : domain;
  return `https://${host}/v2/${path}/manifests/${tagOrDigest}`;
}
