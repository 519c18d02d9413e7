// describeHorizontalPodAutoscalerV2 (kubectl describe.go, 1.32): reference, each metric as
// `( current / target )`, the replica bounds, the behavior when set, the target's pods, the
// conditions and the events.
import type { HorizontalPodAutoscaler, HPAScalingRules } from '../../api/autoscaling/hpa-types.js';
import type { Event } from '../../api/types.js';
import { canonicalQuantity } from '../../core/quantity.js';
import type { DescribeOptions } from './describe-pod.js';
import { describeEvents } from './events.js';
import { printAnnotationsMultiline, printLabelsMultiline } from './multiline.js';
import { LEVEL_0, LEVEL_1, LEVEL_2, LEVEL_3, type PrefixWriter } from './prefix-writer.js';
import { tabbedString } from './tabbed-string.js';
import { formatRfc1123z } from '../tables/time-format.js';

const q = (text: string | undefined) => (text === undefined ? '0' : canonicalQuantity(text));

function printDirectionBehavior(w: PrefixWriter, direction: string, rules: HPAScalingRules | undefined): void {
  if (!rules) return;
  w.write(LEVEL_1, `${direction}:\n`);
  if (rules.stabilizationWindowSeconds !== undefined) w.write(LEVEL_2, `Stabilization Window: ${rules.stabilizationWindowSeconds} seconds\n`);
  if ((rules.policies ?? []).length > 0) {
    w.write(LEVEL_2, `Select Policy: ${rules.selectPolicy ?? 'Max'}\n`);
    w.write(LEVEL_2, 'Policies:\n');
    for (const p of rules.policies ?? []) w.write(LEVEL_3, `- Type: ${p.type}\tValue: ${p.value}\tPeriod: ${p.periodSeconds} seconds\n`);
  }
}

export function describeHorizontalPodAutoscaler(hpa: HorizontalPodAutoscaler, events: readonly Event[], options: DescribeOptions): string {
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${hpa.metadata.name}\n`);
    w.write(LEVEL_0, `Namespace:\t${hpa.metadata.namespace ?? ''}\n`);
    printLabelsMultiline(w, 'Labels', hpa.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', hpa.metadata.annotations);
    w.write(LEVEL_0, `CreationTimestamp:\t${formatRfc1123z(hpa.metadata.creationTimestamp)}\n`);
    w.write(LEVEL_0, `Reference:\t${hpa.spec.scaleTargetRef.kind}/${hpa.spec.scaleTargetRef.name}\n`);
    w.write(LEVEL_0, 'Metrics:\t( current / target )\n');
    const statuses = hpa.status?.currentMetrics ?? [];
    (hpa.spec.metrics ?? []).forEach((m, i) => {
      const st = statuses[i];
      switch (m.type) {
        case 'Resource':
        case 'ContainerResource': {
          const src = m.type === 'Resource' ? m.resource! : m.containerResource!;
          const cur = m.type === 'Resource' ? st?.resource : st?.containerResource;
          w.write(LEVEL_1, m.type === 'Resource' ? `resource ${src.name} on pods` : `resource ${src.name} of container "${m.containerResource!.container}" on pods`);
          if (src.target.averageValue !== undefined) {
            w.write(LEVEL_0, `:\t${cur ? q(cur.current.averageValue) : '<unknown>'} / ${q(src.target.averageValue)}\n`);
          } else {
            const current = cur?.current.averageUtilization !== undefined ? `${cur.current.averageUtilization}% (${q(cur.current.averageValue)})` : '<unknown>';
            const target = src.target.averageUtilization !== undefined ? `${src.target.averageUtilization}%` : '<auto>';
            w.write(LEVEL_1, `(as a percentage of request):\t${current} / ${target}\n`);
          }
          break;
        }
        case 'Pods':
          w.write(LEVEL_1, `"${m.pods!.metric.name}" on pods:\t${st?.pods ? q(st.pods.current.averageValue) : '<unknown>'} / ${q(m.pods!.target.averageValue)}\n`);
          break;
        default:
          w.write(LEVEL_1, `<unknown metric type "${m.type}">\n`);
      }
    });
    w.write(LEVEL_0, `Min replicas:\t${hpa.spec.minReplicas !== undefined ? hpa.spec.minReplicas : '<unset>'}\n`);
    w.write(LEVEL_0, `Max replicas:\t${hpa.spec.maxReplicas}\n`);
    if (hpa.spec.behavior) {
      w.write(LEVEL_0, 'Behavior:\n');
      printDirectionBehavior(w, 'Scale Up', hpa.spec.behavior.scaleUp);
      printDirectionBehavior(w, 'Scale Down', hpa.spec.behavior.scaleDown);
    }
    w.write(LEVEL_0, `${hpa.spec.scaleTargetRef.kind} pods:\t`);
    w.write(LEVEL_0, `${hpa.status?.currentReplicas ?? 0} current / ${hpa.status?.desiredReplicas ?? 0} desired\n`);
    const conditions = hpa.status?.conditions ?? [];
    if (conditions.length > 0) {
      w.write(LEVEL_0, 'Conditions:\n');
      w.write(LEVEL_1, 'Type\tStatus\tReason\tMessage\n');
      w.write(LEVEL_1, '----\t------\t------\t-------\n');
      for (const c of conditions) w.write(LEVEL_1, `${c.type}\t${c.status}\t${c.reason ?? ''}\t${c.message ?? ''}\n`);
    }
    if (options.showEvents !== false) describeEvents(events, w, options.now);
  });
}
