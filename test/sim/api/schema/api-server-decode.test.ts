// The decoder wired into ApiServer.create/update, and what kubectl prints for it. The message
// kubectl shows is `Error from server (BadRequest): error when creating "<file>": <Status message>`.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { SimSession } from '../../../../src/backends/sim/sim-session.js';
import { RESOURCE_TYPES, apiVersionOf, typeForKind } from '../../../../src/sim/api/resources.js';
import { decodeObject } from '../../../../src/sim/api/schema/decode-object.js';
import { StatusError } from '../../../../src/sim/api/status-error.js';
import type { KubeObject } from '../../../../src/sim/api/types.js';
import { Cluster } from '../../../../src/sim/cluster/cluster.js';
import { defaultSimConfig } from '../../../../src/sim/core/config/config.js';

const PODS = typeForKind('Pod', 'v1')!;
const CONFIGMAPS = typeForKind('ConfigMap', 'v1')!;

function pod(name: string, container: Record<string, unknown>): KubeObject {
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name }, spec: { containers: [{ name: 'c', image: 'busybox', ...container }] } };
}

function thrown(f: () => unknown): StatusError {
  try {
    f();
  } catch (e) {
    if (e instanceof StatusError) return e;
    throw e;
  }
  throw new Error('expected a StatusError');
}

describe('ApiServer decoding', () => {
  test('create refuses an unknown field with a 400 BadRequest and stores nothing', () => {
    const { api } = new Cluster(defaultSimConfig());
    const error = thrown(() => api.create(PODS, 'default', pod('typo', { imagee: 'busybox' })));
    expect(error.status).toMatchObject({
      code: 400,
      reason: 'BadRequest',
      message: 'Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "spec.containers[0].imagee"',
    });
    expect(api.find(PODS, 'default', 'typo')).toBeUndefined();
  });

  test('create under Warn stores the object and hands back the warnings', () => {
    const { api } = new Cluster(defaultSimConfig());
    const warnings: string[] = [];
    api.create(PODS, 'default', pod('warned', { imagee: 'busybox' }), { fieldValidation: 'Warn', warnings });
    expect(warnings).toEqual(['unknown field "spec.containers[0].imagee"']);
    expect(api.find(PODS, 'default', 'warned')).toBeDefined();
  });

  test('create under Ignore stores the object without a warning', () => {
    const { api } = new Cluster(defaultSimConfig());
    const warnings: string[] = [];
    api.create(PODS, 'default', pod('ignored', { imagee: 'busybox' }), { fieldValidation: 'Ignore', warnings });
    expect(warnings).toEqual([]);
    expect(api.find(PODS, 'default', 'ignored')).toBeDefined();
  });

  test('update decodes the new body too', () => {
    const { api } = new Cluster(defaultSimConfig());
    const cm = api.create(CONFIGMAPS, 'default', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'settings' }, data: { a: '1' } });
    const error = thrown(() => api.update(CONFIGMAPS, 'default', { ...cm, data: { a: 1 } }));
    expect(error.status.message).toBe(
      'ConfigMap in version "v1" cannot be handled as a ConfigMap: json: cannot unmarshal number into Go struct field ConfigMap.data of type string',
    );
  });

  test('the raw body, when given, is what is decoded: duplicate fields are found', () => {
    const { api } = new Cluster(defaultSimConfig());
    const rawBody = '{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"dup","name":"dup"}}';
    const body = JSON.parse(rawBody) as KubeObject;
    const error = thrown(() => api.create(CONFIGMAPS, 'default', body, { rawBody }));
    expect(error.status.message).toBe(
      'ConfigMap in version "v1" cannot be handled as a ConfigMap: strict decoding error: duplicate field "metadata.name"',
    );
  });
});

test('kubectl create prints the server\'s strict decoding error for a misspelt field', () => {
  const session = new SimSession(defaultSimConfig());
  session.fs.writeFile(
    '/workspace/pod.yaml',
    ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: p', 'spec:', '  containers:', '  - name: c', '    imagee: busybox', ''].join('\n'),
  );
  const result = session.runSync('kubectl create -f pod.yaml', { timeoutMs: 60_000 });
  expect(result.output).toBe(
    'Error from server (BadRequest): error when creating "pod.yaml": Pod in version "v1" cannot be handled as a Pod: ' +
      'strict decoding error: unknown field "spec.containers[0].imagee"\n',
  );
  expect(result.exitCode).toBe(1);
});

test('every object the simulator stores decodes cleanly, so a later update of it is not refused', async () => {
  const session = new SimSession(defaultSimConfig());
  const manifest = readFileSync(new URL('fixtures/init-containers-pod.yaml', import.meta.url), 'utf8');
  await session.writeFile('pod.yaml', manifest);
  await session.writeFile('svc.yaml', 'apiVersion: v1\nkind: Service\nmetadata:\n  name: myservice\nspec:\n  ports:\n  - port: 80\n    targetPort: 9376\n');
  for (const command of ['kubectl create -f pod.yaml', 'kubectl create -f svc.yaml', 'kubectl create deployment web --image=nginx --replicas=2']) {
    expect(session.runSync(command, { timeoutMs: 60_000 }).exitCode).toBe(0);
  }
  await session.wait(120_000);
  const problems: string[] = [];
  let count = 0;
  for (const type of RESOURCE_TYPES) {
    for (const obj of session.cluster.api.list(type, undefined).items) {
      count++;
      const { error, warnings } = decodeObject(type.kind, apiVersionOf(type), obj, 'Strict');
      if (error || warnings.length > 0) problems.push(`${type.kind} ${obj.metadata.name}: ${error ?? warnings.join(', ')}`);
    }
  }
  expect(problems).toEqual([]);
  expect(count).toBeGreaterThan(30);
});
