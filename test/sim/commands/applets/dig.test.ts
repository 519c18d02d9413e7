// dig's record columns: BIND's indent() puts each field at the next tab stop past a column, or
// one space when the previous field ran past it. Expected lines are from real dig 9.9.5 output.
import { describe, expect, it } from 'vitest';
import { columns } from '../../../../src/sim/commands/applets/dig.js';

describe('dig record columns', () => {
  it('lays out short names with tabs, as in a real answer section', () => {
    expect(columns(['pinarello.6browns.org.', '5', 'IN', 'A', '192.168.1.251'], [24, 32, 40, 48])).toBe('pinarello.6browns.org.\t5\tIN\tA\t192.168.1.251');
    expect(columns([';pinarello.6browns.org.', 'IN', 'A'], [32, 40])).toBe(';pinarello.6browns.org.\t\tIN\tA');
  });

  it('falls back to single spaces past the stops, and a tab when the next stop is reachable', () => {
    expect(columns(['back-golang.jump-app.svc.clusterset.local.', '5', 'IN', 'A', '172.26.241.220'], [24, 32, 40, 48])).toBe('back-golang.jump-app.svc.clusterset.local. 5 IN\tA 172.26.241.220');
    expect(columns([';back-golang.jump-app.svc.clusterset.local.', 'IN', 'A'], [32, 40])).toBe(';back-golang.jump-app.svc.clusterset.local. IN A');
  });
});
