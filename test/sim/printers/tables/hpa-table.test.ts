// The TARGETS column of `kubectl get hpa` (printers.go formatHPAMetrics, 1.32).
import { describe, expect, it } from 'vitest';
import type { MetricSpec, MetricStatus } from '../../../../src/sim/api/autoscaling/hpa-types.js';
import { formatHPAMetrics } from '../../../../src/sim/printers/tables/hpa-table.js';

const cpu = (averageUtilization?: number): MetricSpec => ({ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', ...(averageUtilization !== undefined ? { averageUtilization } : {}) } } });
const memoryValue: MetricSpec = { type: 'Resource', resource: { name: 'memory', target: { type: 'AverageValue', averageValue: '100Mi' } } };
const cpuNow = (averageUtilization: number, averageValue: string): MetricStatus => ({ type: 'Resource', resource: { name: 'cpu', current: { averageUtilization, averageValue } } });

describe('formatHPAMetrics', () => {
  it('prints <none> without metrics', () => {
    expect(formatHPAMetrics([], [])).toBe('<none>');
  });

  it('prints <unknown> before a measurement and the percentage after', () => {
    expect(formatHPAMetrics([cpu(50)], [])).toBe('cpu: <unknown>/50%');
    expect(formatHPAMetrics([cpu(50)], [{ type: '' }])).toBe('cpu: <unknown>/50%');
    expect(formatHPAMetrics([cpu(50)], [cpuNow(12, '25m')])).toBe('cpu: 12%/50%');
  });

  it('prints <auto> for a utilization target without a value, and quantities for value targets', () => {
    expect(formatHPAMetrics([cpu()], [])).toBe('cpu: <unknown>/<auto>');
    expect(formatHPAMetrics([memoryValue], [{ type: 'Resource', resource: { name: 'memory', current: { averageValue: '52428800' } } }])).toBe('memory: 52428800/100Mi');
  });

  it('shows two metrics and counts the rest', () => {
    expect(formatHPAMetrics([cpu(50), memoryValue, cpu(70)], [])).toBe('cpu: <unknown>/50%, memory: <unknown>/100Mi + 1 more...');
  });
});
