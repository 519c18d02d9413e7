// `kubectl create job NAME --image=IMG [-- command]` and `kubectl create job NAME --from=cronjob/X`
// (staging/src/k8s.io/kubectl/pkg/cmd/create/create_job.go): a one-container Job (restartPolicy
// Never), or a copy of a CronJob's job template with the annotation
// cronjob.kubernetes.io/instantiate=manual and an ownerReference to the CronJob (controller, but
// without blockOwnerDeletion).
import { resolveResourceType, typeForKind } from '../../api/resources.js';
import type { CronJob } from '../../api/strategies/cronjob-strategy.js';
import type { Job } from '../../api/strategies/job-strategy.js';
import type { Kubectl } from '../context.js';
import { plainError } from '../errors.js';
import { flagString, flagStrings } from '../flags.js';
import { imperativeMeta, nameFromArgs, type Imperative } from './create-imperative.js';

const JOBS = typeForKind('Job', 'batch/v1')!;

function fromCronJob(k: Kubectl, name: string, from: string): Job {
  const slash = from.indexOf('/');
  const typeText = slash < 0 ? from : from.slice(0, slash);
  const source = slash < 0 ? '' : from.slice(slash + 1);
  const type = resolveResourceType(typeText);
  if (!type) throw plainError(`the server doesn't have a resource type "${typeText}"`);
  if (!source) throw plainError(`from must be of the form <resource>/<name>`);
  const obj = k.cluster.api.get(type, k.namespace, source);
  if (obj.kind !== 'CronJob') throw plainError(`unknown object type *v1.${obj.kind}`);
  const cj = obj as CronJob;
  const template = cj.spec.jobTemplate;
  const annotations: Record<string, string> = { 'cronjob.kubernetes.io/instantiate': 'manual', ...((template.metadata?.annotations as Record<string, string> | undefined) ?? {}) };
  const labels = template.metadata?.labels as Record<string, string> | undefined;
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: {
      ...imperativeMeta(k, name),
      annotations,
      ...(labels && Object.keys(labels).length > 0 ? { labels: { ...labels } } : {}),
      ownerReferences: [{ apiVersion: 'batch/v1', controller: true, kind: 'CronJob', name: cj.metadata.name, uid: cj.metadata.uid ?? '' }],
    },
    spec: structuredClone(template.spec),
    status: {},
  };
}

export function createJob(k: Kubectl, args: string[]): Imperative {
  const name = nameFromArgs(k, 'job', args);
  const image = flagStrings(k.flags, 'image').join(',');
  const from = flagString(k.flags, 'from') ?? '';
  const command = k.flags.dashArgs ?? [];
  if ((image === '' && from === '') || (image !== '' && from !== '')) throw plainError('either --image or --from must be specified');
  if (command.length > 0 && from !== '') throw plainError('cannot specify --from and command');
  if (from !== '') return { type: JOBS, obj: fromCronJob(k, name, from), failure: 'failed to create job: ' };
  const created = null as unknown as string;
  const obj: Job = {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: imperativeMeta(k, name),
    spec: {
      template: {
        metadata: { creationTimestamp: created },
        spec: { containers: [{ name, image, ...(command.length > 0 ? { command } : {}), resources: {} }], restartPolicy: 'Never' },
      },
    },
    status: {},
  };
  return { type: JOBS, obj, failure: 'failed to create job: ' };
}
