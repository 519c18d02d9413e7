// `kubectl describe`: fetches what kubectl's describers fetch (the object, its events, and for
// some kinds related objects) and renders it client-side; an unknown name falls back to every
// object whose name starts with it, as kubectl does.
import { nodeLease } from '../../kubelet/node-lease.js';
import { ApiServer } from '../../api/api-server.js';
import type { LimitRange, ResourceQuota } from '../../api/policy-types.js';
import { typeForKind, type ResourceType } from '../../api/resources.js';
import { PODS } from '../../api/pods-type.js';
import { StatusError } from '../../api/status-error.js';
import type { ConfigMap, DaemonSet, Deployment, EndpointSlice, Endpoints, Event, KubeObject, Namespace, Node, Pod, ReplicaSet, Secret, Service, ServiceAccount } from '../../api/types.js';
import { fromLabelSelector, labelsMatch } from '../../api/selectors.js';
import type { Kubectl, VerbResult } from '../context.js';
import { formatErrors, type SourcedError } from '../errors.js';
import { flagBool, flagStrings, type FlagSpec } from '../flags.js';
import { describeDaemonSet } from '../../printers/describe/describe-daemon-set.js';
import { describeDeployment } from '../../printers/describe/describe-deployment.js';
import { byCreation } from '../../controllers/deployment/replica-arithmetic.js';
import { equalIgnoreHash } from '../../controllers/deployment/template-hash.js';
import { deploymentReplicaSets } from './rollout-history.js';
import { describeJob } from '../../printers/describe/describe-job.js';
import { describeHorizontalPodAutoscaler } from '../../printers/describe/describe-hpa.js';
import type { HorizontalPodAutoscaler } from '../../api/autoscaling/hpa-types.js';
import { describeCronJob } from '../../printers/describe/describe-cronjob.js';
import type { CronJob } from '../../api/strategies/cronjob-strategy.js';
import type { Job } from '../../api/strategies/job-strategy.js';
import { describeEndpointSlice } from '../../printers/describe/describe-endpoint-slice.js';
import { describeEndpoints } from '../../printers/describe/describe-endpoints.js';
import { describeNode } from '../../printers/describe/describe-node.js';
import { describePod } from '../../printers/describe/describe-pod.js';
import { describeReplicaSet } from '../../printers/describe/describe-replica-set.js';
import { describeService } from '../../printers/describe/describe-service.js';
import { describeConfigMap } from '../../printers/describe/describe-config-map.js';
import { describeLimitRange } from '../../printers/describe/describe-limit-range.js';
import { describeNamespace } from '../../printers/describe/describe-namespace.js';
import { describeResourceQuota } from '../../printers/describe/describe-resource-quota.js';
import { describeSecret } from '../../printers/describe/describe-secret.js';
import { describeServiceAccount } from '../../printers/describe/describe-service-account.js';
import { joinDescriptions } from '../../printers/describe/join-descriptions.js';
import { describeGeneric } from './describe-generic.js';
import type { StatefulSet } from '../../api/statefulset-types.js';
import type { PriorityClass } from '../../api/priority-class-types.js';
import type { Role, RoleBinding } from '../../api/rbac-types.js';
import { describeBinding, describeRole } from '../../printers/describe/describe-rbac.js';
import { describePriorityClass } from '../../printers/describe/describe-priority-class.js';
import type { PersistentVolume, PersistentVolumeClaim, StorageClass } from '../../api/storage-types.js';
import { describeStatefulSet } from '../../printers/describe/describe-stateful-set.js';
import { describePersistentVolume, describePersistentVolumeClaim, describeStorageClass } from '../../printers/describe/describe-storage.js';
import { fetchTargets } from './get.js';
import { hasSources, KUSTOMIZE_FLAG } from './read-sources.js';

export const DESCRIBE_FLAGS: FlagSpec[] = [
  { name: 'selector', short: 'l', type: 'string' },
  { name: 'all-namespaces', short: 'A', type: 'bool' },
  { name: 'filename', short: 'f', type: 'strings' },
  { name: 'recursive', short: 'R', type: 'bool' },
  KUSTOMIZE_FLAG,
  { name: 'show-events', type: 'bool' },
  { name: 'chunk-size', type: 'int' },
];

const EVENTS = typeForKind('Event', 'v1')!;
const SLICES = typeForKind('EndpointSlice', 'discovery.k8s.io/v1')!;
const REPLICASETS = typeForKind('ReplicaSet', 'apps/v1')!;
const QUOTAS = typeForKind('ResourceQuota', 'v1')!;
const LIMIT_RANGES = typeForKind('LimitRange', 'v1')!;

/** The events kubectl asks for: by involvedObject name, namespace, kind and uid. */
function eventsFor(api: ApiServer, obj: KubeObject): Event[] {
  const ns = obj.metadata.namespace;
  return api.list<Event>(EVENTS, ns ?? undefined).items.filter(
    (e) =>
      e.involvedObject.name === obj.metadata.name &&
      (e.involvedObject.namespace ?? '') === (ns ?? '') &&
      e.involvedObject.kind === obj.kind &&
      (e.involvedObject.uid === obj.metadata.uid || obj.kind === 'Node'),
  );
}

function podsSelectedBy(api: ApiServer, ns: string | undefined, selector: Parameters<typeof fromLabelSelector>[0]): Pod[] {
  const sel = fromLabelSelector(selector);
  return api.list<Pod>(PODS, ns).items.filter((p) => labelsMatch(p.metadata.labels, sel));
}

/** Renders one object the way kubectl's describer for its kind does. */
export function describeObject(api: ApiServer, obj: KubeObject, now: number, showEvents: boolean): string {
  // The RBAC describers read no events.
  if (obj.kind === 'Role' || obj.kind === 'ClusterRole') return describeRole(obj as Role);
  if (obj.kind === 'RoleBinding' || obj.kind === 'ClusterRoleBinding') return describeBinding(obj as RoleBinding);
  const events = showEvents ? eventsFor(api, obj) : [];
  const options = { now, showEvents };
  const ns = obj.metadata.namespace;
  switch (obj.kind) {
    case 'Pod':
      return describePod(obj as Pod, events, options);
    case 'Service': {
      const slices = api.list<EndpointSlice>(SLICES, ns, { labelSelector: `kubernetes.io/service-name=${obj.metadata.name}` }).items;
      return describeService(obj as Service, slices, events, options);
    }
    case 'Node': {
      const pods = api.list<Pod>(PODS, undefined).items.filter((p) => p.spec.nodeName === obj.metadata.name && p.status.phase !== 'Succeeded' && p.status.phase !== 'Failed');
      return describeNode(obj as Node, pods, events, { now, showEvents, lease: nodeLease(obj.metadata.name, now) });
    }
    case 'Endpoints':
      return describeEndpoints(obj as Endpoints, events, options);
    case 'EndpointSlice':
      return describeEndpointSlice(obj as EndpointSlice, events, options);
    case 'ReplicaSet': {
      const rs = obj as ReplicaSet;
      return describeReplicaSet(rs, podsSelectedBy(api, ns, rs.spec.selector), events, options);
    }
    case 'DaemonSet': {
      const ds = obj as DaemonSet;
      return describeDaemonSet(ds, podsSelectedBy(api, ns, ds.spec.selector), events, options);
    }
    case 'Deployment': {
      const dep = obj as Deployment;
      // GetAllReplicaSetsInChunks: FindNewReplicaSet sorts the list by creation and takes the
      // first whose template is the Deployment's; all the others are old, in that order.
      const owned = deploymentReplicaSets(api, dep).sort(byCreation);
      const newRS = owned.find((r) => equalIgnoreHash(r.spec.template, dep.spec.template));
      return describeDeployment(dep, owned.filter((r) => r !== newRS), newRS ? [newRS] : [], events, options);
    }
    case 'Job':
      return describeJob(obj as Job, events, options);
    case 'HorizontalPodAutoscaler':
      return describeHorizontalPodAutoscaler(obj as HorizontalPodAutoscaler, events, options);
    case 'CronJob':
      return describeCronJob(obj as CronJob, events, options);
    case 'StatefulSet': {
      const set = obj as StatefulSet;
      return describeStatefulSet(set, podsSelectedBy(api, ns, set.spec.selector), events, options);
    }
    case 'PersistentVolumeClaim':
      return describePersistentVolumeClaim(obj as PersistentVolumeClaim, api.list<Pod>(PODS, ns).items, events, options);
    case 'PersistentVolume':
      return describePersistentVolume(obj as PersistentVolume, events, options);
    case 'StorageClass':
      return describeStorageClass(obj as StorageClass, events, options);
    case 'ConfigMap':
      return describeConfigMap(obj as ConfigMap, events, options);
    case 'Secret':
      return describeSecret(obj as Secret);
    case 'Namespace': {
      const name = obj.metadata.name;
      return describeNamespace(obj as Namespace, { resourceQuotas: api.list<ResourceQuota>(QUOTAS, name).items, limitRanges: api.list<LimitRange>(LIMIT_RANGES, name).items });
    }
    case 'ResourceQuota':
      return describeResourceQuota(obj as ResourceQuota);
    case 'LimitRange':
      return describeLimitRange(obj as LimitRange);
    case 'PriorityClass':
      return describePriorityClass(obj as PriorityClass, events, options);
    case 'ServiceAccount':
      return describeServiceAccount(obj as ServiceAccount, [], events, options);
    default:
      return describeGeneric(obj, events, options);
  }
}

const MISSING_TYPE = `error: You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.
`;

export function* describe(k: Kubectl): VerbResult {
  const api = k.cluster.api;
  if (k.flags.args.length === 0 && !hasSources(k)) {
    k.err(MISSING_TYPE);
    return 1;
  }
  const showEvents = flagBool(k.flags, 'show-events', true);
  const errors: SourcedError[] = [];
  const fetched = fetchTargets(k, k.flags.args, errors);
  // kubectl describe TYPE PREFIX (DescribeMatchingResources): when the one name is not found,
  // describe every object of the type in the namespace whose name starts with it, each followed
  // by a blank line.
  const [typeArg, nameArg] = k.flags.args;
  if (k.flags.args.length === 2 && errors.length === 1 && nameArg && !typeArg!.includes('/') && isNotFound(errors[0]!.error)) {
    const type: ResourceType | undefined = fetched[0]?.type;
    if (type) {
      const ns = type.namespaced ? k.namespace : undefined;
      const matches = api.list(type, ns).items.filter((o) => o.metadata.name.startsWith(nameArg));
      if (matches.length > 0) {
        for (const o of matches) k.out(`${describeObject(api, o, k.cluster.now(), showEvents)}\n`);
        return 0;
      }
    }
  }
  const objects = fetched.flatMap((f) => f.objects);
  const texts = objects.map((o) => describeObject(api, o, k.cluster.now(), showEvents));
  if (texts.length > 0) k.out(joinDescriptions(texts));
  if (objects.length === 0 && errors.length === 0) {
    k.err(flagBool(k.flags, 'all-namespaces') ? 'No resources found\n' : `No resources found in ${k.namespace} namespace.\n`);
  }
  if (errors.length > 0) {
    k.err(formatErrors(errors));
    return 1;
  }
  return 0;
}

function isNotFound(e: unknown): boolean {
  return e instanceof StatusError && e.status.reason === 'NotFound';
}
