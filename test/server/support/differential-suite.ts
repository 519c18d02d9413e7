// The differential test: every lesson in the repository runs on two identical simulated clusters
// at once, one driven by our built-in kubectl and one by the real kubectl 1.32 over the HTTP API,
// and every kubectl invocation must print the same bytes and exit with the same code on both.
// The few known differences are listed below with their reasons; anything else fails.
// The files are shared out among differential-N.test.ts, so that vitest's workers run them side by side.
import { appendFileSync, readdirSync, readFileSync } from 'node:fs';
import { afterAll, describe, it } from 'vitest';
import { parseLesson } from '../../../src/lesson/parse-lesson.js';
import { resolveSimConfig } from '../../../src/sim/core/config/config.js';
import { runDifferential, type Comparison } from './differential.js';
import { maskClientAges, maskEventTableAges, sortGoMapSections } from './describe-normalize.js';
import { sortDrainOutput } from './drain-normalize.js';
import { kubectlCheck } from './harness.js';

const ROOT = new URL('../../../', import.meta.url);
/** The Markdown files of a folder of the repository, by name. */
const markdownIn = (dir: string) =>
  readdirSync(new URL(dir, ROOT))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => `${dir}${f}`);

/**
 * Every lesson, plus test-only tours (`fixtures/differential/`) that exercise more of kubectl than
 * the lessons do. KINDLING_DIFFERENTIAL_ONLY=<substring> runs only the matching files while working on one.
 */
const FILES = [...markdownIn('lessons/'), 'docs/lesson-format.md', ...markdownIn('test/server/fixtures/differential/')].filter((f) =>
  f.includes(process.env['KINDLING_DIFFERENTIAL_ONLY'] ?? ''),
);

/** How many kubectl invocations a file's console lines hold: a rough measure of its real time. */
const kubectlCount = (file: string) => readFileSync(new URL(file, ROOT), 'utf8').match(/^\$ .*\bkubectl\b/gm)?.length ?? 0;

/**
 * Part `part` (1-based) of `parts`: the files dealt out, the ones with the most kubectl
 * invocations first, so that each part gets its share of the long ones and starts them first (the
 * lessons of a part run side by side; the longest one bounds the part's time).
 */
function filesOf(part: number, parts: number): string[] {
  const byCount = FILES.map((file) => ({ file, count: kubectlCount(file) })).sort((a, b) => b.count - a.count || a.file.localeCompare(b.file));
  // Dealt back and forth (1, 2, 3, 3, 2, 1, ...), so that no part gets the longest of every round.
  const partOf = (i: number) => (Math.floor(i / parts) % 2 === 0 ? i % parts : parts - 1 - (i % parts));
  return byCount.filter((_, i) => partOf(i) === part - 1).map((f) => f.file);
}

/** kubectl debug's generated names (`debugger-xxxxx`, `node-debugger-NODE-xxxxx`) with their random suffix masked. */
const maskDebugNames = (text: string) => text.replace(/\b(node-debugger-[a-z0-9.-]+?|debugger)-[bcdfghjklmnpqrstvwxz2456789]{5}\b/g, '$1-xxxxx');

/** A text's lines in sorted order, for outputs whose line order is random. */
const sortedLines = (text: string) => text.split('\n').sort().join('\n');

/** Invocations whose output differs for a reason outside the simulator. */
const KNOWN: { test: (c: Comparison) => boolean; reason: string }[] = [
  {
    // tar in the container writes an empty archive, then its errors, then exits: the real kubectl
    // stops when the archive ends, so how many of tar's lines reach it first is a matter of timing
    // (on a real cluster too). Ours prints the first; only a longer tail of the same lines is accepted.
    // Or the exec's failure status reaches the real kubectl before it has read the archive's end:
    // then it also prints `command terminated with exit code N` and fails (the same race).
    test: (c) =>
      c.ours.argv[0] === 'cp' &&
      ((c.ours.exitCode === c.real.exitCode && c.ours.stderr === c.real.stderr) ||
        (c.ours.exitCode === 0 && c.ours.stderr === '' && c.real.exitCode !== 0 && c.real.stderr === `command terminated with exit code ${c.real.exitCode}\n`)) &&
      c.real.stdout.startsWith(c.ours.stdout) &&
      c.real.stdout.slice(c.ours.stdout.length).split('\n').every((l) => l === '' || l.startsWith('tar: ')),
    reason: 'how much of tar’s stderr the real kubectl cp prints before the archive ends, and whether the exec’s status comes first, depend on timing',
  },
  {
    // The client half is the installed binary's own release (v1.32.5 here), not the one ours names.
    test: (c) => c.ours.argv[0] === 'version',
    reason: 'the client half of `kubectl version` is the installed binary’s own build',
  },
  {
    // The kubeconfig is the client's own file: ours shows the lesson's simulated kind context, the
    // real one the kubeconfig this test wrote for the served cluster.
    test: (c) => c.ours.argv[0] === 'config',
    reason: 'kubectl config prints the client’s kubeconfig file, which is the test’s on the real side',
  },
  {
    test: (c) =>
      c.ours.argv[0] === 'describe' &&
      c.ours.exitCode === c.real.exitCode &&
      c.ours.stderr === c.real.stderr &&
      maskClientAges(c.ours.stdout) === maskClientAges(c.real.stdout),
    reason: 'event and pod ages: kubectl describe computes them from the client machine’s clock; all else is equal',
  },
  {
    test: (c) =>
      c.ours.argv[0] === 'describe' &&
      c.ours.exitCode === c.real.exitCode &&
      c.ours.stderr === c.real.stderr &&
      maskClientAges(sortGoMapSections(c.ours.stdout)) === maskClientAges(sortGoMapSections(c.real.stdout)),
    reason: 'ConfigMap and Secret data, LimitRange resources: kubectl describe prints them in Go map order, random from run to run; equal sorted',
  },
  {
    test: (c) =>
      c.ours.argv[0] === 'drain' &&
      c.ours.exitCode === c.real.exitCode &&
      sortDrainOutput(c.ours.stdout) === sortDrainOutput(c.real.stdout) &&
      sortDrainOutput(c.ours.stderr) === sortDrainOutput(c.real.stderr),
    reason: 'kubectl drain evicts each pod in a goroutine and groups pods by message in Go maps, so its lines and messages come in a different order from run to run; equal sorted',
  },
  {
    test: (c) =>
      c.ours.argv[0] === 'events' &&
      c.ours.exitCode === c.real.exitCode &&
      c.ours.stderr === c.real.stderr &&
      maskEventTableAges(c.ours.stdout) === maskEventTableAges(c.real.stdout),
    reason: 'kubectl events prints ages by the client machine’s clock; all else is equal',
  },
  {
    // logs.go keeps the requests of a selector's pods in a Go map and reads them in map order.
    test: (c) =>
      c.ours.argv[0] === 'logs' &&
      c.ours.argv.some((a) => a === '-l' || a.startsWith('--selector') || (a.startsWith('-l') && a.length > 2)) &&
      c.ours.exitCode === c.real.exitCode &&
      c.ours.stderr === c.real.stderr &&
      sortedLines(c.ours.stdout) === sortedLines(c.real.stdout),
    reason: 'kubectl logs -l reads its pods’ logs in Go map order, random from run to run; equal sorted',
  },
  {
    // verifyEmptyMetrics: a pod without metrics is "not available yet" until it is two minutes old,
    // by time.Since on the client: the real kubectl's clock is years past the simulated one.
    test: (c) =>
      c.ours.argv[0] === 'top' &&
      c.ours.exitCode === c.real.exitCode &&
      c.ours.stdout === c.real.stdout &&
      /^error: (metrics not available yet|Metrics not available for pod \S+, age: \S+)\n$/.test(c.ours.stderr) &&
      /^error: Metrics not available for pod \S+, age: \S+\n$/.test(c.real.stderr),
    reason: 'kubectl top measures a pod’s age without metrics by the client machine’s clock',
  },
  {
    // utilrand.String(5): the real kubectl draws the suffix of the names it makes up at random.
    test: (c) =>
      c.ours.argv[0] === 'debug' &&
      c.ours.exitCode === c.real.exitCode &&
      maskDebugNames(c.ours.stdout) === maskDebugNames(c.real.stdout) &&
      maskDebugNames(c.ours.stderr) === maskDebugNames(c.real.stderr),
    reason: 'kubectl debug names the pods and containers it makes up with a random suffix',
  },
];

/** A mismatch as text, for KINDLING_DIFFERENTIAL_DUMP=<file> while working on one. */
function describeMismatch(c: Comparison): string {
  const side = (name: string, i: { stdout: string; stderr: string; exitCode: number }) =>
    `--- ${name} (exit ${i.exitCode})\n${i.stdout}${i.stderr ? `--- ${name} stderr\n${i.stderr}` : ''}`;
  return `=== ${c.lesson}: kubectl ${c.ours.argv.join(' ')}\n${side('ours', c.ours)}${side('real', c.real)}`;
}

/** Declares the suite for one part of the files. */
export function differentialSuite(part: number, parts: number): void {
  const all: Comparison[] = [];
  describe.skipIf(!kubectlCheck.available)(`lessons (part ${part} of ${parts}): our kubectl and the real kubectl print the same bytes`, () => {
    const files = filesOf(part, parts);
    // KINDLING_DIFFERENTIAL_ONLY may leave a part without files: an empty suite is an error to vitest.
    if (files.length === 0) it.skip('no file of this part matches KINDLING_DIFFERENTIAL_ONLY', () => {});
    // The lessons of a part run side by side (up to vitest's maxConcurrency at once): each has its
    // own twins, API server and kubectl directory, and most of a lesson's real time is spent waiting
    // on the real kubectl's processes, during which the others compute.
    for (const file of files) {
      // A hang guard, not a speed limit: side by side with the part's other lessons on a loaded
      // 2-core machine (load average 28), the longest tour took just over 300 s.
      it.concurrent(file, { timeout: 900_000 }, async ({ expect }) => {
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
}
