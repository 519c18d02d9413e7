// The differential test: every lesson in the repository runs on two identical simulated clusters
// at once, one driven by our built-in kubectl and one by the real kubectl 1.32 over the HTTP API,
// and every kubectl invocation must print the same bytes and exit with the same code on both.
// The few known differences are listed below with their reasons; anything else fails.
import { appendFileSync, readdirSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { parseLesson } from '../../src/lesson/parse-lesson.js';
import { resolveSimConfig } from '../../src/sim/cluster/config.js';
import { runDifferential, type Comparison } from './support/differential.js';
import { kubectlCheck } from './support/harness.js';

const ROOT = new URL('../../', import.meta.url);
const FILES = [
  ...readdirSync(new URL('lessons/', ROOT))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => `lessons/${f}`),
  'docs/lesson-format.md',
];

/**
 * The Events table of `describe` with its Age column masked: kubectl computes event ages on the
 * client, from the machine's clock (not the server's), so the real kubectl shows ages relative to
 * today while the simulated events happened at virtual time. Every other cell must still match.
 */
function maskEventAges(text: string): string {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const header = lines[i + 1];
    if (!/^\s*Events:$/.test(lines[i]!) || header === undefined) continue;
    const age = header.indexOf('Age');
    const from = header.indexOf('From');
    if (age < 0 || from < age) continue;
    for (let j = i + 1; j < lines.length && lines[j]!.startsWith(' '.repeat(age > 0 ? 2 : 0)) && lines[j]!.trim() !== ''; j++) {
      const row = lines[j]!;
      lines[j] = `${row.slice(0, age).trimEnd()} | <age> | ${row.slice(from)}`;
    }
  }
  return lines.join('\n');
}

/** Invocations whose output differs for a reason outside the simulator. */
const KNOWN: { test: (c: Comparison) => boolean; reason: string }[] = [
  {
    // /usr/bin/kubectl is gcloud's dispatcher: its client block reports the dispatcher's build
    // (git commit, build date, Go version) rather than the upstream 1.32 release ours prints.
    test: (c) => c.ours.argv[0] === 'version',
    reason: 'the client half of `kubectl version` is the installed binary’s own build',
  },
  {
    test: (c) =>
      c.ours.argv[0] === 'describe' &&
      c.ours.exitCode === c.real.exitCode &&
      c.ours.stderr === c.real.stderr &&
      maskEventAges(c.ours.stdout) === maskEventAges(c.real.stdout),
    reason: 'event ages: kubectl describe computes them from the client machine’s clock; all else is equal',
  },
];

const all: Comparison[] = [];

/** A mismatch as text, for KINDLING_DIFFERENTIAL_DUMP=<file> while working on one. */
function describeMismatch(c: Comparison): string {
  const side = (name: string, i: { stdout: string; stderr: string; exitCode: number }) =>
    `--- ${name} (exit ${i.exitCode})\n${i.stdout}${i.stderr ? `--- ${name} stderr\n${i.stderr}` : ''}`;
  return `=== ${c.lesson}: kubectl ${c.ours.argv.join(' ')}\n${side('ours', c.ours)}${side('real', c.real)}`;
}

describe.skipIf(!kubectlCheck.available)('lessons: our kubectl and the real kubectl print the same bytes', () => {
  for (const file of FILES) {
    it(file, { timeout: 300_000 }, async () => {
      const lesson = parseLesson(file, readFileSync(new URL(file, ROOT), 'utf8'));
      const { config, problems } = resolveSimConfig(lesson.meta.sim);
      expect(problems).toEqual([]);
      const { comparisons, divergences } = await runDifferential(lesson, config);
      all.push(...comparisons);
      const dump = process.env['KINDLING_DIFFERENTIAL_DUMP'];
      if (dump) appendFileSync(dump, comparisons.filter((c) => !c.same).map(describeMismatch).join(''));
      expect(divergences).toEqual([]);
      const unexplained = comparisons
        .filter((c) => !c.same && !KNOWN.some((k) => k.test(c)))
        .map((c) => ({ command: c.command, argv: c.ours.argv.join(' '), ours: c.ours, real: c.real }));
      expect(unexplained).toEqual([]);
      expect(comparisons.length).toBeGreaterThan(0);
    });
  }

  afterAll(() => {
    const same = all.filter((c) => c.same).length;
    const known = all.filter((c) => !c.same && KNOWN.some((k) => k.test(c)));
    console.log(`differential: ${same} of ${all.length} kubectl invocations identical; ${known.length} known differences:`);
    for (const c of known) console.log(`  ${c.lesson}: kubectl ${c.ours.argv.join(' ')} (${KNOWN.find((k) => k.test(c))!.reason})`);
  });
});
