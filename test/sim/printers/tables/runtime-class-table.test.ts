// RuntimeClasses as the API server prints them: NAME, HANDLER, AGE.
import { describe, expect, it } from 'vitest';
import type { RuntimeClass } from '../../../../src/sim/api/runtime-class-types.js';
import { runtimeClassTable } from '../../../../src/sim/printers/tables/runtime-class-table.js';

const NOW = Date.UTC(2025, 0, 6, 10, 0, 0);

describe('runtimeClassTable', () => {
  it('has the printer’s columns, the handler’s without a description', () => {
    expect(runtimeClassTable.columns.map((c) => [c.name, c.description === ''])).toEqual([
      ['Name', false],
      ['Handler', true],
      ['Age', false],
    ]);
  });

  it('prints the name, the handler and the age', () => {
    const rc: RuntimeClass = { apiVersion: 'node.k8s.io/v1', kind: 'RuntimeClass', metadata: { name: 'kata-fc', creationTimestamp: '2025-01-06T09:57:30Z' }, handler: 'kata-fc' };
    expect(runtimeClassTable.cells(rc, NOW)).toEqual(['kata-fc', 'kata-fc', '2m30s']);
  });
});
