// `kubectl create cronjob NAME --image=IMG --schedule=SPEC [--restart=P] [-- command]`
// (staging/src/k8s.io/kubectl/pkg/cmd/create/create_cronjob.go): a CronJob whose job template
// is named NAME and runs one container NAME, restartPolicy OnFailure unless --restart says.
import { typeForKind } from '../../api/resources.js';
import type { CronJob } from '../../api/strategies/cronjob-strategy.js';
import type { Kubectl } from '../context.js';
import { plainError } from '../errors.js';
import { flagString, flagStrings } from '../flags.js';
import { imperativeMeta, nameFromArgs, type Imperative } from './create-imperative.js';

export function createCronJob(k: Kubectl, args: string[]): Imperative {
  // cobra's required flags come first, in flag order.
  const missing = ['image', 'schedule'].filter((f) => !k.flags.values.has(f));
  if (missing.length > 0) throw plainError(`required flag(s) ${missing.map((f) => `"${f}"`).join(', ')} not set`);
  const name = nameFromArgs(k, 'cronjob', args);
  const created = null as unknown as string;
  const command = k.flags.dashArgs;
  const restart = flagString(k.flags, 'restart') || 'OnFailure';
  const obj: CronJob = {
    apiVersion: 'batch/v1',
    kind: 'CronJob',
    metadata: imperativeMeta(k, name),
    spec: {
      schedule: flagString(k.flags, 'schedule') ?? '',
      jobTemplate: {
        metadata: { creationTimestamp: created, name },
        spec: {
          template: {
            metadata: { creationTimestamp: created },
            spec: {
              containers: [{ name, image: flagStrings(k.flags, 'image').join(','), ...(command && command.length > 0 ? { command } : {}), resources: {} }],
              restartPolicy: restart as 'OnFailure',
            },
          },
        },
      },
    },
    status: {},
  };
  return { type: typeForKind('CronJob', 'batch/v1')!, obj, failure: 'failed to create cronjob: ' };
}
