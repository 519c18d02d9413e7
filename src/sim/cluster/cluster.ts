// One simulated Kubernetes cluster: the virtual clock, the API server and its store, the
// controllers, and a kubelet per node, wired together and booted up to the lesson's start time.
import { ApiServer } from '../api/api-server.js';
import { defaultStorageClassAdmission } from '../api/admission/default-storage-class.js';
import { limitRanger } from '../api/admission/limit-ranger.js';
import { priorityAdmission } from '../api/admission/priority.js';
import { resourceQuotaAdmission } from '../api/admission/resource-quota.js';
import { runtimeClassAdmission } from '../api/admission/runtime-class.js';
import { fromLabelSelector, labelsMatch } from '../api/selectors.js';
import { typeForKind } from '../api/resources.js';
import { PODS } from '../api/pods-type.js';
import { base64Decode } from '../api/strategies/generic-strategy.js';
import type { ConfigMap, Node, Pod, Secret, Service } from '../api/types.js';
import type { PersistentVolume, PersistentVolumeClaim } from '../api/storage-types.js';
import { startDeploymentController } from '../controllers/deployment.js';
import { startEndpointsController } from '../controllers/endpoints.js';
import { startCronJobController } from '../controllers/cronjob.js';
import { startHorizontalPodAutoscalerController } from '../controllers/horizontal-pod-autoscaler.js';
import { startJobController } from '../controllers/job.js';
import { startReplicaSetController } from '../controllers/replicaset.js';
import { startDaemonSetController } from '../controllers/daemon-set.js';
import { startStatefulSetController } from '../controllers/statefulset.js';
import { startLocalPathProvisioner } from '../controllers/volume/local-path-provisioner.js';
import { startPersistentVolumeController } from '../controllers/volume/persistent-volume.js';
import { startStorageProtection } from '../controllers/volume/storage-protection.js';
import { startResourceQuotaController } from '../controllers/resource-quota.js';
import { startGarbageCollector } from '../controllers/garbage-collector.js';
import { startNamespaceController } from '../controllers/namespaces.js';
import { startNodeLifecycleController } from '../controllers/node-lifecycle.js';
import { startTaintEvictionController } from '../controllers/taint-eviction.js';
import { startScheduler } from '../controllers/scheduler.js';
import { startAPIServiceAvailabilityController } from '../controllers/apiservice-availability.js';
import { EventRecorder } from '../events/event-recorder.js';
import { Backoff } from '../kubelet/backoff.js';
import { Kubelet } from '../kubelet/kubelet.js';
import type { KubeletContext } from '../kubelet/kubelet-context.js';
import { CONTAINER_BACKOFF, IMAGE_BACKOFF, type Range } from '../kubelet/timings.js';
import type { Listener } from '../runtime/http.js';
import { preloadedImages } from '../runtime/image-catalog.js';
import { ImageRegistry } from '../runtime/registry/image-registry.js';
import { MetricsApi } from '../metrics/metrics-api.js';
import { MetricsPipeline } from '../metrics/metrics-pipeline.js';
import type { NetworkView } from '../runtime/network.js';
import { MemoryFs, type VirtualFs } from '../core/vfs/vfs.js';
import { seedNodeRoot } from '../runtime/node-root.js';
import { ObjectStore } from '../store/object-store.js';
import { bootstrapCluster } from './bootstrap.js';
import { priorityClassBootstrapObjects } from '../api/system-priority-classes.js';
import { rbacBootstrapObjects } from '../rbac/bootstrap-objects.js';
import { startClusterRoleAggregationController } from '../controllers/clusterrole-aggregation.js';
import type { ClusterParts } from '../controllers/cluster-parts.js';
import { intToIp, parseCidr, registryDay, type NodeConfig, type SimConfig } from '../core/config/config.js';
import { DEFAULT_NODE_CAPACITY } from '../core/config/node-declarations.js';
import { createNodeHost, type NodeHost } from '../runtime/node-host.js';
import { NODE_SYSTEM_USAGE } from '../runtime/container-usage.js';
import { quantityValue, parseQuantity } from '../core/quantity.js';
import { EventLoop } from '../core/event-loop.js';
import { NodePodIPs, NodePorts, ServiceIPs } from '../net/ipam.js';
import { SeededRandom } from '../core/random.js';

const SERVICES = typeForKind('Service', 'v1')!;
const CONFIGMAPS = typeForKind('ConfigMap', 'v1')!;
const SECRETS = typeForKind('Secret', 'v1')!;
const NODES = typeForKind('Node', 'v1')!;
const CLAIMS = typeForKind('PersistentVolumeClaim', 'v1')!;
const VOLUMES = typeForKind('PersistentVolume', 'v1')!;

/** The CPUs a node's processes see (`nproc`): its CPU capacity, rounded up. */
function nodeCpus(n: NodeConfig): number {
  return quantityValue(parseQuantity(n.capacity?.['cpu'] ?? DEFAULT_NODE_CAPACITY['cpu']!)!);
}

export class Cluster implements NetworkView {
  readonly config: SimConfig;
  readonly loop: EventLoop;
  readonly random: SeededRandom;
  readonly store = new ObjectStore();
  readonly api: ApiServer;
  readonly recorder: EventRecorder;
  readonly kubelets = new Map<string, Kubelet>();
  /** The registries on the lesson's registry day; what it had to assume is in `registry.assumed`. */
  readonly registry: ImageRegistry;
  readonly parts: ClusterParts;
  /** The metrics.k8s.io API, served by whichever metrics-server runs in the cluster. */
  readonly metrics: MetricsApi;
  readonly #nodeFs = new Map<string, VirtualFs>();
  readonly #hosts = new Map<string, NodeHost>();
  readonly #lb = new Map<string, number>();

  constructor(config: SimConfig) {
    this.config = config;
    this.loop = new EventLoop(config.start - config.clusterAge);
    this.random = new SeededRandom(config.seed);
    this.registry = new ImageRegistry(registryDay(config), config.images);
    const serviceIPs = new ServiceIPs(config.serviceCIDR, this.random.stream('service-ips'));
    const nodePorts = new NodePorts(this.random.stream('node-ports'));
    this.api = new ApiServer({
      store: this.store,
      now: () => this.loop.now(),
      random: this.random,
      strategyContext: {
        now: () => this.loop.now(),
        random: this.random,
        allocateClusterIP: (ip) => serviceIPs.allocate(ip),
        releaseClusterIP: (ip) => serviceIPs.release(ip),
        allocateNodePort: (p) => nodePorts.allocate(p),
        releaseNodePort: (p) => nodePorts.release(p),
        serviceCIDR: config.serviceCIDR,
      },
      // In kube-apiserver's plugin order (pkg/kubeapiserver/options/plugins.go).
      // Stored when first touched (see LazyObjects): start-up cost and resourceVersions unchanged.
      lazy: [rbacBootstrapObjects(config.start - config.clusterAge), priorityClassBootstrapObjects(config.start - config.clusterAge)],
      admission: [limitRanger, priorityAdmission, defaultStorageClassAdmission, runtimeClassAdmission, resourceQuotaAdmission(() => this.loop.now())],
    });
    this.recorder = new EventRecorder(this.api, this.loop);
    const cp = config.nodes.find((n) => n.role === 'control-plane') ?? config.nodes[0]!;
    this.parts = {
      config,
      loop: this.loop,
      random: this.random,
      store: this.store,
      api: this.api,
      recorder: this.recorder,
      controlPlaneNode: cp.name,
    };
    startScheduler(this.parts);
    startEndpointsController(this.parts);
    startNamespaceController(this.parts);
    startGarbageCollector(this.parts);
    startReplicaSetController(this.parts);
    startDaemonSetController(this.parts);
    startDeploymentController(this.parts);
    startJobController(this.parts);
    startCronJobController(this.parts);
    startStatefulSetController(this.parts);
    startPersistentVolumeController(this.parts);
    startStorageProtection(this.parts);
    startLocalPathProvisioner(this.parts);
    startResourceQuotaController(this.parts);
    startNodeLifecycleController(this.parts);
    startTaintEvictionController(this.parts);
    startClusterRoleAggregationController(this.parts);
    const birth = this.loop.now();
    const pipeline = new MetricsPipeline({
      api: this.api,
      loop: this.loop,
      random: this.random.stream('metrics'),
      sources: () => [...this.kubelets.values()].map((k) => ({ nodeName: k.ctx.node.name, bootTime: birth, nodeUsage: () => k.nodeUsage(), podUsage: () => k.podUsage() })),
    });
    startAPIServiceAvailabilityController(this.parts, (pod, group, version) => pipeline.serves(pod, group, version));
    this.metrics = new MetricsApi(this.api, () => this.loop.now(), pipeline);
    startHorizontalPodAutoscalerController(this.parts, this.metrics);
    const cidr = parseCidr(config.podCIDR)!;
    const containerBackoff = new Backoff(CONTAINER_BACKOFF.initialMs, CONTAINER_BACKOFF.maxMs);
    const imageBackoff = new Backoff(IMAGE_BACKOFF.initialMs, IMAGE_BACKOFF.maxMs);
    config.nodes.forEach((n, i) => {
      const ips = new NodePodIPs(`${intToIp(cidr.base + i * 256)}/24`);
      const host = createNodeHost({ ...DEFAULT_NODE_CAPACITY, ...n.capacity }, NODE_SYSTEM_USAGE.memoryBytes, config.kernelVersion);
      this.#hosts.set(n.name, host);
      const gateway = n.ip.replace(/\.\d+$/, '.1');
      const nodeAllocatable = () => this.api.view<Node>(NODES, undefined, n.name)?.status.allocatable ?? {};
      const ctx: KubeletContext = {
        loop: this.loop,
        random: this.random,
        api: this.api,
        recorder: this.recorder,
        node: { name: n.name, ip: n.ip, cpus: nodeCpus(n), kernelVersion: config.kernelVersion },
        network: this,
        clusterDnsIP: config.dnsIP,
        dnsServerUp: (ip) => this.dnsServerUp(ip, gateway),
        sandboxDeps: {
          now: () => this.loop.now(),
          configMap: (ns, name) => this.api.view<ConfigMap>(CONFIGMAPS, ns, name),
          secret: (ns, name) => this.api.view<Secret>(SECRETS, ns, name),
          nodeFs: (node) => this.#fsOfNode(node),
          claimPath: (ns, claimName) => {
            const claim = this.api.view<PersistentVolumeClaim>(CLAIMS, ns, claimName);
            const pv = claim?.spec.volumeName ? this.api.view<PersistentVolume>(VOLUMES, undefined, claim.spec.volumeName) : undefined;
            return pv?.spec.hostPath?.path ?? pv?.spec.local?.path;
          },
          clusterDomain: config.clusterDomain,
          dnsIP: config.dnsIP,
          nodeSearch: config.dnsSearch,
          nodeNameserver: gateway,
          nodeAllocatable,
          host,
        },
        allocatePodIP: () => ips.allocate(),
        releasePodIP: (ip) => ips.release(ip),
        containerBackoff,
        imageBackoff,
        envServices: (ns) => this.#envServices(ns),
        configMap: (ns, name) => this.api.view<ConfigMap>(CONFIGMAPS, ns, name),
        secret: (ns, name) => this.api.view<Secret>(SECRETS, ns, name),
        nodeAllocatable,
        registry: this.registry,
        nodeResolver: gateway,
        imagesPresent: new Set(preloadedImages().flatMap((im) => Object.entries(im.tags).filter(([, info]) => info.preloaded !== false).map(([t]) => `${im.repository}:${t}`))),
        pullQueue: { freeAt: 0 },
        pullFailures: new Map(),
        delay: (r: Range) => this.random.stream('kubelet').between(r.min, r.max),
      };
      this.kubelets.set(n.name, new Kubelet(ctx));
    });
    bootstrapCluster(this.parts);
    this.loop.advanceTo(config.start);
  }

  now(): number {
    return this.loop.now();
  }

  #fsOfNode(node: string): VirtualFs {
    let fs = this.#nodeFs.get(node);
    if (!fs) {
      const host = this.#hosts.get(node);
      fs = new MemoryFs({ now: () => this.loop.now(), ...(host ? { space: host.disk } : {}) });
      seedNodeRoot(fs, node);
      this.#nodeFs.set(node, fs);
    }
    return fs;
  }

  #envServices(namespace: string): Service[] {
    const own = this.api.viewList<Service>(SERVICES, namespace);
    const kubernetes = this.api.view<Service>(SERVICES, 'default', 'kubernetes');
    const all = namespace === 'default' || !kubernetes ? own : [kubernetes, ...own];
    return all.sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0));
  }

  /** CoreDNS answers once it has a ready endpoint; the node's own resolver always answers. */
  dnsServerUp(ip: string, nodeResolver?: string): boolean {
    if (ip === nodeResolver) return true;
    if (ip !== this.config.dnsIP) return false;
    const dns = this.api.view<Service>(SERVICES, 'kube-system', 'kube-dns');
    return dns !== undefined && this.readyEndpointIPs(dns).length > 0;
  }

  // ---- NetworkView -----------------------------------------------------------------------

  get clusterDomain(): string {
    return this.config.clusterDomain;
  }

  services(): Service[] {
    return this.api.viewList<Service>(SERVICES, undefined);
  }

  pods(): Pod[] {
    return this.api.viewList<Pod>(PODS, undefined);
  }

  readyEndpointIPs(svc: Service): string[] {
    const selector = svc.spec.selector;
    if (!selector) return [];
    const sel = fromLabelSelector({ matchLabels: selector });
    return this.api
      .viewList<Pod>(PODS, svc.metadata.namespace)
      .filter((p) => labelsMatch(p.metadata.labels, sel) && p.status.podIP && p.status.conditions?.find((c) => c.type === 'Ready')?.status === 'True' && !p.metadata.deletionTimestamp)
      .map((p) => p.status.podIP!);
  }

  serviceBackend(ip: string, port: number): { ip: string; port: number } | 'none' | undefined {
    const svc = this.services().find((s) => s.spec.clusterIP === ip);
    const sp = svc?.spec.ports?.find((p) => p.port === port);
    if (!svc || !sp) return undefined;
    const sel = svc.spec.selector ? fromLabelSelector({ matchLabels: svc.spec.selector }) : undefined;
    const ready = sel
      ? this.api.viewList<Pod>(PODS, svc.metadata.namespace).filter((p) => labelsMatch(p.metadata.labels, sel) && p.status.podIP && p.status.conditions?.find((c) => c.type === 'Ready')?.status === 'True' && !p.metadata.deletionTimestamp)
      : [];
    if (ready.length === 0) return 'none';
    const key = `${ip}:${port}`;
    const turn = this.#lb.get(key) ?? this.random.stream('load-balancing').int(ready.length);
    this.#lb.set(key, turn + 1);
    const pod = ready[turn % ready.length]!;
    let target = sp.targetPort ?? sp.port;
    if (typeof target === 'string') {
      const named = pod.spec.containers.flatMap((c) => c.ports ?? []).find((p) => p.name === target);
      target = named?.containerPort ?? 0;
    }
    return { ip: pod.status.podIP!, port: target };
  }

  listener(ip: string, port: number): Listener | undefined {
    for (const kubelet of this.kubelets.values()) {
      const l = kubelet.listener(ip, port);
      if (l) return l;
    }
    return undefined;
  }

  hostExists(ip: string): boolean {
    if (this.config.nodes.some((n) => n.ip === ip)) return true;
    return this.pods().some((p) => p.status.podIP === ip && p.status.phase === 'Running');
  }

  /** The kubelet running a pod (for logs and exec). */
  kubeletFor(namespace: string, name: string): Kubelet | undefined {
    const pod = this.api.view<Pod>(PODS, namespace, name);
    return pod?.spec.nodeName ? this.kubelets.get(pod.spec.nodeName) : undefined;
  }

  nodes(): Node[] {
    return this.api.list<Node>(NODES, undefined).items;
  }
}

export { base64Decode };
