// Our YAML errors against the real kubectl's, on 900 manifests with random mistakes: go-yaml's
// words and lines (the port in src/sim/kubectl/go-yaml/), and the same verdict on what parses.
// The expectations were printed by kubectl 1.32 (go-yaml-errors.record.test.ts says how).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { yamlToJson } from '../../../src/sim/kubectl/yaml-to-json.js';
import { decodeFile, type ManifestEntry } from '../../../src/sim/kubectl/manifests.js';
import { brokenManifests } from './support/broken-manifests.js';
import { GO_YAML_CASE_SETS, type RecordedOutcome } from './support/go-yaml-cases.js';

const recorded = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/go-yaml-errors.json'), 'utf8')) as Record<string, RecordedOutcome[]>;

describe('YAML errors as the real kubectl prints them', () => {
  for (const { seed, count } of GO_YAML_CASE_SETS) {
    test(`${count} broken manifests of seed ${seed}`, () => {
      const cases = brokenManifests(count, seed);
      const outcomes = recorded[String(seed)]!;
      expect(outcomes).toHaveLength(count);
      const mismatches: string[] = [];
      cases.forEach((text, i) => {
        const want = outcomes[i]!;
        if ('json' in want) return; // a stream that starts with `{` is JSON to kubectl: not YAML's errors
        // The first document, as kubectl's reader splits the stream at `---` lines.
        const entries: ManifestEntry[] = [];
        decodeFile('x.yaml', text, true, entries);
        const problem = entries.find((e): e is { problem: string; source: string } => 'problem' in e)?.problem;
        const yamlError = problem && /error converting YAML to JSON: (.*)/.exec(problem)?.[1];
        const got = yamlError ? { yaml: yamlError } : { parsed: true };
        if (JSON.stringify(got) !== JSON.stringify(want)) mismatches.push(`case ${i}: kubectl ${JSON.stringify(want)}, ours ${JSON.stringify(got)}\n${text}`);
      });
      expect(mismatches).toEqual([]);
    });
  }

  test('an alias to an anchor defined nowhere before it', () => {
    expect(yamlToJson('a: *x\nb: &x 1\n')).toEqual({ error: "yaml: unknown anchor 'x' referenced" });
  });

  test('a document the yaml package refuses but go-yaml reads keeps its values', () => {
    // A quote inside a plain scalar: go-yaml reads it as part of the text.
    const r = yamlToJson('a: b"c\nnum: 1\nt: yes\n');
    expect(r).toEqual({ values: [{ a: 'b"c', num: 1, t: true }] });
  });
});
