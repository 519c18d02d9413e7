// describeReplicaSet (describe.go): selector, owner, replica counts, pod phases, the pod template,
// conditions and events.
import type { Event, Pod, ReplicaSet } from '../../api/types.js';
import { formatLabelSelector } from '../../api/labels.js';
import { controllerOf, type DescribeOptions } from './describe-pod.js';
import { describePodTemplate } from './describe-pod-template.js';
import { describeEvents } from './events.js';
import { printAnnotationsMultiline, printLabelsMultiline } from './multiline.js';
import { formatPodCounts, podCountsForController } from './pod-counts.js';
import { LEVEL_0, LEVEL_1 } from './prefix-writer.js';
import { tabbedString } from './tabbed-string.js';

type ReplicaSetX = ReplicaSet & { status: ReplicaSet['status'] & { conditions?: Array<{ type: string; status: string; reason?: string }> } };

/** `kubectl describe replicaset`: `pods` are those matching its selector (ownership is checked here). */
export function describeReplicaSet(rs: ReplicaSet, pods: readonly Pod[], events: readonly Event[], options: DescribeOptions): string {
  const r = rs as ReplicaSetX;
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${r.metadata.name}\n`);
    w.write(LEVEL_0, `Namespace:\t${r.metadata.namespace ?? ''}\n`);
    w.write(LEVEL_0, `Selector:\t${formatLabelSelector(r.spec.selector)}\n`);
    printLabelsMultiline(w, 'Labels', r.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', r.metadata.annotations);
    const controlledBy = controllerOf(r.metadata);
    if (controlledBy) w.write(LEVEL_0, `Controlled By:\t${controlledBy}\n`);
    w.write(LEVEL_0, `Replicas:\t${r.status?.replicas ?? 0} current / ${r.spec.replicas ?? 0} desired\n`);
    w.write(LEVEL_0, 'Pods Status:\t');
    w.write(LEVEL_0, `${formatPodCounts(podCountsForController(pods, r.metadata.uid))}\n`);
    describePodTemplate(r.spec.template, w);
    if ((r.status?.conditions ?? []).length > 0) {
      w.write(LEVEL_0, 'Conditions:\n  Type\tStatus\tReason\n');
      w.write(LEVEL_1, '----\t------\t------\n');
      for (const c of r.status?.conditions ?? []) w.write(LEVEL_1, `${c.type} \t${c.status}\t${c.reason ?? ''}\n`);
    }
    if (options.showEvents !== false) describeEvents(events, w, options.now);
  });
}
