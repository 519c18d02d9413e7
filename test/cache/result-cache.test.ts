// The result cache, in-process: what makes a hit, what makes a miss and why, a corrupt entry, the bound.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import '../../src/backends/builtin.js';
import { checkLessons } from '../../src/build.js';
import { ResultCache, type RunInputs } from '../../src/cache/result-cache.js';
import { parseLesson } from '../../src/lesson/parse-lesson.js';
import type { Lesson } from '../../src/lesson/types.js';

const LESSON = (word: string) => `---\ntitle: Echo\n---\n\n\`\`\`console\n$ echo ${word}\n${word}\n$ kubectl get ns default -o name\nnamespace/default\n\`\`\`\n`;
const SIM: RunInputs = { backend: 'sim', backendOptions: {} };

let dir: string;
let parsed: string[];
const parse = (file: string, source: string): Lesson => {
  parsed.push(file);
  return parseLesson(file, source);
};
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kindling-cache-'));
  parsed = [];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Loads `sources` through a cache on `dir` and checks them, as `kindling verify` does. */
async function check(sources: Record<string, string>, inputs: RunInputs = SIM, cache = new ResultCache(dir)) {
  const lessons = await Promise.all(Object.entries(sources).map(([file, source]) => cache.load(file, source, inputs, parse)));
  const { verdicts } = await checkLessons(lessons, { backend: inputs.backend, backendOptions: inputs.backendOptions, jobs: 1, cache, ...(inputs.match ? { match: inputs.match } : {}) });
  return verdicts;
}

describe('ResultCache', () => {
  it('reuses the parsed lesson and the verdict of a lesson whose bytes and inputs did not change', async () => {
    const first = await check({ 'a.md': LESSON('a'), 'b.md': LESSON('b') });
    expect(first.map((v) => [v.status, v.cache])).toEqual([
      ['passed', { hit: false, reason: 'new lesson' }],
      ['passed', { hit: false, reason: 'new lesson' }],
    ]);
    parsed = [];
    const second = await check({ 'a.md': LESSON('a'), 'b.md': LESSON('b') });
    expect(parsed).toEqual([]);
    expect(second.map((v) => [v.status, v.cache?.hit])).toEqual([['passed', true], ['passed', true]]);
    // The reused verdict carries the run, as a new one would: its outputs, byte for byte.
    expect(second[1]!.run!.blocks).toEqual(first[1]!.run!.blocks);
    expect(second[0]!.lesson.source).toBe(LESSON('a'));
  }, 180_000); // the first check here also loads the simulator's modules

  it('runs again a lesson whose text, backend options or --match changed, and says what changed', async () => {
    await check({ 'a.md': LESSON('a'), 'b.md': LESSON('b') });
    const edited = await check({ 'a.md': LESSON('a'), 'b.md': LESSON('bee') });
    expect(edited.map((v) => v.cache)).toEqual([{ hit: true }, { hit: false, reason: 'lesson changed' }]);
    const normalized = await check({ 'a.md': LESSON('a') }, { ...SIM, match: 'normalized' });
    expect(normalized[0]!.cache).toEqual({ hit: false, reason: 'backend options changed' });
    // The same bytes under another name are another lesson (diagnostics and pages name the file).
    const moved = await check({ 'c.md': LESSON('a') });
    expect(moved[0]!.cache).toEqual({ hit: false, reason: 'new lesson' });
  });

  it('keeps failed and invalid verdicts too, since a new run would fail the same way', async () => {
    await check({ 'f.md': LESSON('a').replace('a\n$ kubectl', 'b\n$ kubectl'), 'i.md': '---\ntitle: I\n---\n\n```console hiden\n$ echo\n```\n' });
    parsed = [];
    const again = await check({ 'f.md': LESSON('a').replace('a\n$ kubectl', 'b\n$ kubectl'), 'i.md': '---\ntitle: I\n---\n\n```console hiden\n$ echo\n```\n' });
    expect(again.map((v) => [v.status, v.cache?.hit])).toEqual([['failed', true], ['invalid', true]]);
    expect(again[0]!.problems[0]!.code).toBe('KL601');
    expect(parsed).toEqual([]);
  });

  it('ignores an entry that is corrupt or truncated, and replaces it', async () => {
    await check({ 'a.md': LESSON('a') });
    const shards = join(dir, 'results');
    for (const shard of readdirSync(shards)) for (const name of readdirSync(join(shards, shard))) writeFileSync(join(shards, shard, name), 'not an entry');
    const corrupt = await check({ 'a.md': LESSON('a') });
    expect(corrupt[0]).toMatchObject({ status: 'passed', cache: { hit: false, reason: 'entry missing or unreadable' } });
    const repaired = await check({ 'a.md': LESSON('a') });
    expect(repaired[0]!.cache).toEqual({ hit: true });
  });

  it('scans the directory for its bound only when its size ledger says it may be over', async () => {
    const cache = new ResultCache(dir, { maxBytes: 1_000_000 });
    await check({ 'a.md': LESSON('a') }, SIM, cache);
    // The first build scanned (no ledger yet) and wrote what the directory holds.
    const held = Number(readFileSync(join(dir, 'size'), 'utf8').trim());
    expect(held).toBeGreaterThan(0);
    // A build that writes nothing adds nothing; one that writes adds a line.
    await check({ 'a.md': LESSON('a') }, SIM, cache);
    expect(readFileSync(join(dir, 'size'), 'utf8')).toBe(`${held}\n`);
    await check({ 'b.md': LESSON('b') }, SIM, cache);
    const lines = readFileSync(join(dir, 'size'), 'utf8').trim().split('\n').map(Number);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBeGreaterThan(0);
    // Past the bound, the next write scans and prunes, and the ledger starts again from what is left.
    const small = new ResultCache(dir, { maxBytes: held + 10 });
    await check({ 'c.md': LESSON('c') }, SIM, small);
    const after = readFileSync(join(dir, 'size'), 'utf8').trim().split('\n');
    expect(after).toHaveLength(1);
    expect(Number(after[0])).toBeLessThanOrEqual(held + 10);
  });

  it('never keeps more than its bound, dropping the least recently used entries first', async () => {
    const cache = new ResultCache(dir, { maxBytes: 1 });
    await check({ 'a.md': LESSON('a'), 'b.md': LESSON('b') }, SIM, cache);
    const left = readdirSync(join(dir, 'results')).flatMap((s) => readdirSync(join(dir, 'results', s)));
    expect(left).toEqual([]);
  });
});
