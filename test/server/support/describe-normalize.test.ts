// The differential test's normalizers mask only what they name.
import { describe, expect, it } from 'vitest';
import { maskClientAges, maskEventTableAges, sortGoMapSections } from './describe-normalize.js';

const configMap = (first: [string, string], second: [string, string]) => `Name:         settings
Namespace:    default

Data
====
${first[0]}:
----
${first[1]}

${second[0]}:
----
${second[1]}


BinaryData
====

Events:  <none>
`;

describe('sortGoMapSections', () => {
  it('makes ConfigMap data in either key order compare equal, and nothing else', () => {
    const a = configMap(['color', 'green'], ['limits.conf', 'max=1\nmin=0']);
    const b = configMap(['limits.conf', 'max=1\nmin=0'], ['color', 'green']);
    expect(a).not.toBe(b);
    expect(sortGoMapSections(a)).toBe(sortGoMapSections(b));
    expect(sortGoMapSections(a)).not.toBe(sortGoMapSections(configMap(['color', 'blue'], ['limits.conf', 'max=1\nmin=0'])));
    expect(sortGoMapSections(a)).toContain('Name:         settings\nNamespace:    default\n\nData\n====\ncolor:\n----\ngreen\n');
  });

  it("sorts a Secret's `key:  N bytes` lines", () => {
    const secret = (lines: string[]) => `Type:  Opaque\n\nData\n====\n${lines.join('\n')}\n`;
    expect(sortGoMapSections(secret(['username:  5 bytes', 'password:  6 bytes']))).toBe(sortGoMapSections(secret(['password:  6 bytes', 'username:  5 bytes'])));
    expect(sortGoMapSections(secret(['username:  5 bytes']))).not.toBe(sortGoMapSections(secret(['username:  6 bytes'])));
  });
});

describe('sortGoMapSections on LimitRange tables', () => {
  const table = (rows: string[]) =>
    ['Name:       defaults', 'Namespace:  default', 'Type        Resource  Min  Max  Default Request  Default Limit  Max Limit/Request Ratio', '----        --------  ---  ---  ---------------  -------------  -----------------------', ...rows, ''].join('\n');

  it('makes one item’s resources in either order compare equal', () => {
    const a = table(['Container   cpu       -    2    100m             500m           -', 'Container   memory    -    1Gi  64Mi             256Mi          -']);
    const b = table(['Container   memory    -    1Gi  64Mi             256Mi          -', 'Container   cpu       -    2    100m             500m           -']);
    expect(sortGoMapSections(a)).toBe(sortGoMapSections(b));
  });

  it('keeps the order of the items, which is the list order', () => {
    const a = table(['Pod         memory    -    -    -                -              2', 'Container   cpu       -    2    100m             500m           -']);
    const b = table(['Container   cpu       -    2    100m             500m           -', 'Pod         memory    -    -    -                -              2']);
    expect(sortGoMapSections(a)).not.toBe(sortGoMapSections(b));
  });
});

describe('maskClientAges', () => {
  it('masks how long a pod has been terminating, and not the rest of its status line', () => {
    expect(maskClientAges('Status:    Terminating (lasts <invalid>)\n')).toBe(maskClientAges('Status:    Terminating (lasts 699d)\n'));
    expect(maskClientAges('Status:    Running\n')).toBe('Status:    Running\n');
  });
});

describe('maskEventTableAges', () => {
  it('masks the LAST SEEN cells, wherever the namespace column puts them', () => {
    const ours = 'LAST SEEN          TYPE      REASON   OBJECT    MESSAGE\n4s (x3 over 42s)   Warning   Failed   Pod/bad   Error: ErrImagePull\n';
    const real = 'LAST SEEN             TYPE      REASON   OBJECT    MESSAGE\n700d (x3 over 700d)   Warning   Failed   Pod/bad   Error: ErrImagePull\n';
    expect(maskEventTableAges(ours)).toBe(maskEventTableAges(real));
    expect(maskEventTableAges('NAMESPACE   LAST SEEN   TYPE\ndefault     5s          Normal\n')).toBe('NAMESPACE | LAST SEEN | TYPE\ndefault | <age> | Normal\n');
    expect(maskEventTableAges('default   5s   Normal   Pulled   Pod/x   m\n')).toBe('default | <age> | Normal | Pulled | Pod/x | m\n');
    expect(maskEventTableAges(ours)).not.toBe(maskEventTableAges(real.replace('Warning', 'Normal ')));
  });
});
