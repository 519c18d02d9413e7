// The bad-input corpus (test/corpus/bad-input/): every entry is a lesson broken in one way, and
// must get its diagnostic code at its line and column from `verify` on the simulator, without a
// stack trace and without hanging (each entry is stopped after HANG_GUARD_MS in a worker thread).
// Lessons that still pass (a warning only) are rendered too: rendering must not throw, and the
// page must have no live link to a scheme outside the allow-list.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CORPUS = join(import.meta.dirname, 'bad-input');
/** Generous: the slowest entry takes well under a second; a hang took minutes. */
const HANG_GUARD_MS = 45_000;

interface Expected {
  file: string;
  code: string;
  at: string;
}

interface Verdict {
  file: string;
  status: string;
  problems: { code: string; line: number; column: number; message: string }[];
}

type Outcome = { verdicts: Verdict[]; html: string[] } | { threw: string } | { hung: true };

const entries: Expected[] = readFileSync(join(CORPUS, 'expected.tsv'), 'utf8')
  .split('\n')
  .filter((line) => line !== '' && !line.startsWith('#'))
  .map((line) => {
    const [file = '', code = '', at = ''] = line.split('\t');
    return { file, code, at };
  });

/** Entries too large to keep in the repository: written by the test. */
const generated: { name: string; content: () => string; code: string; at: string }[] = [
  { name: 'lesson-too-large.md', content: () => `---\ntitle: Big\n---\n\n${`${'x'.repeat(99)}\n`.repeat(25_000)}`, code: 'KL011', at: '1:1' },
  { name: 'line-too-long.md', content: () => `---\ntitle: Long\n---\n\n${'word '.repeat(20_000)}\n`, code: 'KL012', at: '5:65537' },
  { name: 'nesting-2000-level-list.md', content: () => `---\ntitle: Deep\n---\n\n${'- '.repeat(2000)}x\n`, code: 'KL013', at: '5:1' },
  { name: 'emphasis-30k-pairs.md', content: () => `---\ntitle: Stars\n---\n\n${'*_'.repeat(30_000)}x\n`, code: 'KL014', at: '5:1' },
  { name: 'many-lines-of-nul.md', content: () => `---\ntitle: Zeros\n---\n\n${'\0'.repeat(1000)}\n`.repeat(3), code: 'KL015', at: '5:1' },
];

let worker: Worker | undefined;
let nextId = 0;
let scratch = '';

function startWorker(): Worker {
  worker = new Worker(new URL('./bad-input-worker.mjs', import.meta.url));
  return worker;
}

/** Runs one entry in the worker; a hung worker is terminated (and replaced for the next entry). */
function run(path: string): Promise<Outcome> {
  const w = worker ?? startWorker();
  const id = nextId++;
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      w.off('message', onMessage);
      void w.terminate();
      worker = undefined;
      resolve({ hung: true });
    }, HANG_GUARD_MS);
    const onMessage = (message: { id: number } & Outcome): void => {
      if (message.id !== id) return;
      clearTimeout(timer);
      w.off('message', onMessage);
      resolve(message);
    };
    w.on('message', onMessage);
    w.postMessage({ id, path });
  });
}

/** Checks an outcome: no hang, no stack trace, the expected code at its place in `file`. */
function expectDiagnostic(outcome: Outcome, file: string, code: string, at: string): void {
  expect('hung' in outcome ? `hung for ${HANG_GUARD_MS} ms` : '', 'the entry must not hang').toBe('');
  expect('threw' in outcome ? outcome.threw : '', 'no stack trace').toBe('');
  if (!('verdicts' in outcome)) return;
  const verdict = outcome.verdicts.find((v) => v.file.endsWith(file));
  expect(verdict, `a verdict for ${file}`).toBeDefined();
  const found = verdict!.problems.map((p) => `${p.code} ${p.line}:${p.column}`);
  expect(found).toContain(`${code} ${at}`);
  expect(found.filter((p) => p.startsWith('KL507')), 'kindling itself must not crash').toEqual([]);
  for (const page of outcome.html) {
    // The lesson's own content (the layout's favicon is a `data:,` link of the site's).
    const html = /<main\b[\s\S]*<\/main>/.exec(page)?.[0] ?? '';
    expect(html).toContain('<main');
    expect(html).not.toMatch(/(?:href|src)="\s*(?:javascript|vbscript|data|file):/i);
  }
}

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'kindling-bad-input-'));
});

afterAll(async () => {
  await worker?.terminate();
  await rm(scratch, { recursive: true, force: true });
});

describe('bad-input corpus', () => {
  it('has at least 100 entries, each file present once', () => {
    expect(entries.length + generated.length).toBeGreaterThanOrEqual(100);
    expect(new Set(entries.map((e) => e.file)).size).toBe(entries.length);
  });

  it.each(entries)('$file gets $code at $at', async ({ file, code, at }) => {
    // The slug-collision entry is a directory of two lessons; the second one gets the code.
    const path = file.includes('/') ? join(CORPUS, file.split('/')[0]!) : join(CORPUS, file);
    expectDiagnostic(await run(path), file, code, at);
  });

  it.each(generated)('generated $name gets $code at $at', async ({ name, content, code, at }) => {
    const path = join(scratch, name);
    await writeFile(path, content());
    expectDiagnostic(await run(path), name, code, at);
  });
});
