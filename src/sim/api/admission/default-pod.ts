// What the API server adds to a Pod on create: SetDefaults_Pod/PodSpec/Container, and the
// ServiceAccount, DefaultTolerationSeconds and Priority admission plugins.
import { addQuantity, compareQuantity, parseQuantity, type Quantity, ZERO_QUANTITY } from '../../core/quantity.js';
import { storeResourceList } from '../strategies/stored-resource-lists.js';
import type { Container, Pod, Probe } from '../types.js';

export const SERVICE_ACCOUNT_MOUNT_PATH = '/var/run/secrets/kubernetes.io/serviceaccount';

/** `Always` when the tag is `latest` or absent (digests pin: IfNotPresent), else `IfNotPresent`. */
export function defaultPullPolicy(image: string): string {
  if (image.includes('@')) return 'IfNotPresent';
  const lastSlash = image.lastIndexOf('/');
  const colon = image.indexOf(':', lastSlash + 1);
  const tag = colon < 0 ? 'latest' : image.slice(colon + 1);
  return tag === 'latest' ? 'Always' : 'IfNotPresent';
}

function defaultProbe(probe: Probe | undefined): void {
  if (!probe) return;
  probe.timeoutSeconds ??= 1;
  probe.periodSeconds ??= 10;
  probe.successThreshold ??= 1;
  probe.failureThreshold ??= 3;
  if (probe.httpGet) probe.httpGet.scheme ??= 'HTTP';
}

/** SetDefaults_Container (also what an ephemeral container gets). */
export function defaultContainer(c: Container): void {
  if (c.image !== undefined) c.imagePullPolicy ??= defaultPullPolicy(c.image);
  c.terminationMessagePath ??= '/dev/termination-log';
  c.terminationMessagePolicy ??= 'File';
  c.resources ??= {};
  // Stored as the API server stores quantities: canonical (`0.5` -> `500m`, `1.5Gi` -> `1536Mi`).
  storeResourceList(c.resources, 'limits');
  storeResourceList(c.resources, 'requests');
  for (const p of c.ports ?? []) p.protocol ??= 'TCP';
  for (const e of c.env ?? []) if (e.valueFrom?.fieldRef) e.valueFrom.fieldRef.apiVersion ??= 'v1';
  defaultProbe(c.livenessProbe);
  defaultProbe(c.readinessProbe);
  defaultProbe(c.startupProbe);
}

/** Applies the scheme defaults (before validation, as the API server does when decoding). */
export function defaultPodFields(pod: Pod): void {
  const spec = pod.spec;
  spec.restartPolicy ??= 'Always';
  spec.terminationGracePeriodSeconds ??= 30;
  spec.dnsPolicy ??= 'ClusterFirst';
  spec.securityContext ??= {};
  spec.schedulerName ??= 'default-scheduler';
  spec.enableServiceLinks ??= true;
  for (const c of spec.initContainers ?? []) defaultContainer(c);
  for (const c of spec.containers ?? []) defaultContainer(c);
  storeResourceList(spec, 'overhead');
  for (const v of spec.volumes ?? []) {
    if (v.secret) v.secret.defaultMode ??= 420;
    if (v.configMap) v.configMap.defaultMode ??= 420;
    if (v.projected) v.projected.defaultMode ??= 420;
    if (v.hostPath) v.hostPath.type ??= '';
  }
  pod.status ??= {};
  pod.status.phase ??= 'Pending';
  pod.status.qosClass ??= podQosClass(pod);
}

/**
 * Admission: the service account token volume and its mounts and the default tolerations (the
 * priority is the Priority plugin's, admission/priority.ts). `suffix` is the random 5-character suffix of `kube-api-access-xxxxx`.
 */
export function admitPod(pod: Pod, suffix: string): void {
  const spec = pod.spec;
  spec.serviceAccountName ??= spec.serviceAccount ?? 'default';
  spec.serviceAccount = spec.serviceAccountName;
  const hasTokenMount = [...(spec.initContainers ?? []), ...(spec.containers ?? [])].some((c) =>
    (c.volumeMounts ?? []).some((m) => m.mountPath === SERVICE_ACCOUNT_MOUNT_PATH),
  );
  if (!hasTokenMount) {
    const name = `kube-api-access-${suffix}`;
    spec.volumes = [
      ...(spec.volumes ?? []),
      {
        name,
        projected: {
          defaultMode: 420,
          sources: [
            { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
            { configMap: { items: [{ key: 'ca.crt', path: 'ca.crt' }], name: 'kube-root-ca.crt' } },
            { downwardAPI: { items: [{ fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' }, path: 'namespace' }] } },
          ],
        },
      },
    ];
    for (const c of [...(spec.initContainers ?? []), ...(spec.containers ?? [])]) {
      c.volumeMounts = [...(c.volumeMounts ?? []), { mountPath: SERVICE_ACCOUNT_MOUNT_PATH, name, readOnly: true }];
    }
  }
  const tolerations = spec.tolerations ?? [];
  for (const key of ['node.kubernetes.io/not-ready', 'node.kubernetes.io/unreachable']) {
    const covered = tolerations.some(
      (t) => (t.key === key || (t.key === undefined && t.operator === 'Exists')) && (t.effect === 'NoExecute' || t.effect === undefined),
    );
    if (!covered) tolerations.push({ effect: 'NoExecute', key, operator: 'Exists', tolerationSeconds: 300 });
  }
  spec.tolerations = tolerations;
}

/**
 * SetDefaults_Pod (pkg/apis/core/v1/defaults.go): a container's limits stand in for the requests
 * it does not give, for every resource. Pods only: a Deployment's template keeps what it says.
 */
export function defaultRequestsFromLimits(pod: Pod): void {
  for (const c of [...(pod.spec.initContainers ?? []), ...(pod.spec.containers ?? [])]) {
    const limits = c.resources?.limits;
    if (!limits || Object.keys(limits).length === 0) continue;
    const requests = { ...c.resources!.requests };
    for (const [name, value] of Object.entries(limits)) if (!Object.hasOwn(requests, name)) requests[name] = value;
    c.resources = { ...c.resources, requests };
  }
}

const QOS_RESOURCES = ['cpu', 'memory'];

/** Sums the positive cpu and memory quantities of `list` into `into`; returns the names found. */
function addQosResources(into: Map<string, Quantity>, list: Record<string, string> | undefined): Set<string> {
  const found = new Set<string>();
  for (const [name, text] of Object.entries(list ?? {})) {
    const q = parseQuantity(String(text));
    if (!QOS_RESOURCES.includes(name) || !q || q.nano <= 0n) continue;
    found.add(name);
    into.set(name, addQuantity(into.get(name) ?? ZERO_QUANTITY, q));
  }
  return found;
}

/** ComputePodQOS (pkg/apis/core/helper/qos/qos.go): Guaranteed, Burstable or BestEffort. */
export function podQosClass(pod: Pod): string {
  const requests = new Map<string, Quantity>();
  const limits = new Map<string, Quantity>();
  let guaranteed = true;
  for (const c of [...(pod.spec.containers ?? []), ...(pod.spec.initContainers ?? [])]) {
    addQosResources(requests, c.resources?.requests);
    const found = addQosResources(limits, c.resources?.limits);
    if (!QOS_RESOURCES.every((r) => found.has(r))) guaranteed = false;
  }
  if (requests.size === 0 && limits.size === 0) return 'BestEffort';
  if (guaranteed) {
    for (const [name, req] of requests) {
      const lim = limits.get(name);
      if (!lim || compareQuantity(lim, req) !== 0) guaranteed = false;
    }
  }
  return guaranteed && requests.size === limits.size ? 'Guaranteed' : 'Burstable';
}
