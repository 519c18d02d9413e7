// Golden files: compare output with a file under test/, rewrite it when UPDATE_GOLDEN=1.
// Review rewritten goldens as diffs before committing them.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Asserts that `actual` equals the golden file at `path` (relative to the repository root). */
export function expectGolden(actual: string, path: string): void {
  const file = resolve(repoRoot, path);
  if (process.env['UPDATE_GOLDEN'] === '1' || !existsSync(file)) {
    if (process.env['CI'] === 'true' && !existsSync(file)) {
      throw new Error(`golden file ${path} is missing; run the tests with UPDATE_GOLDEN=1 locally and commit it`);
    }
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  expect(actual, `golden file ${path} (UPDATE_GOLDEN=1 rewrites it)`).toBe(readFileSync(file, 'utf8'));
}

/** Stable JSON for goldens: two-space indent, final newline. */
export function toGoldenJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export { repoRoot };
