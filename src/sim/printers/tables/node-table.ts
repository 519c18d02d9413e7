// printNode (printers.go): STATUS (Ready, NotReady, Unknown, plus SchedulingDisabled), ROLES from
// node-role.kubernetes.io/* labels, VERSION, and the wide addresses and system info.
import type { Node } from '../../api/types.js';
import { DOCS } from './column-docs.js';
import { sortGoStrings } from '../../core/text/go-strings.js';
import { column, type TableHandler } from './table-types.js';
import { translateTimestampSince } from './time-format.js';

const LABEL_NODE_ROLE_PREFIX = 'node-role.kubernetes.io/';
const NODE_LABEL_ROLE = 'kubernetes.io/role';

/** findNodeRoles: the sorted, de-duplicated roles named by a node's labels. */
export function findNodeRoles(node: Node): string[] {
  const roles = new Set<string>();
  for (const [k, v] of Object.entries(node.metadata.labels ?? {})) {
    if (k.startsWith(LABEL_NODE_ROLE_PREFIX)) {
      const role = k.slice(LABEL_NODE_ROLE_PREFIX.length);
      if (role.length > 0) roles.add(role);
    } else if (k === NODE_LABEL_ROLE && v !== '') {
      roles.add(v);
    }
  }
  return sortGoStrings(roles);
}

function nodeStatus(node: Node): string {
  const status: string[] = [];
  // Later duplicates win, as in the Go map the printer builds.
  const ready = [...(node.status?.conditions ?? [])].reverse().find((c) => c.type === 'Ready');
  if (ready) status.push(ready.status === 'True' ? 'Ready' : 'NotReady');
  if (status.length === 0) status.push('Unknown');
  if (node.spec?.unschedulable) status.push('SchedulingDisabled');
  return status.join(',');
}

function nodeAddress(node: Node, type: string): string {
  return node.status?.addresses?.find((a) => a.type === type)?.address ?? '<none>';
}

export const nodeTable: TableHandler<Node> = {
  columns: [
    column('Name', 'string', DOCS.metaName, { format: 'name' }),
    column('Status', 'string', 'The status of the node'),
    column('Roles', 'string', 'The roles of the node'),
    column('Age', 'string', DOCS.metaCreationTimestamp),
    column('Version', 'string', DOCS.nodeKubeletVersion),
    column('Internal-IP', 'string', DOCS.nodeAddresses, { priority: 1 }),
    column('External-IP', 'string', DOCS.nodeAddresses, { priority: 1 }),
    column('OS-Image', 'string', DOCS.nodeOsImage, { priority: 1 }),
    column('Kernel-Version', 'string', DOCS.nodeKernelVersion, { priority: 1 }),
    column('Container-Runtime', 'string', DOCS.nodeContainerRuntimeVersion, { priority: 1 }),
  ],
  cells(node, now) {
    const info = node.status?.nodeInfo;
    const roles = findNodeRoles(node).join(',');
    return [
      node.metadata.name,
      nodeStatus(node),
      roles.length === 0 ? '<none>' : roles,
      translateTimestampSince(node.metadata.creationTimestamp, now),
      info?.kubeletVersion ?? '',
      nodeAddress(node, 'InternalIP'),
      nodeAddress(node, 'ExternalIP'),
      info?.osImage || '<unknown>',
      info?.kernelVersion || '<unknown>',
      info?.containerRuntimeVersion || '<unknown>',
    ];
  },
};
