// Test driver for applet families: each case runs on the simulator in both dialects and is
// compared with the real GNU tools (golden/NAME.bash.json) and the real busybox
// (golden/NAME.busybox.json), recorded once where they are installed.
import { describe, expect, test } from 'vitest';
import { type BashCase, recordedBash, recordedBusybox, simCase } from '../../shell/support.js';

export interface Families {
  /** Cases whose output both families share the wording of (each is still compared with its own). */
  both: BashCase[];
  gnuOnly?: BashCase[];
  busyboxOnly?: BashCase[];
}

/** Declares the two describe blocks: `what` matches GNU ..., `what` matches busybox. */
export function describeAgainstRealTools(name: string, what: string, gnuTitle: string, cases: Families): void {
  const gnuCases = [...cases.both, ...(cases.gnuOnly ?? [])];
  const busyboxCases = [...cases.both, ...(cases.busyboxOnly ?? [])];
  const gnu = recordedBash(`test/sim/shell/golden/${name}.bash.json`, gnuCases);
  const busybox = recordedBusybox(`test/sim/shell/golden/${name}.busybox.json`, busyboxCases);
  describe(`${what} match ${gnuTitle}`, () => {
    test.each(gnuCases)('$name', (c) => {
      expect(simCase(c)).toEqual(gnu.get(c.name));
    });
  });
  describe(`${what} match busybox`, () => {
    test.each(busyboxCases)('$name', (c) => {
      expect(simCase(c, 'ash')).toEqual(busybox.get(c.name));
    });
  });
}
