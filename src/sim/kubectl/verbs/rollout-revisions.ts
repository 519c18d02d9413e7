// `kubectl rollout history` and `rollout undo` for DaemonSets and StatefulSets, which keep their
// past as ControllerRevisions: ported from staging/src/k8s.io/kubectl/pkg/polymorphichelpers
// history.go (DaemonSetHistoryViewer, StatefulSetHistoryViewer, controlledHistory,
// applyDaemonSetHistory) and rollback.go (DaemonSetRollbacker, StatefulSetRollbacker,
// findHistory, getDaemonSetPatch / getStatefulSetPatch and the byte comparison of Match).
import type { ApiServer } from '../../api/api-server.js';
import { applyPatch } from '../../api/patch/apply-patch.js';
import { typeForKind, type ResourceType } from '../../api/resources.js';
import { fromLabelSelector, labelsMatch } from '../../api/selectors.js';
import type { ControllerRevision } from '../../api/statefulset-types.js';
import type { KubeObject, PodTemplateSpec } from '../../api/types.js';
import { tabwrite } from '../../printers/tabwriter.js';
import { CHANGE_CAUSE, printTemplate } from './rollout-history.js';
import { marshalGoMap } from '../../api/go-map-json.js';

const REVISIONS = typeForKind('ControllerRevision', 'apps/v1')!;

/** A DaemonSet or StatefulSet as the history code reads it. */
interface WithTemplate extends KubeObject {
  spec: { selector: { matchLabels?: Record<string, string>; matchExpressions?: unknown[] }; template: PodTemplateSpec };
}

/** controlledHistory: the revisions in the namespace that match the selector and name the object as controller. */
function controlledHistory(api: ApiServer, obj: WithTemplate): ControllerRevision[] {
  const selector = fromLabelSelector(obj.spec.selector as Parameters<typeof fromLabelSelector>[0]);
  return api
    .list<ControllerRevision>(REVISIONS, obj.metadata.namespace)
    .items.filter((r) => labelsMatch(r.metadata.labels, selector) && (r.metadata.ownerReferences ?? []).some((o) => o.controller && o.uid === obj.metadata.uid));
}

/** The object (failed to retrieve ... in kubectl's words) and its revisions. */
function objectHistory(api: ApiServer, type: ResourceType, namespace: string, name: string): { obj: WithTemplate; history: ControllerRevision[] } {
  const obj = api.find<WithTemplate>(type, namespace, name);
  if (!obj) {
    const what = type.kind === 'DaemonSet' ? 'DaemonSet' : 'Statefulset';
    throw new Error(`failed to retrieve ${what} ${name}: ${type.resource}.${type.group} "${name}" not found`);
  }
  return { obj, history: controlledHistory(api, obj) };
}

/** applyDaemonSetHistory / applyStatefulSetHistory: the object with the revision's patch applied. */
function applyHistory(obj: WithTemplate, revision: ControllerRevision, type: ResourceType): WithTemplate {
  return applyPatch('strategic', structuredClone(obj), revision.data, type) as WithTemplate;
}

/** getDaemonSetPatch / getStatefulSetPatch: the current template as a replacing patch. */
function templatePatch(obj: WithTemplate): Record<string, unknown> {
  return { spec: { template: { ...(structuredClone(obj.spec.template) as unknown as Record<string, unknown>), $patch: 'replace' } } };
}

function tabbed(text: string): string {
  return tabwrite(text, { minwidth: 0, tabwidth: 8, padding: 2 });
}

/** ViewHistory of a DaemonSet (revisions and change-causes) or a StatefulSet (revisions only), or one revision's template. */
export function viewRevisionHistory(api: ApiServer, type: ResourceType, namespace: string, name: string, revision: number): string {
  const { obj, history } = objectHistory(api, type, namespace, name);
  const byRevision = new Map<number, ControllerRevision>();
  for (const h of history) byRevision.set(h.revision, h);
  if (byRevision.size === 0) return 'No rollout history found.';
  if (revision > 0) {
    const h = byRevision.get(revision);
    if (!h) throw new Error('unable to find the specified revision');
    return printTemplate(applyHistory(obj, h, type).spec.template);
  }
  const revisions = [...byRevision.keys()].sort((a, b) => a - b);
  if (type.kind === 'StatefulSet') return tabbed(`REVISION\n${revisions.map((r) => `${r}\n`).join('')}`);
  const rows = revisions.map((r) => `${r}\t${byRevision.get(r)!.metadata.annotations?.[CHANGE_CAUSE] || '<none>'}\n`);
  return tabbed(`REVISION\tCHANGE-CAUSE\n${rows.join('')}`);
}

/** findHistory: the revision asked for, or for 0 the one before the newest. */
function findHistory(toRevision: number, all: ControllerRevision[]): ControllerRevision | undefined {
  if (toRevision === 0 && all.length <= 1) return undefined;
  if (toRevision === 0) return [...all].sort((a, b) => a.revision - b.revision)[all.length - 2];
  return all.find((h) => h.revision === toRevision);
}

/** DaemonSetRollbacker / StatefulSetRollbacker.Rollback: the name printer's operation, or an Error in kubectl's words. */
export function rollbackToRevision(api: ApiServer, type: ResourceType, namespace: string, name: string, toRevision: number): string {
  if (toRevision < 0) throw new Error(`unable to find specified revision ${toRevision} in history`);
  const { obj, history } = objectHistory(api, type, namespace, name);
  if (toRevision === 0 && history.length <= 1) throw new Error('no last revision to roll back to');
  const to = findHistory(toRevision, history);
  if (!to) throw new Error(`unable to find specified revision ${toRevision} in history`);
  if (marshalGoMap(templatePatch(obj)) === marshalGoMap(to.data)) return `skipped rollback (current template already matches revision ${toRevision})`;
  try {
    api.update(type, namespace, applyHistory(obj, to, type));
  } catch (e) {
    throw new Error(`failed restoring revision ${toRevision}: ${e instanceof Error ? e.message : String(e)}`);
  }
  return 'rolled back';
}
