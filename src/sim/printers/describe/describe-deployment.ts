// describeDeployment (describe.go): replicas, strategy, the pod template, conditions, and the
// old and new ReplicaSets.
import type { Deployment, Event, ReplicaSet } from '../../api/types.js';
import { labelSelectorString } from '../../api/labels.js';
import { formatRfc1123z } from '../tables/time-format.js';
import type { DescribeOptions } from './describe-pod.js';
import { describePodTemplate } from './describe-pod-template.js';
import { describeEvents } from './events.js';
import { printAnnotationsMultiline, printLabelsMultiline } from './multiline.js';
import { LEVEL_0, LEVEL_1 } from './prefix-writer.js';
import { tabbedString } from './tabbed-string.js';

function replicaSetsByLabels(sets: readonly ReplicaSet[]): string {
  const list = sets.map((rs) => `${rs.metadata.name} (${rs.status?.replicas ?? 0}/${rs.spec.replicas ?? 0} replicas created)`).join(', ');
  return list === '' ? '<none>' : list;
}

function intOrString(v: number | string | undefined): string {
  return v === undefined || v === null ? '<nil>' : String(v);
}

/** `kubectl describe deployment`: the deployment, its old and new ReplicaSets, and events. */
export function describeDeployment(
  d: Deployment,
  oldReplicaSets: readonly ReplicaSet[],
  newReplicaSets: readonly ReplicaSet[],
  events: readonly Event[],
  options: DescribeOptions,
): string {
  const selector = labelSelectorString(d.spec.selector) ?? '';
  return tabbedString((w) => {
    const status = d.status ?? {};
    w.write(LEVEL_0, `Name:\t${d.metadata.name}\n`);
    w.write(LEVEL_0, `Namespace:\t${d.metadata.namespace ?? ''}\n`);
    w.write(LEVEL_0, `CreationTimestamp:\t${formatRfc1123z(d.metadata.creationTimestamp)}\n`);
    printLabelsMultiline(w, 'Labels', d.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', d.metadata.annotations);
    w.write(LEVEL_0, `Selector:\t${selector}\n`);
    w.write(
      LEVEL_0,
      `Replicas:\t${d.spec.replicas ?? 0} desired | ${status.updatedReplicas ?? 0} updated | ${status.replicas ?? 0} total | ` +
        `${status.availableReplicas ?? 0} available | ${status.unavailableReplicas ?? 0} unavailable\n`,
    );
    w.write(LEVEL_0, `StrategyType:\t${d.spec.strategy?.type ?? ''}\n`);
    w.write(LEVEL_0, `MinReadySeconds:\t${d.spec.minReadySeconds ?? 0}\n`);
    const ru = d.spec.strategy?.rollingUpdate;
    if (ru) {
      w.write(LEVEL_0, `RollingUpdateStrategy:\t${intOrString(ru.maxUnavailable)} max unavailable, ${intOrString(ru.maxSurge)} max surge\n`);
    }
    describePodTemplate(d.spec.template, w);
    if ((status.conditions ?? []).length > 0) {
      w.write(LEVEL_0, 'Conditions:\n  Type\tStatus\tReason\n');
      w.write(LEVEL_1, '----\t------\t------\n');
      for (const c of status.conditions ?? []) w.write(LEVEL_1, `${c.type} \t${c.status}\t${c.reason ?? ''}\n`);
    }
    if (oldReplicaSets.length > 0 || newReplicaSets.length > 0) {
      w.write(LEVEL_0, `OldReplicaSets:\t${replicaSetsByLabels(oldReplicaSets)}\n`);
      w.write(LEVEL_0, `NewReplicaSet:\t${replicaSetsByLabels(newReplicaSets)}\n`);
    }
    if (options.showEvents !== false) describeEvents(events, w, options.now);
  });
}
