// `kubectl autoscale` (staging/src/k8s.io/kubectl/pkg/cmd/autoscale/autoscale.go, 1.32): makes an
// autoscaling/v1 HorizontalPodAutoscaler for a Deployment, ReplicaSet or StatefulSet (--max
// required, --min and --cpu-percent when given, --name or the target's name) and creates it
// through the v1 API, which stores it as v2. Output formats, dry runs, -f and --save-config are
// not modelled.
import { apiVersionOf, typeForKind } from '../../api/resources.js';
import type { HorizontalPodAutoscalerV1 } from '../../api/autoscaling/hpa-types.js';
import type { Kubectl, VerbResult } from '../context.js';
import { formatErrors, plainError } from '../errors.js';
import { flagInt, flagString, type FlagSpec } from '../flags.js';
import { notModelled } from '../not-modelled.js';
import { formatName } from '../../printers/print-name.js';
import { target } from './rollout-targets.js';

const HPA_V1 = typeForKind('HorizontalPodAutoscaler', 'autoscaling/v1')!;

export const AUTOSCALE_FLAGS: FlagSpec[] = [
  { name: 'min', type: 'int' },
  { name: 'max', type: 'int' },
  { name: 'cpu-percent', type: 'int' },
  { name: 'name', type: 'string' },
  { name: 'output', short: 'o', type: 'string' },
  { name: 'dry-run', type: 'string' },
  { name: 'filename', short: 'f', type: 'string' },
];

// eslint-disable-next-line require-yield
export function* autoscale(k: Kubectl): VerbResult {
  for (const flag of ['output', 'dry-run', 'filename']) if (k.flags.values.has(flag)) throw notModelled(`autoscale --${flag}`);
  // cobra's required-flag check: a plain error, without the usage hint.
  if (!k.flags.values.has('max')) throw plainError('required flag(s) "max" not set');
  const max = flagInt(k.flags, 'max', -1);
  const min = flagInt(k.flags, 'min', -1);
  const cpu = flagInt(k.flags, 'cpu-percent', -1);
  if (max < 1) throw plainError(`--max=MAXPODS is required and must be at least 1, max: ${max}`);
  if (max < min) throw plainError(`--max=MAXPODS must be larger or equal to --min=MINPODS, max: ${max}, min: ${min}`);
  const { type, name } = target(k.flags.args, 'autoscale');
  let created: HorizontalPodAutoscalerV1;
  try {
    k.cluster.api.get(type, k.namespace, name);
    if (!type.subresources.includes('scale')) {
      throw plainError(`cannot autoscale a ${type.kind}: could not find scale subresource for ${type.group}/${type.version}, Resource=${type.resource} in discovery information`);
    }
    const hpa: HorizontalPodAutoscalerV1 = {
      apiVersion: 'autoscaling/v1',
      kind: 'HorizontalPodAutoscaler',
      metadata: { name: flagString(k.flags, 'name') || name },
      spec: {
        scaleTargetRef: { kind: type.kind, name, apiVersion: apiVersionOf(type) },
        ...(min > 0 ? { minReplicas: min } : {}),
        maxReplicas: max,
        ...(cpu >= 0 ? { targetCPUUtilizationPercentage: cpu } : {}),
      },
    };
    created = k.cluster.api.create(HPA_V1, k.namespace, hpa);
  } catch (e) {
    k.err(formatErrors([{ error: e }]));
    return 1;
  }
  k.out(`${formatName('HorizontalPodAutoscaler', 'autoscaling', created.metadata.name)} autoscaled\n`);
  return 0;
}
