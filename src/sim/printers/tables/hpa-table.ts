// HorizontalPodAutoscalers as the API server prints them (pkg/printers/internalversion/printers.go,
// 1.32: printHorizontalPodAutoscaler and formatHPAMetrics): NAME, REFERENCE (`Kind/name`),
// TARGETS (`cpu: 12%/50%`, `<unknown>` before a measurement, at most two metrics then `+ N more...`),
// MINPODS, MAXPODS, REPLICAS, AGE.
import type { HorizontalPodAutoscaler, MetricSpec, MetricStatus } from '../../api/autoscaling/hpa-types.js';
import { canonicalQuantity } from '../../core/quantity.js';
import { DOCS } from './column-docs.js';
import { column, type TableHandler } from './table-types.js';
import { translateTimestampSince } from './time-format.js';

const q = (text: string | undefined) => (text === undefined ? '0' : canonicalQuantity(text));

function resourceTarget(name: string, target: MetricSpec['resource'] extends infer R ? (R extends { target: infer T } ? T : never) : never, current: MetricStatus['resource'] | undefined): string {
  if (target.averageValue !== undefined) {
    const now = current ? q(current.current.averageValue) : '<unknown>';
    return `${name}: ${now}/${q(target.averageValue)}`;
  }
  const now = current?.current.averageUtilization !== undefined ? `${current.current.averageUtilization}%` : '<unknown>';
  const goal = target.averageUtilization !== undefined ? `${target.averageUtilization}%` : '<auto>';
  return `${name}: ${now}/${goal}`;
}

/** formatHPAMetrics. */
export function formatHPAMetrics(specs: readonly MetricSpec[] | undefined, statuses: readonly MetricStatus[] | undefined): string {
  if (!specs || specs.length === 0) return '<none>';
  const list: string[] = [];
  specs.forEach((spec, i) => {
    const st = statuses?.[i];
    switch (spec.type) {
      case 'External': {
        const t = spec.external!.target;
        if (t.averageValue !== undefined) list.push(`${st?.external?.current.averageValue !== undefined ? q(st.external.current.averageValue) : '<unknown>'}/${q(t.averageValue)} (avg)`);
        else list.push(`${st?.external ? q(st.external.current.value) : '<unknown>'}/${q(t.value)}`);
        break;
      }
      case 'Pods':
        list.push(`${st?.pods ? q(st.pods.current.averageValue) : '<unknown>'}/${q(spec.pods!.target.averageValue)}`);
        break;
      case 'Object': {
        const t = spec.object!.target;
        if (t.averageValue !== undefined) list.push(`${st?.object?.current.averageValue !== undefined ? q(st.object.current.averageValue) : '<unknown>'}/${q(t.averageValue)} (avg)`);
        else list.push(`${st?.object ? q(st.object.current.value) : '<unknown>'}/${q(t.value)}`);
        break;
      }
      case 'Resource':
        list.push(resourceTarget(spec.resource!.name, spec.resource!.target, st?.resource));
        break;
      case 'ContainerResource':
        list.push(resourceTarget(spec.containerResource!.name, spec.containerResource!.target, st?.containerResource));
        break;
      default:
        list.push('<unknown type>');
    }
  });
  const max = 2;
  if (list.length > max) return `${list.slice(0, max).join(', ')} + ${list.length - max} more...`;
  return list.join(', ');
}

const SPEC_DOCS = {
  scaleTargetRef:
    'scaleTargetRef points to the target resource to scale, and is used to the pods for which metrics should be collected, as well as to actually change the replica count.',
  metrics:
    'metrics contains the specifications for which to use to calculate the desired replica count (the maximum replica count across all metrics will be used).  The desired replica count is calculated multiplying the ratio between the target value and the current value by the current number of pods.  Ergo, metrics used must decrease as the pod count is increased, and vice-versa.  See the individual metric source types for more information about how each type of metric must respond. If not set, the default metric will be set to 80% average CPU utilization.',
  minReplicas:
    'minReplicas is the lower limit for the number of replicas to which the autoscaler can scale down.  It defaults to 1 pod.  minReplicas is allowed to be 0 if the alpha feature gate HPAScaleToZero is enabled and at least one Object or External metric is configured.  Scaling is active as long as at least one metric value is available.',
  maxReplicas: 'maxReplicas is the upper limit for the number of replicas to which the autoscaler can scale up. It cannot be less that minReplicas.',
  currentReplicas: 'currentReplicas is current number of replicas of pods managed by this autoscaler, as last seen by the autoscaler.',
};

export const hpaTable: TableHandler<HorizontalPodAutoscaler> = {
  columns: [
    column('Name', 'string', DOCS.metaName, { format: 'name' }),
    column('Reference', 'string', SPEC_DOCS.scaleTargetRef),
    column('Targets', 'string', SPEC_DOCS.metrics),
    column('MinPods', 'string', SPEC_DOCS.minReplicas),
    column('MaxPods', 'string', SPEC_DOCS.maxReplicas),
    column('Replicas', 'string', SPEC_DOCS.currentReplicas),
    column('Age', 'string', DOCS.metaCreationTimestamp),
  ],
  cells: (hpa, now) => [
    hpa.metadata.name,
    `${hpa.spec.scaleTargetRef.kind}/${hpa.spec.scaleTargetRef.name}`,
    formatHPAMetrics(hpa.spec.metrics, hpa.status?.currentMetrics),
    hpa.spec.minReplicas !== undefined ? String(hpa.spec.minReplicas) : '<unset>',
    hpa.spec.maxReplicas,
    hpa.status?.currentReplicas ?? 0,
    translateTimestampSince(hpa.metadata.creationTimestamp, now),
  ],
};
