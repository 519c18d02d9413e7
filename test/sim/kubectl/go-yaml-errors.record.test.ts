// Records fixtures/go-yaml-errors.json: what the real kubectl 1.32 prints for each broken manifest
// of support/broken-manifests.ts. Not part of `npm test`'s assertions: it runs only when asked,
// against any API server (kubectl reads a file before it asks the server anything it needs here):
//
//   node bin/kindling.js sim serve &        # prints: export KUBECONFIG=...
//   KINDLING_RECORD_GO_YAML=1 KUBECONFIG=... npx vitest run test/sim/kubectl/go-yaml-errors.record.test.ts
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { describe, test } from 'vitest';
import { brokenManifests } from './support/broken-manifests.js';
import { GO_YAML_CASE_SETS, type RecordedOutcome } from './support/go-yaml-cases.js';

describe.skipIf(process.env['KINDLING_RECORD_GO_YAML'] !== '1')('recording go-yaml errors from the real kubectl', () => {
  test('records every case', { timeout: 1_800_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'go-yaml-'));
    const recorded: Record<string, RecordedOutcome[]> = {};
    for (const { seed, count } of GO_YAML_CASE_SETS) {
      const outcomes: RecordedOutcome[] = [];
      for (const [i, text] of brokenManifests(count, seed).entries()) {
        const file = join(dir, `case-${i}.yaml`);
        writeFileSync(file, text);
        const r = await execa('kubectl', ['create', '--dry-run=client', '-o', 'name', '-f', file], { reject: false });
        const m = /error converting YAML to JSON: (.*)/.exec(r.stderr);
        outcomes.push(m ? { yaml: m[1]!.trim() } : /error parsing .*: json: /.test(r.stderr) ? { json: true } : { parsed: true });
      }
      recorded[String(seed)] = outcomes;
    }
    rmSync(dir, { recursive: true, force: true });
    writeFileSync(join(import.meta.dirname, 'fixtures/go-yaml-errors.json'), `${JSON.stringify(recorded, null, 1)}\n`);
  });
});
