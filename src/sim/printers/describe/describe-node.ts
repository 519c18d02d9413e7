// describeNode (describe.go): the node's metadata, taints, lease, conditions, addresses, capacity,
// system info, the non-terminated pods on it with their share of allocatable resources, the
// allocated totals, and events.
import type { Event, Node, Pod } from '../../api/types.js';
import type { Lease } from '../../api/api-extras.js';
import { sortGoStrings } from '../../core/text/go-strings.js';
import { findNodeRoles } from '../tables/node-table.js';
import {
  addQuantity,
  formatQuantity,
  parseQuantity,
  quantityMilliValue,
  quantityValue,
  type Quantity,
  ZERO_QUANTITY,
} from '../../core/quantity.js';
import { formatRfc1123z, translateTimestampSince } from '../tables/time-format.js';
import type { DescribeOptions } from './describe-pod.js';
import { describeEvents } from './events.js';
import { printAnnotationsMultiline, printLabelsMultiline, printNodeTaintsMultiline } from './multiline.js';
import { LEVEL_0, LEVEL_1, type PrefixWriter } from './prefix-writer.js';
import { podRequestsAndLimits, type ResourceList } from '../../api/pod-resources.js';
import { tabbedString } from './tabbed-string.js';

export interface DescribeNodeOptions extends DescribeOptions {
  /** The node's Lease in kube-node-lease; absent fields print `<unset>`. */
  lease?: Lease;
  /** When the lease could not be fetched: the error text for `Lease:\tFailed to get lease: ...`. */
  leaseError?: string;
  /** False when pods may not be listed (`Pods:\tnot authorized`). */
  canViewPods?: boolean;
}

/** int64(f) as amd64 converts it: NaN and out-of-range values become the minimum int64. */
function goInt64(f: number): string {
  if (!Number.isFinite(f) || Math.abs(f) >= 2 ** 63) return '-9223372036854775808';
  return String(Math.trunc(f));
}

function percent(part: number, whole: number): string {
  return goInt64((part / whole) * 100);
}

function quantity(list: ResourceList | Record<string, string>, name: string): Quantity {
  if (list instanceof Map) return list.get(name) ?? ZERO_QUANTITY;
  return parseQuantity(list[name] ?? '') ?? ZERO_QUANTITY;
}

function describeNodeLease(lease: Lease | undefined, w: PrefixWriter): void {
  w.write(LEVEL_0, 'Lease:\n');
  w.write(LEVEL_1, `HolderIdentity:\t${lease?.spec?.holderIdentity ?? '<unset>'}\n`);
  w.write(LEVEL_1, `AcquireTime:\t${lease?.spec?.acquireTime ? formatRfc1123z(lease.spec.acquireTime) : '<unset>'}\n`);
  w.write(LEVEL_1, `RenewTime:\t${lease?.spec?.renewTime ? formatRfc1123z(lease.spec.renewTime) : '<unset>'}\n`);
}

function describeNodeResource(pods: readonly Pod[], node: Node, w: PrefixWriter, now: number): void {
  w.write(LEVEL_0, `Non-terminated Pods:\t(${pods.length} in total)\n`);
  w.write(LEVEL_1, 'Namespace\tName\t\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge\n');
  w.write(LEVEL_1, '---------\t----\t\t------------\t----------\t---------------\t-------------\t---\n');
  const allocatable =
    Object.keys(node.status?.allocatable ?? {}).length > 0 ? (node.status?.allocatable ?? {}) : (node.status?.capacity ?? {});
  const allocCpu = quantityMilliValue(quantity(allocatable, 'cpu'));
  const allocMem = quantityValue(quantity(allocatable, 'memory'));
  const reqs: ResourceList = new Map();
  const limits: ResourceList = new Map();
  for (const pod of pods) {
    const { requests, limits: podLimits } = podRequestsAndLimits(pod);
    const cpuReq = quantity(requests, 'cpu');
    const cpuLimit = quantity(podLimits, 'cpu');
    const memReq = quantity(requests, 'memory');
    const memLimit = quantity(podLimits, 'memory');
    w.write(
      LEVEL_1,
      `${pod.metadata.namespace ?? ''}\t${pod.metadata.name}\t\t` +
        `${formatQuantity(cpuReq)} (${percent(quantityMilliValue(cpuReq), allocCpu)}%)\t` +
        `${formatQuantity(cpuLimit)} (${percent(quantityMilliValue(cpuLimit), allocCpu)}%)\t` +
        `${formatQuantity(memReq)} (${percent(quantityValue(memReq), allocMem)}%)\t` +
        `${formatQuantity(memLimit)} (${percent(quantityValue(memLimit), allocMem)}%)\t` +
        `${translateTimestampSince(pod.metadata.creationTimestamp, now)}\n`,
    );
    for (const [name, q] of requests) reqs.set(name, reqs.has(name) ? addQuantity(reqs.get(name) as Quantity, q) : q);
    for (const [name, q] of podLimits) limits.set(name, limits.has(name) ? addQuantity(limits.get(name) as Quantity, q) : q);
  }
  w.write(LEVEL_0, 'Allocated resources:\n  (Total limits may be over 100 percent, i.e., overcommitted.)\n');
  w.write(LEVEL_1, 'Resource\tRequests\tLimits\n');
  w.write(LEVEL_1, '--------\t--------\t------\n');
  const line = (name: string, value: (q: Quantity) => number, whole: number): void => {
    const r = quantity(reqs, name);
    const l = quantity(limits, name);
    const fr = whole !== 0 ? goInt64((value(r) / whole) * 100) : '0';
    const fl = whole !== 0 ? goInt64((value(l) / whole) * 100) : '0';
    w.write(LEVEL_1, `${name}\t${formatQuantity(r)} (${fr}%)\t${formatQuantity(l)} (${fl}%)\n`);
  };
  line('cpu', quantityMilliValue, allocCpu);
  line('memory', quantityValue, allocMem);
  line('ephemeral-storage', quantityValue, quantityValue(quantity(allocatable, 'ephemeral-storage')));
  const names = Object.keys(allocatable);
  const hugePages = sortGoStrings(names.filter((n) => n.startsWith('hugepages-')));
  const standard = new Set(['cpu', 'memory', 'ephemeral-storage', 'pods']);
  const extended = sortGoStrings(names.filter((n) => !n.startsWith('hugepages-') && !standard.has(n)));
  for (const name of hugePages) line(name, quantityValue, quantityValue(quantity(allocatable, name)));
  for (const name of extended) {
    w.write(LEVEL_1, `${name}\t${formatQuantity(quantity(reqs, name))}\t${formatQuantity(quantity(limits, name))}\n`);
  }
}

function printResourceList(list: Record<string, string>, w: PrefixWriter): void {
  for (const name of sortGoStrings(Object.keys(list))) {
    w.write(LEVEL_0, `  ${name}:\t${formatQuantity(quantity(list, name))}\n`);
  }
}

/**
 * `kubectl describe node`: the node, the non-terminated pods scheduled on it (phase not
 * Succeeded/Failed), its events and its Lease.
 */
export function describeNode(node: Node, pods: readonly Pod[], events: readonly Event[], options: DescribeNodeOptions): string {
  return tabbedString((w) => {
    const spec = node.spec ?? {};
    const status = node.status;
    w.write(LEVEL_0, `Name:\t${node.metadata.name}\n`);
    const roles = findNodeRoles(node);
    w.write(LEVEL_0, `Roles:\t${roles.length > 0 ? roles.join(',') : '<none>'}\n`);
    printLabelsMultiline(w, 'Labels', node.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', node.metadata.annotations);
    w.write(LEVEL_0, `CreationTimestamp:\t${formatRfc1123z(node.metadata.creationTimestamp)}\n`);
    printNodeTaintsMultiline(w, 'Taints', spec.taints);
    w.write(LEVEL_0, `Unschedulable:\t${spec.unschedulable === true}\n`);
    if (options.leaseError !== undefined) w.write(LEVEL_0, `Lease:\tFailed to get lease: ${options.leaseError}\n`);
    else describeNodeLease(options.lease, w);
    if ((status?.conditions ?? []).length > 0) {
      w.write(LEVEL_0, 'Conditions:\n  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage\n');
      w.write(LEVEL_1, '----\t------\t-----------------\t------------------\t------\t-------\n');
      for (const c of status?.conditions ?? []) {
        w.write(
          LEVEL_1,
          `${c.type} \t${c.status} \t${formatRfc1123z(c.lastHeartbeatTime)} \t${formatRfc1123z(c.lastTransitionTime)} \t${c.reason ?? ''} \t${c.message ?? ''}\n`,
        );
      }
    }
    w.write(LEVEL_0, 'Addresses:\n');
    for (const a of status?.addresses ?? []) w.write(LEVEL_1, `${a.type}:\t${a.address}\n`);
    if (Object.keys(status?.capacity ?? {}).length > 0) {
      w.write(LEVEL_0, 'Capacity:\n');
      printResourceList(status?.capacity ?? {}, w);
    }
    if (Object.keys(status?.allocatable ?? {}).length > 0) {
      w.write(LEVEL_0, 'Allocatable:\n');
      printResourceList(status?.allocatable ?? {}, w);
    }
    const info = status?.nodeInfo;
    w.write(LEVEL_0, 'System Info:\n');
    w.write(LEVEL_0, `  Machine ID:\t${info?.machineID ?? ''}\n`);
    w.write(LEVEL_0, `  System UUID:\t${info?.systemUUID ?? ''}\n`);
    w.write(LEVEL_0, `  Boot ID:\t${info?.bootID ?? ''}\n`);
    w.write(LEVEL_0, `  Kernel Version:\t${info?.kernelVersion ?? ''}\n`);
    w.write(LEVEL_0, `  OS Image:\t${info?.osImage ?? ''}\n`);
    w.write(LEVEL_0, `  Operating System:\t${info?.operatingSystem ?? ''}\n`);
    w.write(LEVEL_0, `  Architecture:\t${info?.architecture ?? ''}\n`);
    w.write(LEVEL_0, `  Container Runtime Version:\t${info?.containerRuntimeVersion ?? ''}\n`);
    w.write(LEVEL_0, `  Kubelet Version:\t${info?.kubeletVersion ?? ''}\n`);
    w.write(LEVEL_0, `  Kube-Proxy Version:\t${info?.kubeProxyVersion ?? ''}\n`);
    if (spec.podCIDR) w.write(LEVEL_0, `PodCIDR:\t${spec.podCIDR}\n`);
    if ((spec.podCIDRs ?? []).length > 0) w.write(LEVEL_0, `PodCIDRs:\t${(spec.podCIDRs ?? []).join(',')}\n`);
    if (spec.providerID) w.write(LEVEL_0, `ProviderID:\t${spec.providerID}\n`);
    if (options.canViewPods !== false) describeNodeResource(pods, node, w, options.now);
    else w.write(LEVEL_0, 'Pods:\tnot authorized\n');
    if (options.showEvents !== false) describeEvents(events, w, options.now);
  });
}
