// describePod (describe.go, kubectl 1.32): everything `kubectl describe pod` prints, from the pod
// and the events kubectl fetched for it.
import type { Event, Pod } from '../../api/types.js';
import type { PodSpecX } from '../../api/api-extras.js';
import { compareGoStrings } from '../../core/text/go-strings.js';
import { formatLabelSelector } from '../../api/labels.js';
import { formatRfc1123z, translateTimestampSince } from '../tables/time-format.js';
import { goSortSlice } from '../go-sort.js';
import { describeContainers, describeResources } from './describe-containers.js';
import { describeVolumes } from './describe-volumes.js';
import { describeEvents } from './events.js';
import { printAnnotationsMultiline, printLabelsMultiline, printPodTolerationsMultiline } from './multiline.js';
import { LEVEL_0, LEVEL_1, type PrefixWriter } from './prefix-writer.js';
import { getPodQOS } from './qos.js';
import { tabbedString } from './tabbed-string.js';

export interface DescribeOptions {
  /** The virtual clock, in epoch milliseconds (kubectl computes ages at print time). */
  now: number;
  /** `--show-events=false` leaves the Events section out entirely. */
  showEvents?: boolean;
}

/** printController: `Kind/name` of the controlling owner reference, or ''. */
export function controllerOf(meta: { ownerReferences?: Array<{ kind: string; name: string; controller?: boolean }> }): string {
  const ref = (meta.ownerReferences ?? []).find((r) => r.controller === true);
  return ref ? `${ref.kind}/${ref.name}` : '';
}

function describePodIPs(pod: Pod, w: PrefixWriter, space: string): void {
  const ips = pod.status?.podIPs ?? [];
  if (ips.length === 0) {
    w.write(LEVEL_0, `${space}IPs:\t<none>\n`);
    return;
  }
  w.write(LEVEL_0, `${space}IPs:\n`);
  for (const ip of ips) w.write(LEVEL_1, `IP:\t${ip.ip}\n`);
}

/** describeTopologySpreadConstraints: sorted by topology key, one per line. */
export function describeTopologySpreadConstraints(spec: PodSpecX, w: PrefixWriter, space: string): void {
  const tscs = spec.topologySpreadConstraints ?? [];
  if (tscs.length === 0) return;
  const sorted = goSortSlice(tscs, (a, b) => compareGoStrings(a.topologyKey, b.topologyKey) < 0);
  w.write(LEVEL_0, `${space}Topology Spread Constraints:\t`);
  sorted.forEach((tsc, i) => {
    if (i !== 0) {
      w.write(LEVEL_0, space);
      w.write(LEVEL_0, '\t');
    }
    w.write(LEVEL_0, `${tsc.topologyKey}:`);
    w.write(LEVEL_0, tsc.whenUnsatisfiable);
    w.write(LEVEL_0, ` when max skew ${tsc.maxSkew} is exceeded`);
    if (tsc.labelSelector) w.write(LEVEL_0, ` for selector ${formatLabelSelector(tsc.labelSelector)}`);
    w.write(LEVEL_0, '\n');
  });
}

/** The body of describePod, written into a PrefixWriter. */
export function writePodDescription(pod: Pod, events: readonly Event[] | undefined, w: PrefixWriter, options: DescribeOptions): void {
  const spec = pod.spec as PodSpecX;
  const status = pod.status ?? {};
  const meta = pod.metadata;
  w.write(LEVEL_0, `Name:\t${meta.name}\n`);
  w.write(LEVEL_0, `Namespace:\t${meta.namespace ?? ''}\n`);
  if (spec.priority !== undefined && spec.priority !== null) w.write(LEVEL_0, `Priority:\t${spec.priority}\n`);
  if (spec.priorityClassName) w.write(LEVEL_0, `Priority Class Name:\t${spec.priorityClassName}\n`);
  if (spec.runtimeClassName) w.write(LEVEL_0, `Runtime Class Name:\t${spec.runtimeClassName}\n`);
  if (spec.serviceAccountName) w.write(LEVEL_0, `Service Account:\t${spec.serviceAccountName}\n`);
  if (!spec.nodeName) w.write(LEVEL_0, 'Node:\t<none>\n');
  else w.write(LEVEL_0, `Node:\t${spec.nodeName}/${status.hostIP ?? ''}\n`);
  if (status.startTime) w.write(LEVEL_0, `Start Time:\t${formatRfc1123z(status.startTime)}\n`);
  printLabelsMultiline(w, 'Labels', meta.labels);
  printAnnotationsMultiline(w, 'Annotations', meta.annotations);
  if (meta.deletionTimestamp && status.phase !== 'Failed' && status.phase !== 'Succeeded') {
    w.write(LEVEL_0, `Status:\tTerminating (lasts ${translateTimestampSince(meta.deletionTimestamp, options.now)})\n`);
    w.write(LEVEL_0, `Termination Grace Period:\t${meta.deletionGracePeriodSeconds ?? 0}s\n`);
  } else {
    w.write(LEVEL_0, `Status:\t${status.phase ?? ''}\n`);
  }
  if (status.reason) w.write(LEVEL_0, `Reason:\t${status.reason}\n`);
  if (status.message) w.write(LEVEL_0, `Message:\t${status.message}\n`);
  const seccomp = spec.securityContext?.seccompProfile;
  if (seccomp) {
    w.write(LEVEL_0, `SeccompProfile:\t${seccomp.type}\n`);
    if (seccomp.type === 'Localhost') w.write(LEVEL_0, `LocalhostProfile:\t${seccomp.localhostProfile ?? ''}\n`);
  }
  w.write(LEVEL_0, `IP:\t${status.podIP ?? ''}\n`);
  describePodIPs(pod, w, '');
  const controlledBy = controllerOf(meta);
  if (controlledBy) w.write(LEVEL_0, `Controlled By:\t${controlledBy}\n`);
  if (status.nominatedNodeName) w.write(LEVEL_0, `NominatedNodeName:\t${status.nominatedNodeName}\n`);
  if (spec.resources) {
    w.write(LEVEL_0, 'Resources:\n');
    describeResources(spec.resources, w, LEVEL_1);
  }
  if ((spec.initContainers ?? []).length > 0) {
    describeContainers('Init Containers', spec.initContainers ?? [], status.initContainerStatuses, pod, w, '');
  }
  describeContainers('Containers', spec.containers, status.containerStatuses, pod, w, '');
  if ((spec.ephemeralContainers ?? []).length > 0) {
    describeContainers('Ephemeral Containers', spec.ephemeralContainers ?? [], status.ephemeralContainerStatuses, pod, w, '');
  }
  if ((spec.readinessGates ?? []).length > 0) {
    w.write(LEVEL_0, 'Readiness Gates:\n  Type\tStatus\n');
    for (const g of spec.readinessGates ?? []) {
      const c = (status.conditions ?? []).find((x) => x.type === g.conditionType);
      w.write(LEVEL_1, `${g.conditionType} \t${c ? c.status : '<none>'} \n`);
    }
  }
  if ((status.conditions ?? []).length > 0) {
    w.write(LEVEL_0, 'Conditions:\n  Type\tStatus\n');
    for (const c of status.conditions ?? []) w.write(LEVEL_1, `${c.type} \t${c.status} \n`);
  }
  describeVolumes(spec.volumes, w, '');
  w.write(LEVEL_0, `QoS Class:\t${getPodQOS(pod)}\n`);
  printLabelsMultiline(w, 'Node-Selectors', spec.nodeSelector);
  printPodTolerationsMultiline(w, 'Tolerations', spec.tolerations);
  describeTopologySpreadConstraints(spec, w, '');
  if (options.showEvents !== false) describeEvents(events, w, options.now);
}

/** `kubectl describe pod`: the pod and its events (those kubectl found by involvedObject). */
export function describePod(pod: Pod, events: readonly Event[], options: DescribeOptions): string {
  return tabbedString((w) => writePodDescription(pod, events, w, options));
}
