// Type names are what Go's reflect.Type.String() prints, which encoding/json puts in UnmarshalTypeError
// (`of type []v1.ContainerPort`): the package name (all four API packages are named v1), no pointers.
import { describe, expect, test } from 'vitest';
import type { PackageId } from '../../../../src/sim/api/schema/go-package.js';
import { PACKAGES, resolveGoType } from '../../../../src/sim/api/schema/go-type.js';
import { schemaForKind } from '../../../../src/sim/api/schema/kind-schemas.js';
import { RESOURCE_TYPES, apiVersionOf } from '../../../../src/sim/api/resources.js';

describe('schema tables', () => {
  test('every field of every struct names a type that resolves', () => {
    const unresolved: string[] = [];
    for (const [pkg, source] of Object.entries(PACKAGES) as Array<[PackageId, (typeof PACKAGES)[PackageId]]>) {
      for (const [name, fields] of Object.entries(source.structs)) {
        for (const [json, expr] of Object.entries(fields)) {
          try {
            resolveGoType(pkg, expr);
          } catch (e) {
            unresolved.push(`${pkg}.${name}.${json}: ${(e as Error).message}`);
          }
        }
      }
    }
    expect(unresolved).toEqual([]);
  });

  test('every kind the simulator stores has a schema (the create-only reviews are answered, never decoded into storage)', () => {
    const stored = RESOURCE_TYPES.filter((t) => t.verbs.join() !== 'create');
    const missing = stored.filter((t) => !schemaForKind(t.kind, apiVersionOf(t))).map((t) => t.kind);
    expect(missing).toEqual([]);
  });

  test('the Pod tree reaches containers, probes and volume sources', () => {
    const pod = schemaForKind('Pod', 'v1')!;
    const spec = pod.fields.get('spec');
    const containers = spec?.kind === 'struct' ? spec.fields.get('containers') : undefined;
    const container = containers?.kind === 'slice' ? containers.elem : undefined;
    expect(container?.kind === 'struct' && [...container.fields.keys()]).toContain('livenessProbe');
    expect(spec?.kind === 'struct' && spec.fields.get('volumes')?.name).toBe('[]v1.Volume');
  });
});

describe('Go type names, as reflect prints them in encoding/json errors', () => {
  test.each([
    ['core', '[]ContainerPort', '[]v1.ContainerPort'],
    ['core', '*int64', 'int64'],
    ['core', 'Protocol', 'v1.Protocol'],
    ['core', 'ResourceList', 'v1.ResourceList'],
    ['core', 'map[string][]byte', 'map[string][]uint8'],
    ['core', 'map[string]string', 'map[string]string'],
    ['core', 'metav1.ObjectMeta', 'v1.ObjectMeta'],
    ['core', 'metav1.Time', 'v1.Time'],
    ['core', 'intstr.IntOrString', 'intstr.IntOrString'],
    ['core', 'resource.Quantity', 'resource.Quantity'],
    ['apps', 'v1.PodTemplateSpec', 'v1.PodTemplateSpec'],
    ['discovery', '*v1.Protocol', 'v1.Protocol'],
    ['meta', 'types.UID', 'types.UID'],
  ] as const)('%s %s is %s', (pkg, expr, name) => {
    expect(resolveGoType(pkg, expr).name).toBe(name);
  });

  test('discovery and core EndpointPort are different structs with the same printed name', () => {
    const core = resolveGoType('core', 'EndpointPort');
    const discovery = resolveGoType('discovery', 'EndpointPort');
    expect(core).not.toBe(discovery);
    expect([core.name, discovery.name]).toEqual(['v1.EndpointPort', 'v1.EndpointPort']);
  });

  test('an unknown type is a bug in the tables, not a silent any', () => {
    expect(() => resolveGoType('core', 'NoSuchThing')).toThrow('unknown Go type NoSuchThing in k8s.io/api/core/v1');
  });
});
