// What `kubectl rollout history` and `rollout undo` read of a Deployment's past: its ReplicaSets
// by revision. Ported from staging/src/k8s.io/kubectl/pkg/polymorphichelpers/history.go
// (DeploymentHistoryViewer.ViewHistory, printTemplate) and rollback.go (deploymentRevision).
import { typeForKind } from '../../api/resources.js';
import type { Deployment, PodTemplateSpec, ReplicaSet } from '../../api/types.js';
import type { ApiServer } from '../../api/api-server.js';
import { describePodTemplate } from '../../printers/describe/describe-pod-template.js';
import { PrefixWriter } from '../../printers/describe/prefix-writer.js';
import { tabwrite } from '../../printers/tabwriter.js';

const REPLICASETS = typeForKind('ReplicaSet', 'apps/v1')!;
const REVISION = 'deployment.kubernetes.io/revision';
export const CHANGE_CAUSE = 'kubernetes.io/change-cause';

/** deploymentutil.Revision: the revision annotation, or undefined when it is not a number. */
export function revisionOf(rs: ReplicaSet): number | undefined {
  const text = rs.metadata.annotations?.[REVISION] ?? '';
  return /^-?\d+$/.test(text) ? Number(text) : undefined;
}

/** GetAllReplicaSets: the ReplicaSets the Deployment controls. */
export function deploymentReplicaSets(api: ApiServer, d: Deployment): ReplicaSet[] {
  return api.list<ReplicaSet>(REPLICASETS, d.metadata.namespace).items.filter((rs) => (rs.metadata.ownerReferences ?? []).some((o) => o.controller && o.uid === d.metadata.uid));
}

/** Each revision's pod template, with its ReplicaSet's change-cause among the template's annotations. */
function historyInfo(sets: readonly ReplicaSet[]): Map<number, PodTemplateSpec> {
  const info = new Map<number, PodTemplateSpec>();
  for (const rs of sets) {
    const v = revisionOf(rs);
    if (v === undefined) continue;
    const template = structuredClone(rs.spec.template);
    const cause = rs.metadata.annotations?.[CHANGE_CAUSE];
    template.metadata ??= {};
    template.metadata.annotations ??= {};
    if (cause) template.metadata.annotations[CHANGE_CAUSE] = cause;
    info.set(v, template);
  }
  return info;
}

/** printTemplate: DescribePodTemplate through a PrefixWriter straight into a buffer (no tabwriter). */
export function printTemplate(template: PodTemplateSpec): string {
  let out = '';
  describePodTemplate(template, new PrefixWriter({ write: (s: string) => void (out += s), flush: () => undefined }));
  return out;
}

/** ViewHistory: the revisions and change-causes, or one revision's template; an Error when it has none such. */
export function viewHistory(sets: readonly ReplicaSet[], revision: number): string {
  const info = historyInfo(sets);
  if (info.size === 0) return 'No rollout history found.';
  if (revision > 0) {
    const template = info.get(revision);
    if (!template) throw new Error('unable to find the specified revision');
    return printTemplate(template);
  }
  const rows = [...info.keys()].sort((a, b) => a - b).map((r) => `${r}\t${info.get(r)!.metadata?.annotations?.[CHANGE_CAUSE] || '<none>'}\n`);
  return tabwrite(`REVISION\tCHANGE-CAUSE\n${rows.join('')}`, { minwidth: 0, tabwidth: 8, padding: 2 });
}

/**
 * deploymentRevision: the ReplicaSet of revision `toRevision`, or for 0 the one before the latest.
 * Errors in kubectl's words.
 */
export function deploymentRevision(d: Deployment, sets: readonly ReplicaSet[], toRevision: number): ReplicaSet {
  let latest: ReplicaSet | undefined;
  let latestRevision = -1;
  let previous: ReplicaSet | undefined;
  let previousRevision = -1;
  for (const rs of sets) {
    const v = revisionOf(rs);
    if (v === undefined) continue;
    if (toRevision === 0) {
      if (latestRevision < v) {
        previousRevision = latestRevision;
        previous = latest;
        latestRevision = v;
        latest = rs;
      } else if (previousRevision < v) {
        previousRevision = v;
        previous = rs;
      }
    } else if (toRevision === v) return rs;
  }
  if (toRevision > 0) throw new Error(`unable to find specified revision ${toRevision} in history`);
  if (!previous) throw new Error(`no rollout history found for deployment "${d.metadata.name}"`);
  return previous;
}
