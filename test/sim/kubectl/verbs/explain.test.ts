// kubectl explain: the plaintext rendering of the served OpenAPI v3 schemas (goldens checked
// against kubectl 1.32 rendering the same documents from `kindling sim serve`, and the
// differential test of lesson 290), the field path rules and the errors in kubectl's words.
import { describe, expect, test } from 'vitest';
import { expectGolden } from '../../../support/golden.js';
import { KubectlSession } from './kubectl-session.js';

const GOLDEN = 'test/sim/kubectl/verbs/golden/explain';

describe('kubectl explain', () => {
  const s = new KubectlSession();

  test.each([
    ['pods', 'pods'],
    ['pods.spec.containers', 'pods-spec-containers'],
    ['deployment.spec.strategy', 'deployment-spec-strategy'],
    ['deployment.spec.strategy --recursive', 'deployment-spec-strategy-recursive'],
    ['pods.spec.restartPolicy', 'pods-spec-restartpolicy'],
    ['svc --recursive', 'svc-recursive'],
  ])('explain %s', (args, name) => {
    const r = s.run(`kubectl explain ${args}`);
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    expectGolden(r.stdout, `${GOLDEN}/${name}.txt`);
  });

  test('a path goes through lists and maps, and takes the type names, short names and groups kubectl get takes', () => {
    const ports = s.run('kubectl explain po.spec.containers.ports.protocol').stdout;
    expect(ports).toBe(s.run('kubectl explain pods.spec.containers.ports.protocol').stdout);
    expect(ports).toContain('FIELD: protocol <string>\nENUM:\n    SCTP\n    TCP\n    UDP\n\nDESCRIPTION:\n');
    expect(s.run('kubectl explain pods.spec.containers.resources.limits').stdout).toContain('FIELD: limits <map[string]Quantity>\n');
    expect(s.run('kubectl explain deployments.apps.spec.replicas').stdout).toBe(s.run('kubectl explain deploy.spec.replicas').stdout);
    expect(s.run('kubectl explain Deployment.spec.replicas.').stdout).toMatch(/^GROUP: {6}apps\nKIND: {7}Deployment\nVERSION: {4}v1\n\nFIELD: replicas <integer>\n/);
    expect(s.run('kubectl explain pods.metadata.creationTimestamp').stdout).toContain('FIELD: creationTimestamp <string>\n');
    expect(s.run('kubectl explain deploy --api-version=apps/v1').stdout).toBe(s.run('kubectl explain deploy').stdout);
  });

  test('its errors, in kubectl words: the header stays printed when a field is missing', () => {
    expect(s.run('kubectl explain pods.spec.container')).toEqual({ stdout: 'KIND:       Pod\nVERSION:    v1\n\n', stderr: 'error: field "container" does not exist\n', exitCode: 1 });
    expect(s.run('kubectl explain pods.spec.foo.bar').stderr).toBe('error: field "bar" does not exist\n');
    expect(s.run('kubectl explain deploy.apps.spec')).toMatchObject({ stderr: 'error: field "spec" does not exist\n', exitCode: 1 }); // the last part of the path, whichever is missing
    expect(s.run('kubectl explain nosuchthing')).toEqual({ stdout: '', stderr: 'the server doesn\'t have a resource type "nosuchthing"\n', exitCode: 1 });
    expect(s.run('kubectl explain').stderr).toBe('error: You must specify the type of resource to explain. Use "kubectl api-resources" for a complete list of supported resources.\n');
    expect(s.run('kubectl explain pods svc').stderr).toBe('error: We accept only this format: explain RESOURCE\n');
    expect(s.run('kubectl explain deploy --api-version=apps/v2').stderr).toBe('error: couldn\'t find resource for "apps/v2, Resource=deployments"\n');
    expect(s.run('kubectl explain deploy --api-version=v1')).toEqual({ stdout: '', stderr: 'error: GVR (/v1, Resource=deployments) not found in OpenAPI schema\n', exitCode: 1 });
    expect(s.run('kubectl explain deploy --api-version=a/b/c').stderr).toBe('error: unexpected GroupVersion string: a/b/c\n');
    expect(s.run('kubectl explain deploy --output yaml').stderr).toBe('error: unrecognized format: yaml\n');
    expect(s.run('kubectl explain deploy -o plaintext-openapiv2')).toMatchObject({ stdout: '', exitCode: 1 });
    expect(s.run('kubectl explain deploy -o plaintext-openapiv2').stderr).toMatch(/^kindling: kubectl explain --output=plaintext-openapiv2 is not modelled by the simulator/);
  });
});
