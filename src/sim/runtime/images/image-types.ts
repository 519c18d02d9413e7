// The catalog's types: an image repository's facts, its tags, and an image reference resolved
// against them (image-catalog.ts re-exports them).
import type { DeclaredBehaviour } from '../../core/config/image-declarations.js';

/**
 * How an image's `nslookup` behaves: busybox's three (docs/research/busybox.md §1.7) and BIND's
 * (dnsutils images: `Address:\t10.96.0.10#53`, the resolver's search list and ndots).
 */
export type NslookupProfile = 'libc-1.28' | 'big-dupid' | 'big' | 'bind';

/** What PID 1 of the image's default program does with SIGTERM. */
export type StopBehaviour = 'ignore' | 'exit';

/** A program an image runs when the pod gives no command (or that a command names). */
export type ImageProgram =
  | 'nginx'
  | 'pause'
  | 'daemon'
  | 'http-echo'
  | 'echoserver'
  | 'serve-hostname'
  | 'agnhost'
  | 'httpd'
  | 'php-apache'
  | 'redis'
  | 'perl'
  | 'python'
  | 'node'
  | 'node-entrypoint'
  | 'bash-entrypoint'
  | 'curl-entrypoint'
  | 'liveness-server'
  | 'goproxy'
  | 'hello-app'
  | 'kubernetes-bootcamp'
  | 'hello-world'
  | 'stress'
  | 'vish-stress'
  | 'etcd'
  | 'mysql'
  | 'postgres'
  | 'network-multitool'
  | 'metrics-server'
  | 'declared';

/** The shell family of an image: which wording its tools use. `none`: no shell at all. */
export type Userland = 'busybox' | 'debian' | 'none';

/** What an image (or one of its tags) is configured to do: the OCI config plus what it ships. */
export interface ImageConfig {
  entrypoint: string[];
  cmd: string[];
  env: string[];
  workingDir: string;
  userland: Userland;
  /** Commands on the image's PATH besides its programs (see userland-tools.ts). */
  tools: readonly string[];
  /** Programs the image provides, by executable name. */
  programs: Record<string, ImageProgram>;
  /** TCP ports its default program serves. */
  servesPorts: number[];
  /** How its `nslookup` behaves, when it has one. */
  nslookup?: NslookupProfile;
  /** The curl version it ships (its User-Agent), when it has curl. */
  curlVersion?: string;
  /** The BIND version of its dig (`DiG 9.9.5-9+deb8u19-Debian`), when it has dig. */
  bindVersion?: string;
  /** Its base system, for /etc/os-release (`debian-12` when unset; see image-files.ts). */
  os?: string;
  /** The OCI config's User (`1000`, `nginx`, `nonroot:nonroot`); root when unset. */
  user?: string;
  /** Files the image adds beyond its userland's (`/server.js`), by absolute path. */
  files?: Readonly<Record<string, string>>;
  /** What a `declared` program does (images from `sim.images`, and generic ones). */
  behaviour?: DeclaredBehaviour;
  /** Neither the catalog nor the lesson knows this image: its program is the simulator's assumption. */
  assumed?: boolean;
}

export interface ImageTagInfo {
  /** The digest the runtime reports (`docker.io/library/busybox@sha256:...`). */
  digest: string;
  /** Bytes, as the kubelet's Pulled event reports them. */
  size: number;
  nslookup?: NslookupProfile;
  /** The version of the image's program in this tag (`1.14.2`): programs print it and behave by it. */
  version?: string;
  /** What this tag does differently from the repository's defaults (older builds). */
  config?: Partial<ImageConfig>;
  /**
   * The day (`YYYY-MM-DD`) the registry started serving this build under this tag. On an earlier
   * registry date the tag resolves to the newest entry of `before` already published, or does
   * not exist yet. Unset: served on every date the simulator models.
   */
  since?: string;
  /** What a floating tag (`latest`, `1.36`, `alpine`) pointed at before `since`, oldest first, each with its own `since`. */
  before?: ImageTagInfo[];
  /** False for a tag of a preloaded repository that nodes do not have until they pull it (`pause:3.1`). */
  preloaded?: false;
}

export interface ImageInfo extends ImageConfig {
  /** Normalized repository, e.g. `docker.io/library/busybox`. */
  repository: string;
  tags: Record<string, ImageTagInfo>;
  /** Tag used when a reference names none. */
  defaultTag: string;
  /** Pull throughput in bytes per second (registry + unpack), before jitter. */
  pullBytesPerSecond: number;
  /** Images present on every node from the start (kind preloads its own). */
  preloaded?: boolean;
  /**
   * Release tags the registry serves besides those listed: versions from `oldest` to `newest`
   * (dotted numbers, with the suffixes listed tags have, such as `-alpine`), each behaving like
   * the nearest listed build. Unset: only the listed tags exist.
   */
  versionTags?: { oldest: string; newest: string };
}

export interface ResolvedImage {
  /** The reference exactly as the pod spec wrote it. */
  reference: string;
  /** The repository's facts with the tag's own config applied. */
  info: ImageInfo;
  tag: string;
  tagInfo: ImageTagInfo;
  /** `docker.io/library/busybox:latest`: the runtime's normalized name (status `image`). */
  normalized: string;
  /** `docker.io/library/busybox@sha256:...` (status `imageID`). */
  imageID: string;
}
