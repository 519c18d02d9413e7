// The kind cluster a run uses: found on PATH, reused when a cluster of that name exists, created
// otherwise (`kind create cluster --name N --wait 5m [--config F] [--image I]`), images loaded
// into it, and deleted at the end only when this run created it and `--keep` was not given.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execaSync } from 'execa';
import { cleanUpOnExit } from '../cluster/cleanup-on-exit.js';
import { clusterCodes } from '../cluster/codes.js';
import { ClusterError } from '../cluster/cluster-error.js';
import { runTool, type ToolResult } from '../cluster/run-tool.js';
import { findOnPath } from './find-on-path.js';

export interface KindOptions {
  /** Cluster name (default `kindling`). */
  name?: string;
  /** `kind create cluster --config`. */
  config?: string;
  /** `kind create cluster --image`: the node image, i.e. the Kubernetes version (kindest/node:v1.32.2). */
  image?: string;
  /** Keep a cluster this run created. */
  keep?: boolean;
}

export const DEFAULT_KIND_CLUSTER = 'kindling';
export const KIND_INSTALL_HINT = 'install it from https://kind.sigs.k8s.io/docs/user/quick-start/#installation (e.g. `go install sigs.k8s.io/kind@v0.27.0`), or use --backend cluster with a kubeconfig';

/** How long `kind create cluster` may take (it pulls the node image the first time). */
const CREATE_TIMEOUT_MS = 10 * 60_000;

function lastLine(text: string): string {
  const lines = text.trim().split('\n').filter((l) => l.trim() !== '');
  return lines[lines.length - 1] ?? '';
}

function failed(what: string, result: ToolResult): ClusterError {
  const why = result.timedOut ? 'it did not finish in time' : lastLine(result.stderr) || lastLine(result.stdout) || `exit ${result.exitCode ?? 'by a signal'}`;
  return new ClusterError(clusterCodes.kindFailed, `\`${what}\` failed: ${why}`);
}

/** The commands kindling runs, in order, for the record (and the tests). */
export class KindCluster {
  readonly name: string;
  /** Whether this run created the cluster. */
  created = false;
  /** `kind v0.27.0`, for the provenance line. */
  kindVersion = '';
  /** The cluster's kubeconfig, written by `kind get kubeconfig`. */
  kubeconfig = '';
  private dir = '';
  private kind = '';
  private loaded = new Map<string, Promise<void>>();
  private forget: (() => void) | undefined;

  constructor(private readonly options: KindOptions = {}) {
    this.name = options.name ?? DEFAULT_KIND_CLUSTER;
  }

  /** The cluster outlives the run: it was there before, or --keep. */
  get keepsCluster(): boolean {
    return !this.created || this.options.keep === true;
  }

  /** Finds kind, reuses or creates the cluster, writes its kubeconfig. */
  async start(): Promise<void> {
    const kind = findOnPath('kind');
    if (!kind) throw new ClusterError(clusterCodes.kindNotFound, `--backend kind needs \`kind\` on PATH; ${KIND_INSTALL_HINT}`);
    this.kind = kind;
    const version = await runTool(kind, ['version'], { timeoutMs: 30_000 });
    if (version.exitCode !== 0) throw failed('kind version', version);
    this.kindVersion = /^kind (v\S+)/.exec(version.stdout)?.[1] ?? version.stdout.trim();
    const clusters = await runTool(kind, ['get', 'clusters'], { timeoutMs: 30_000 });
    if (clusters.exitCode !== 0) throw failed('kind get clusters', clusters);
    if (!clusters.stdout.split('\n').map((l) => l.trim()).includes(this.name)) {
      const args = ['create', 'cluster', '--name', this.name, '--wait', '5m'];
      if (this.options.config) args.push('--config', this.options.config);
      if (this.options.image) args.push('--image', this.options.image);
      // Registered first: Ctrl-C during the creation still deletes what kind made.
      this.created = true;
      if (!this.options.keep) this.forget = cleanUpOnExit({ run: () => this.deleteCluster(), runSync: () => this.deleteClusterSync() });
      const create = await runTool(kind, args, { timeoutMs: CREATE_TIMEOUT_MS });
      if (create.exitCode !== 0) {
        await this.finish();
        throw failed(`kind ${args.join(' ')}`, create);
      }
    }
    const config = await runTool(kind, ['get', 'kubeconfig', '--name', this.name], { timeoutMs: 30_000 });
    if (config.exitCode !== 0) {
      await this.finish();
      throw failed(`kind get kubeconfig --name ${this.name}`, config);
    }
    this.dir = mkdtempSync(join(tmpdir(), `kindling-kind-${this.name}-`));
    this.kubeconfig = join(this.dir, 'kubeconfig');
    writeFileSync(this.kubeconfig, config.stdout, { mode: 0o600 });
  }

  /** Loads `images` into the cluster's nodes, each once per run (pulled first into the local engine). */
  loadImages(images: readonly string[]): Promise<void[]> {
    return Promise.all(
      images.map((image) => {
        let loading = this.loaded.get(image);
        if (!loading) {
          loading = this.loadImage(image);
          this.loaded.set(image, loading);
        }
        return loading;
      }),
    );
  }

  private async loadImage(image: string): Promise<void> {
    const present = await runTool('docker', ['image', 'inspect', image], { timeoutMs: 60_000 });
    if (present.exitCode !== 0) {
      const pull = await runTool('docker', ['pull', image], { timeoutMs: CREATE_TIMEOUT_MS });
      if (pull.exitCode !== 0) throw failed(`docker pull ${image}`, pull);
    }
    const load = await runTool(this.kind, ['load', 'docker-image', image, '--name', this.name], { timeoutMs: CREATE_TIMEOUT_MS });
    if (load.exitCode !== 0) throw failed(`kind load docker-image ${image} --name ${this.name}`, load);
  }

  /** Deletes the cluster when this run created it and --keep was not given; removes the kubeconfig. */
  async finish(): Promise<void> {
    if (this.created && !this.options.keep) await this.deleteCluster();
    this.forget?.();
    this.forget = undefined;
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
  }

  private async deleteCluster(): Promise<void> {
    if (!this.created) return;
    this.created = false;
    await runTool(this.kind, ['delete', 'cluster', '--name', this.name], { timeoutMs: 5 * 60_000 });
  }

  private deleteClusterSync(): void {
    if (!this.created) return;
    this.created = false;
    execaSync(this.kind, ['delete', 'cluster', '--name', this.name], { reject: false, timeout: 120_000, stdin: 'ignore', stdout: 'ignore', stderr: 'ignore' });
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
  }
}
