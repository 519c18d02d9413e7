// The internal Go types and the conversion of stored v1 JSON into their values.
import { describe, expect, test } from 'vitest';
import { fieldsOf, type GoType } from '../../../../../src/sim/api/validation/go-types/go-type.js';
import { parseGoQuantity, quantityGoSyntax } from '../../../../../src/sim/api/validation/go-types/go-quantity.js';
import { goNameOf, jsonKeyOf } from '../../../../../src/sim/api/validation/go-types/resolve-go-type.js';
import { podSpecGoType, podSpecToGo, structField } from '../../../../../src/sim/api/validation/go-types/to-go-value.js';
import type { PodSpec } from '../../../../../src/sim/api/types.js';

const fieldNames = (t: GoType): string[] => fieldsOf(t).map((f) => f.name);

function fieldType(t: GoType, name: string): GoType {
  const f = fieldsOf(t).find((x) => x.name === name);
  if (!f) throw new Error(`no field ${name}`);
  return f.type;
}

describe('internal Go types', () => {
  test('core.PodSpec has the 34 fields of 1.32 in Go order, host namespaces moved to its SecurityContext', () => {
    const names = fieldNames(podSpecGoType());
    expect(names).toHaveLength(34);
    expect(names.slice(0, 5)).toEqual(['Volumes', 'InitContainers', 'Containers', 'EphemeralContainers', 'RestartPolicy']);
    expect(names.slice(-2)).toEqual(['ResourceClaims', 'Resources']);
    expect(names).not.toContain('HostNetwork');
    expect(fieldNames(fieldType(podSpecGoType(), 'SecurityContext').elem!).slice(0, 5)).toEqual([
      'HostNetwork',
      'HostPID',
      'HostIPC',
      'ShareProcessNamespace',
      'HostUsers',
    ]);
  });

  test('core.Container has 24 fields, from Name to TTY', () => {
    const container = fieldType(podSpecGoType(), 'Containers').elem!;
    expect(container.name).toBe('core.Container');
    expect(fieldNames(container)).toHaveLength(24);
    expect(fieldNames(container)[23]).toBe('TTY');
  });

  test('a volume source the tables do not model falls back to the v1 schema with Go-cased names', () => {
    const volume = fieldType(podSpecGoType(), 'Volumes').elem!;
    const iscsi = fieldType(fieldType(volume, 'VolumeSource'), 'ISCSI').elem!;
    expect(iscsi.name).toBe('core.ISCSIVolumeSource');
    expect(fieldNames(iscsi)).toContain('FSType');
    expect(fieldNames(iscsi)).toContain('SecretRef');
  });

  test('JSON keys and Go names convert both ways around initialisms', () => {
    expect(['DNSPolicy', 'TTY', 'HostIP', 'SELinuxOptions', 'HTTPGet', 'Name'].map(jsonKeyOf)).toEqual([
      'dnsPolicy',
      'tty',
      'hostIP',
      'seLinuxOptions',
      'httpGet',
      'name',
    ]);
    expect(['fsType', 'secretRef', 'iqn', 'lun'].map(goNameOf)).toEqual(['FSType', 'SecretRef', 'IQN', 'Lun']);
  });
});

describe('stored JSON as Go values', () => {
  test('hostNetwork is read into SecurityContext, which is never nil; serviceAccount stands in for serviceAccountName', () => {
    const spec = { containers: [], hostNetwork: true, serviceAccount: 'builder' } as unknown as PodSpec;
    const value = podSpecToGo(spec, false);
    const securityContext = fieldType(podSpecGoType(), 'SecurityContext').elem!;
    expect(structField(securityContext, structField(podSpecGoType(), value, 'SecurityContext'), 'HostNetwork')).toBe(true);
    expect(structField(podSpecGoType(), value, 'ServiceAccountName')).toBe('builder');
  });

  test('empty lists read back from storage are nil; in a request they stay empty', () => {
    const spec = { containers: [], tolerations: [] } as unknown as PodSpec;
    expect(structField(podSpecGoType(), podSpecToGo(spec, true), 'Tolerations')).toBeNull();
    expect(structField(podSpecGoType(), podSpecToGo(spec, false), 'Tolerations')).toEqual([]);
  });

  test.each([
    ['1', [[1, 0], [null], '1', 'DecimalSI']],
    ['500m', [[500, -3], [null], '500m', 'DecimalSI']],
    ['1000m', [[1000, -3], [null], '', 'DecimalSI']],
    ['0.5', [[5, -1], [null], '', 'DecimalSI']],
    ['1Gi', [[1073741824, 0], [null], '1Gi', 'BinarySI']],
    ['128Mi', [[134217728, 0], [null], '', 'BinarySI']],
    ['1e3', [[1, 3], [null], '1e3', 'DecimalExponent']],
    ['1.5Gi', [[0, 0], ['1610612736.000000000'], '', 'BinarySI']],
    ['0', [[0, 0], [null], '0', 'DecimalSI']],
  ])('ParseQuantity(%j) builds the struct go-cmp prints', (text, struct) => {
    expect(parseGoQuantity(text)).toEqual(struct);
  });
});

describe('a Quantity as %#v prints it', () => {
  test('shows the int64 amount, the cached string of a canonical input, and the format', () => {
    expect(quantityGoSyntax('1Gi')).toBe('resource.Quantity{i:resource.int64Amount{value:1073741824, scale:0}, d:resource.infDecAmount{Dec:(*inf.Dec)(nil)}, s:"1Gi", Format:"BinarySI"}');
    expect(quantityGoSyntax('0.5')).toBe('resource.Quantity{i:resource.int64Amount{value:5, scale:-1}, d:resource.infDecAmount{Dec:(*inf.Dec)(nil)}, s:"", Format:"DecimalSI"}');
  });

  test('shows a pointer for a value on the inf.Dec path, and the zero Quantity for an empty one', () => {
    expect(quantityGoSyntax('1.5Gi')).toMatch(/^resource\.Quantity\{i:resource\.int64Amount\{value:0, scale:0\}, d:resource\.infDecAmount\{Dec:\(\*inf\.Dec\)\(0xc[0-9a-f]+\)\}, s:"", Format:"BinarySI"\}$/);
    expect(quantityGoSyntax('')).toBe('resource.Quantity{i:resource.int64Amount{value:0, scale:0}, d:resource.infDecAmount{Dec:(*inf.Dec)(nil)}, s:"", Format:""}');
  });
});
