// Templates checked against what the real kubectl 1.32 printed for them (recorded by
// record-cases.py from cases.txt): text/template's actions, functions, fmt verbs, parse and
// execution errors, and kubectl's own functions and error wrapping.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { printGoTemplate } from '../../../../src/sim/printers/print-go-template.js';

interface Case {
  template: string;
  strict: boolean;
  stdout: string;
  stderr: string;
  exitCode: number;
}

const recorded = JSON.parse(readFileSync(new URL('./kubectl-1.32.json', import.meta.url), 'utf8')) as { object: unknown; cases: Case[] };

/** The raw JSON line: kubectl marshals the typed Deployment in struct order, a get's objects sorted. */
function withoutRawData(text: string): string {
  return text.replace(/(\traw data was:\n\t\t).*\n/, '$1<RAW>\n');
}

describe('go-template printer against kubectl 1.32', () => {
  it.each(recorded.cases.map((c, i) => [i, c.template, c] as const))('case %i: %s', (_i, _t, c) => {
    const r = printGoTemplate(c.template, recorded.object, !c.strict);
    const stderr = r.ok ? '' : `error: ${r.error.replace(/\n$/, '')}\n`;
    expect({ stdout: withoutRawData(r.stdout), stderr, exitCode: r.ok ? 0 : 1 }).toEqual({ stdout: withoutRawData(c.stdout), stderr: c.stderr, exitCode: c.exitCode });
  });

  it('records a good number of cases, errors among them', () => {
    expect(recorded.cases.length).toBeGreaterThan(150);
    expect(recorded.cases.filter((c) => c.exitCode !== 0).length).toBeGreaterThan(50);
  });
});
