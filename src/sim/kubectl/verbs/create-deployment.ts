// `kubectl create deployment NAME --image=IMG [--replicas=N] [--port=P] [-- command]`: the
// Deployment kubectl builds (labels app=NAME, one container per image named after the image).
import type { Deployment } from '../../api/types.js';
import type { Kubectl } from '../context.js';
import { plainError, usageError } from '../errors.js';
import { flagInt, flagStrings } from '../flags.js';

function containerName(image: string): string {
  const base = image.split('@')[0]!.split('/').pop()!.split(':')[0]!;
  return base.toLowerCase().replace(/[^a-z0-9-]/g, '-');
}

export function deploymentObject(k: Kubectl, rest: string[]): Deployment {
  // cobra checks required flags before the command runs; then NameFromCommandArgs wants one NAME.
  const images = flagStrings(k.flags, 'image');
  if (images.length === 0) throw plainError('required flag(s) "image" not set');
  const names = rest.length - (k.flags.dashArgs?.length ?? 0);
  const name = rest[0];
  if (names !== 1 || !name) throw usageError('create deployment', `exactly one NAME is required, got ${names}`);
  const labels = { app: name };
  // The typed object kubectl holds: zero creation times print as null; a namespace only from -n.
  const created = null as unknown as string;
  const port = k.flags.values.has('port') ? flagInt(k.flags, 'port', 0) : undefined;
  const command = k.flags.dashArgs;
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { creationTimestamp: created, labels, name, ...(k.namespaceGiven ? { namespace: k.namespace } : {}) },
    spec: {
      replicas: flagInt(k.flags, 'replicas', 1),
      selector: { matchLabels: labels },
      strategy: {},
      template: {
        metadata: { creationTimestamp: created, labels },
        spec: {
          containers: images.map((image, i) => ({
            name: containerName(image),
            image,
            resources: {},
            ...(i === 0 && port ? { ports: [{ containerPort: port }] } : {}),
            ...(i === 0 && command && command.length > 0 ? { command } : {}),
          })),
        },
      },
    },
    status: {},
  };
}
